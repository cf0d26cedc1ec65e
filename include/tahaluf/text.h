// Ground floor: plain text. The lines of a buffer, numbered as error
// messages name them, text escaped for HTML and XML, and a fast lookup
// table keyed by text.
//
// Usage:
//   tahaluf::LineReader lines(content);
//   for (tahaluf::Line line; lines.Next(&line);) {
//     if (tahaluf::IsBlank(line.text)) continue;
//     ... Status(ErrorCode::kSyntax, source, "...", line.number) ...
//   }
//   std::string cell = "<td>" + tahaluf::HtmlEscape(name) + "</td>";
//   tahaluf::TextMap<std::unordered_map<std::string, Entry>> index;
//   index["word"].x = 1;
//   if (const Entry* e = index.Find(word)) ...
#ifndef TAHALUF_TEXT_H_
#define TAHALUF_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace tahaluf {

struct Line {
  std::string_view text;  // without its '\n' (a '\r' before it is kept)
  size_t number = 0;      // 1-based, or from the reader's first number on
  size_t offset = 0;      // of its first byte in the buffer
};

// The lines of a buffer, in order. A buffer that ends with '\n' has no
// empty line after it; one that does not ends with its last line.
class LineReader {
 public:
  explicit LineReader(std::string_view content, size_t first_number = 1)
      : content_(content), number_(first_number) {}
  // The next line; false when there is none.
  bool Next(Line* line);
  // Lines handed out so far.
  size_t count() const { return count_; }

 private:
  std::string_view content_;
  size_t cursor_ = 0;
  size_t number_;
  size_t count_ = 0;
};

// Byte equality of short strings (ids, JSON member names) in a plain loop,
// cheaper than a call to memcmp at the lengths the readers compare.
inline bool SameBytes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// Whether `w` ends with `e`, its last byte compared first and without a
// call: most words asked for an ending (a pronoun, a nisba, a plural) end
// in none.
inline bool EndsWith(std::string_view w, std::string_view e) {
  return w.size() >= e.size() && (e.empty() || w.back() == e.back()) && w.substr(w.size() - e.size()) == e;
}

// Text keys to values kept elsewhere, for the lookups made for every token
// (lexicon names and word classes by a token's text or stem): an open-
// addressed table of 8-byte slots, so a miss, the usual answer, reads one
// cache line and makes no call, no division and no allocation. The keys
// and values are the owner's: node-based maps keep both in place, so the
// views and pointers stay valid as they grow and when the map is moved
// (TextMap below keeps a map and its table together).
template <typename Value>
class TextLookup {
 public:
  TextLookup() = default;
  // (A copy would point into the original's owner: owners rebuild it.)
  TextLookup(const TextLookup&) = delete;
  TextLookup& operator=(const TextLookup&) = delete;
  TextLookup(TextLookup&&) = default;
  TextLookup& operator=(TextLookup&&) = default;

  void Clear() {
    slots_.clear();
    entries_.clear();
  }
  // Adds `key` -> `value`; a key already there keeps its value.
  void Add(std::string_view key, const Value* value) {
    if (2 * (entries_.size() + 1) > slots_.size()) Grow();
    const uint64_t h = Hash(key);
    for (size_t at = h & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
      Slot& slot = slots_[at];
      if (slot.entry == 0) {
        entries_.push_back({key, value});
        slot = {static_cast<uint32_t>(h >> 32), static_cast<uint32_t>(entries_.size())};
        return;
      }
      if (slot.tag == static_cast<uint32_t>(h >> 32) && entries_[slot.entry - 1].key == key) return;
    }
  }
  // The value of `key`, or null.
  const Value* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint64_t h = Hash(key);
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t at = h & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[at];
      if (slot.entry == 0) return nullptr;
      if (slot.tag == tag && SameBytes(entries_[slot.entry - 1].key, key)) return entries_[slot.entry - 1].value;
    }
  }

 private:
  struct Slot {
    uint32_t tag = 0;    // the hash's high half
    uint32_t entry = 0;  // 1 + index into entries_; 0: empty
  };
  struct Entry {
    std::string_view key;
    const Value* value;
  };

  // Eight bytes at a time, multiplied and folded (the keys are words); the
  // bytes past the last eight are read as one overlapping word, not with a
  // memcpy of a length known only at run time.
  static uint64_t Hash(std::string_view s) {
    const char* p = s.data();
    const size_t n = s.size();
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    auto mix = [&h](uint64_t v) {
      h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    };
    if (n >= 8) {
      uint64_t v;
      size_t i = 0;
      for (; i + 8 <= n; i += 8) {
        std::memcpy(&v, p + i, 8);
        mix(v);
      }
      if (i < n) {
        std::memcpy(&v, p + n - 8, 8);
        mix(v);
      }
    } else if (n >= 4) {
      uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      mix(a | uint64_t{b} << 32);
    } else if (n > 0) {
      const auto byte = [p](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
      mix(byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16);
    }
    h *= 0x94D049BB133111EBull;
    return h ^ (h >> 29);
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : 2 * old.size(), Slot{});
    for (const Slot& s : old) {
      if (s.entry == 0) continue;
      const uint64_t h = Hash(entries_[s.entry - 1].key);
      size_t at = h & (slots_.size() - 1);
      while (slots_[at].entry != 0) at = (at + 1) & (slots_.size() - 1);
      slots_[at] = s;
    }
  }

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::vector<Entry> entries_;
};

// A std::unordered_map keyed by text (`Map`, with its own hash, so that
// iterating it goes as it always has) and a TextLookup over it for Find. A
// copy copies the map and indexes the copy's own nodes.
template <typename Map>
class TextMap {
 public:
  using Value = typename Map::mapped_type;

  TextMap() = default;
  TextMap(const TextMap& other) : map_(other.map_) { Reindex(); }
  TextMap& operator=(const TextMap& other) {
    if (this != &other) {
      map_ = other.map_;
      Reindex();
    }
    return *this;
  }
  TextMap(TextMap&&) = default;  // the nodes move with the map
  TextMap& operator=(TextMap&&) = default;

  // The value of `key`, value-initialised when the key is new.
  Value& operator[](const std::string& key) {
    auto [it, added] = map_.try_emplace(key);
    if (added) lookup_.Add(it->first, &it->second);
    return it->second;
  }
  // The value of `key`, or null.
  const Value* Find(std::string_view key) const { return lookup_.Find(key); }
  void clear() {
    lookup_.Clear();
    map_.clear();
  }
  const Map& map() const { return map_; }

 private:
  void Reindex() {
    lookup_.Clear();
    for (auto& [key, value] : map_) lookup_.Add(key, &value);
  }

  Map map_;
  TextLookup<Value> lookup_;
};

// True when `text` holds nothing but spaces, tabs, CR and LF.
bool IsBlank(std::string_view text);

// Where escaped text goes; one escaper serves them all.
enum class Markup {
  kHtml,          // & < > " ' as entities, CR dropped, all else as it is
  kXml,           // & < > " as entities, CR as &#13;, the control characters
                  // XML 1.0 cannot hold (and U+FFFE, U+FFFF) dropped
  kXmlAttribute,  // kXml, and LF and TAB as &#10; &#9; so parsers keep them
};
std::string Escape(std::string_view text, Markup markup);

// Escape(text, Markup::kHtml): element text and attribute values alike.
inline std::string HtmlEscape(std::string_view text) { return Escape(text, Markup::kHtml); }
// Escape for XML element text, or for an attribute value.
inline std::string XmlEscape(std::string_view text, bool in_attribute = false) {
  return Escape(text, in_attribute ? Markup::kXmlAttribute : Markup::kXml);
}

}  // namespace tahaluf

#endif  // TAHALUF_TEXT_H_
