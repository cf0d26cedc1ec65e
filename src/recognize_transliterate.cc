// The transliterator that spells a discovered Arabic name in Latin letters:
// ICU's "Arabic-Latin; Latin-ASCII; Title", put together from ICU's own
// rules without ICU's registry of transliterators. Making it by name sets
// up that registry (some 900 entries, each compared with all the others):
// a tenth of a 1 MB document's work, for three transliterators. Here the
// rules of the two script transliterators are read from ICU's data, the
// normalisation steps between their passes are done with Normalizer2, and
// title case (of the text Latin-ASCII leaves) is done here. Whatever
// this cannot make exactly as ICU would, it asks ICU for by name.

#include <unicode/normalizer2.h>
#include <unicode/parsepos.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "recognize_internal.h"

namespace tahaluf::recognize_internal {
namespace {

// Runs its steps one after another over the text its filter lets through,
// as ICU's compound transliterator does: each step starts where the chain
// started and ends where the step before committed its output.
class Chain : public icu::Transliterator {
 public:
  Chain(const icu::UnicodeString& id, icu::UnicodeFilter* filter,
        std::vector<std::unique_ptr<icu::Transliterator>> steps)
      : icu::Transliterator(id, filter), steps_(std::move(steps)) {
    int32_t context = 0;
    for (const auto& t : steps_) context = std::max(context, t->getMaximumContextLength());
    setMaximumContextLength(context);
  }
  Chain(const Chain& other) : icu::Transliterator(other) {
    for (const auto& t : other.steps_) steps_.emplace_back(t->clone());
  }
  Chain* clone() const override { return new Chain(*this); }
  UClassID getDynamicClassID() const override { return &kClassId; }

 protected:
  void handleTransliterate(icu::Replaceable& text, UTransPosition& index,
                           UBool incremental) const override {
    const int32_t start = index.start;
    int32_t limit = index.limit;
    for (const auto& t : steps_) {
      index.start = start;
      const int32_t before = index.limit;
      t->filteredTransliterate(text, index, incremental);
      limit += index.limit - before;
      index.limit = index.start;
    }
    index.limit = limit;
  }

 private:
  static inline char kClassId = 0;
  std::vector<std::unique_ptr<icu::Transliterator>> steps_;
};

// One of ICU's normal forms as a step ("::NFD;" in a rule file). Text is
// normalised by segments that normalise on their own, so normalising the
// whole range at once gives what ICU's step-by-segment gives.
class Normalization : public icu::Transliterator {
 public:
  Normalization(const icu::UnicodeString& id, const icu::Normalizer2& form)
      : icu::Transliterator(id, nullptr), form_(form) {}
  Normalization* clone() const override { return new Normalization(*this); }
  UClassID getDynamicClassID() const override { return &kClassId; }

 protected:
  void handleTransliterate(icu::Replaceable& text, UTransPosition& index,
                           UBool incremental) const override {
    // Only whole texts are transliterated here, never a stream (which
    // would have to wait at a segment's end): incremental is not asked.
    static_cast<void>(incremental);
    if (index.start >= index.limit) return;
    icu::UnicodeString segment, normalized;
    text.extractBetween(index.start, index.limit, segment);
    UErrorCode status = U_ZERO_ERROR;
    form_.normalize(segment, normalized, status);
    if (U_FAILURE(status)) return;
    if (normalized != segment) text.handleReplaceBetween(index.start, index.limit, normalized);
    const int32_t delta = normalized.length() - segment.length();
    index.contextLimit += delta;
    index.limit += delta;
    index.start = index.limit;
  }

 private:
  static inline char kClassId = 0;
  const icu::Normalizer2& form_;
};

// ICU's "Title" for text whose only letters that case changes are ASCII
// (Latin-ASCII leaves little else; ع and ء are ʿ and ʾ, which case leaves
// as they are): a letter is raised after the text's start or a character
// neither cased nor case-ignorable, and lowered after any other (so "'amyr"
// stays as it is: ICU 72 counts the quote as cased). Other text is left to
// ICU's own, made by name when first needed.
class SimpleTitle : public icu::Transliterator {
 public:
  SimpleTitle() : icu::Transliterator(icu::UnicodeString(u"Any-Title"), nullptr) {
    setMaximumContextLength(2);
  }
  SimpleTitle(const SimpleTitle& other) : icu::Transliterator(other) {}
  SimpleTitle* clone() const override { return new SimpleTitle(*this); }
  UClassID getDynamicClassID() const override { return &kClassId; }

 protected:
  void handleTransliterate(icu::Replaceable& text, UTransPosition& index,
                           UBool incremental) const override {
    for (int32_t i = index.contextStart; i < index.contextLimit; ++i) {
      const char16_t c = text.charAt(i);
      if (c >= 0x80 && (U16_IS_SURROGATE(c) || u_hasBinaryProperty(c, UCHAR_CHANGES_WHEN_CASEMAPPED))) {
        if (!icu_title_) {
          UErrorCode status = U_ZERO_ERROR;
          icu_title_.reset(icu::Transliterator::createInstance("Title", UTRANS_FORWARD, status));
          if (U_FAILURE(status)) icu_title_.reset();
        }
        if (icu_title_) icu_title_->filteredTransliterate(text, index, incremental);
        return;
      }
    }
    bool title = index.start <= index.contextStart || Uncased(text.charAt(index.start - 1));
    for (int32_t i = index.start; i < index.limit; ++i) {
      const char16_t c = text.charAt(i);
      if (c < 0x80) {
        const char16_t mapped = static_cast<char16_t>(title ? u_toupper(c) : u_tolower(c));
        if (mapped != c) text.handleReplaceBetween(i, i + 1, icu::UnicodeString(mapped));
      }
      title = Uncased(c);
    }
    index.start = index.limit;
  }

 private:
  static bool Uncased(char16_t c) {
    return !u_hasBinaryProperty(c, UCHAR_CASE_IGNORABLE) && !u_hasBinaryProperty(c, UCHAR_CASED);
  }
  static inline char kClassId = 0;
  mutable std::unique_ptr<icu::Transliterator> icu_title_;
};

// The rule source ICU's data holds for a transliterator, following aliases;
// empty when it is not a forward rule set.
icu::UnicodeString RuleSource(std::string id) {
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* root = ures_openDirect(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "translit", "root", &status);
  UResourceBundle* ids = ures_getByKey(root, "RuleBasedTransliteratorIDs", nullptr, &status);
  icu::UnicodeString rules;
  for (int hops = 0; hops < 4 && U_SUCCESS(status); ++hops) {
    UResourceBundle* entry = ures_getByKey(ids, id.c_str(), nullptr, &status);
    UErrorCode alias_status = U_ZERO_ERROR;
    const icu::UnicodeString alias = icu::ures_getUnicodeStringByKey(entry, "alias", &alias_status);
    if (U_SUCCESS(status) && U_SUCCESS(alias_status)) {
      id.clear();
      alias.toUTF8String(id);
      ures_close(entry);
      continue;
    }
    UResourceBundle* file = ures_getByKey(entry, "file", nullptr, &status);
    const icu::UnicodeString direction = icu::ures_getUnicodeStringByKey(file, "direction", &status);
    const icu::UnicodeString source = icu::ures_getUnicodeStringByKey(file, "resource", &status);
    if (U_SUCCESS(status) && direction == u"FORWARD") rules = source;
    ures_close(file);
    ures_close(entry);
    break;
  }
  ures_close(ids);
  ures_close(root);
  return rules;
}

// A normal form named in an "::ID;" statement ("NFKD (NFC)" runs NFKD
// forward), or null.
const icu::Normalizer2* NormalForm(const icu::UnicodeString& id) {
  icu::UnicodeString forward = id;
  const int32_t paren = forward.indexOf(u'(');
  if (paren >= 0) forward.truncate(paren);
  forward.trim();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* form = nullptr;
  if (forward == u"NFD") form = icu::Normalizer2::getNFDInstance(status);
  if (forward == u"NFC") form = icu::Normalizer2::getNFCInstance(status);
  if (forward == u"NFKD") form = icu::Normalizer2::getNFKDInstance(status);
  if (forward == u"NFKC") form = icu::Normalizer2::getNFKCInstance(status);
  return U_SUCCESS(status) ? form : nullptr;
}

// A rule-based transliterator from ICU's rules, its "::ID;" statements (a
// filter first, then normal forms) made here: the rules between two of
// them become one pass. Null when the rules hold anything else.
std::unique_ptr<icu::Transliterator> FromRules(const std::string& id) {
  const icu::UnicodeString source = RuleSource(id);
  if (source.isEmpty()) return nullptr;
  // The source cut into statements, each up to its ';' outside quotes,
  // escapes and sets.
  std::vector<icu::UnicodeString> statements;
  {
    icu::UnicodeString current;
    bool quoted = false;
    int depth = 0;
    for (int32_t i = 0; i < source.length(); ++i) {
      const char16_t c = source.charAt(i);
      if (current.isEmpty() && !quoted && depth == 0) {
        if (c == u'#') {  // a comment, to the end of its line
          while (i < source.length() && source.charAt(i) != u'\n') ++i;
          continue;
        }
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u';') continue;
      }
      current.append(c);
      if (!quoted && c == u'\\' && i + 1 < source.length()) {  // (within quotes, '\\' is itself)
        current.append(source.charAt(++i));
      } else if (c == u'\'') {
        quoted = !quoted;
      } else if (!quoted && c == u'[') {
        ++depth;
      } else if (!quoted && c == u']' && depth > 0) {
        --depth;
      } else if (!quoted && depth == 0 && c == u';') {
        statements.push_back(current);
        current.remove();
      }
    }
    current.trim();
    if (quoted || depth != 0 || !current.isEmpty()) return nullptr;
  }
  icu::UnicodeFilter* filter = nullptr;
  std::vector<std::unique_ptr<icu::Transliterator>> steps;
  icu::UnicodeString inherited, defined, pass;  // variables of earlier passes, of this one
  bool pass_has_rules = false;
  auto end_pass = [&]() {
    if (pass.isEmpty()) return true;
    if (!pass_has_rules) return false;
    UErrorCode status = U_ZERO_ERROR;
    UParseError error;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createFromRules(u"%Pass", inherited + pass, UTRANS_FORWARD, error, status));
    if (U_FAILURE(status) || !t) return false;
    steps.push_back(std::move(t));
    inherited += defined;
    defined.remove();
    pass.remove();
    pass_has_rules = false;
    return true;
  };
  bool ok = true;
  for (size_t k = 0; k < statements.size() && ok; ++k) {
    const icu::UnicodeString& s = statements[k];
    if (s.startsWith(u"::")) {
      icu::UnicodeString body(s, 2, s.length() - 3);  // between "::" and ";"
      body.trim();
      ok = end_pass();
      if (k == 0 && body.startsWith(u"[")) {
        // Read as ICU reads a filter: spaces (and marks like U+200E) ignored.
        UErrorCode status = U_ZERO_ERROR;
        icu::ParsePosition end(0);
        auto set = std::make_unique<icu::UnicodeSet>();
        set->applyPattern(body, end, USET_IGNORE_SPACE, nullptr, status);
        ok = U_SUCCESS(status) && end.getIndex() == body.length();
        if (ok) filter = set.release();
      } else if (body.startsWith(u"(")) {
        // "::(Lower);": a step of the reverse direction only.
      } else if (const icu::Normalizer2* form = NormalForm(body)) {
        steps.push_back(std::make_unique<Normalization>(body, *form));
      } else {
        ok = false;
      }
    } else if (s.startsWith(u"use ")) {
      ok = false;  // a pragma for the whole source: left to ICU
    } else {
      // "$name = ...;" defines a variable for every pass after it too.
      int32_t j = 0;
      bool definition = s.charAt(0) == u'$';
      if (definition) {
        j = 1;
        while (j < s.length() && (u_isalnum(s.charAt(j)) || s.charAt(j) == u'_')) ++j;
        while (j < s.length() && s.charAt(j) == u' ') ++j;
        definition = j < s.length() && s.charAt(j) == u'=';
      }
      pass += s;
      if (definition) defined += s;
      pass_has_rules |= !definition;
    }
  }
  ok = ok && end_pass();
  if (!ok) {
    delete filter;
    return nullptr;
  }
  return std::make_unique<Chain>(icu::UnicodeString::fromUTF8(id), filter, std::move(steps));
}

}  // namespace

std::unique_ptr<icu::Transliterator> MakeArabicToLatin() {
  std::vector<std::unique_ptr<icu::Transliterator>> steps;
  steps.push_back(FromRules("Arabic-Latin"));
  steps.push_back(FromRules("Latin-ASCII"));
  steps.push_back(std::make_unique<SimpleTitle>());
  for (const auto& t : steps) {
    if (!t) {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::Transliterator> by_name(icu::Transliterator::createInstance(
          "Arabic-Latin; Latin-ASCII; Title", UTRANS_FORWARD, status));
      if (U_FAILURE(status)) by_name.reset();
      return by_name;
    }
  }
  return std::make_unique<Chain>(icu::UnicodeString(u"Arabic-Latin;Latin-ASCII;Title"), nullptr,
                                 std::move(steps));
}

}  // namespace tahaluf::recognize_internal
