// Stage 3: recognise actors. Finds the lexicon's actors in a tokenised
// sentence: longest match first, Arabic proclitics stripped (لباكستان,
// والسعودية, للإمارات), capitals standing for their states, demonyms
// (الباكستانية, Pakistani) as state mentions of their own type.
//
// Within a document, later short mentions resolve to the full actor named
// earlier ("خليفة حفتر" ... "خليفة" / "Haftar" ... "Haftar"): the
// DocumentContext remembers each word of the persons already named.
// Titles resolve to people: "رئيس الوزراء الباكستاني" / "Pakistan's prime
// minister" with no name after it is the holder of that position at the
// document's date (roles.tsv); with a name after it, the title is kept on
// the person's mention as evidence of the role. "حكومة X" / "قوات X" /
// "X's forces" stand for the government or force person X leads.
//
// Usage:
//   tahaluf::Recognizer rec(lexicon, words);   // words: data/words.tsv
//   tahaluf::DocumentContext ctx;  ctx.date = 20251222;
//   std::vector<tahaluf::Mention> ms = rec.Recognize(sentence, &ctx);
#ifndef TAHALUF_RECOGNIZE_H_
#define TAHALUF_RECOGNIZE_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tahaluf/lexicon.h"
#include "tahaluf/segment.h"
#include "tahaluf/text.h"
#include "tahaluf/words.h"

namespace tahaluf {

enum class MentionType : uint8_t {
  kName,      // a lexicon name or alias
  kCapital,   // a capital standing for its state
  kDemonym,   // an adjective naming a state
  kShort,     // a short form of an actor named earlier in the document
  kTitle,     // a title resolved to the holder of the position
  kHeadNoun,  // "حكومة حفتر": the org a person leads
  kPronoun,   // "he", "him": the person named last
};

struct Mention {
  ActorIndex actor = kNoActor;
  uint32_t first = 0;  // token indices into TokenizedSentence::tokens,
  uint32_t last = 0;   // inclusive
  uint32_t begin = 0;  // byte span in the original text
  uint32_t end = 0;
  MentionType type = MentionType::kName;
  // Bytes of proclitics (و ف ب ل ك ال) before the name in its first word.
  uint8_t proclitic_bytes = 0;
  // For a head-noun mention ("قوات حفتر"): the person whose org it is.
  ActorIndex owner = kNoActor;
  // A title written with the mention ("رئيس الوزراء الباكستاني شهباز شريف"):
  // the position and the org it is of, or empty / kNoActor.
  std::string title_position;
  ActorIndex title_org = kNoActor;
  // The name only qualifies something else: a state after one of its
  // cities ("جدة السعودية"), a city naming an event or a document ("إعلان
  // بكين", "the Berlin conference"). Not an actor of the sentence.
  bool qualifier = false;
};

// What earlier sentences of the same document established.
struct DocumentContext {
  int32_t date = 0;  // yyyymmdd of the document, 0 when unknown
  // A word of a person's name -> that person (the most recent one named).
  // (Looked up by view, without a copy, in a TextMap's table: every stem of
  // every word that names no one is.)
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  TextMap<std::unordered_map<std::string, ActorIndex, WordHash, std::equal_to<>>> short_names;
  // Persons introduced by a title whom the lexicon does not know; their
  // indices follow the lexicon's (lexicon.size() + k).
  std::vector<Actor> discovered;
  // The last person named so far, for pronouns ("حكومته", "his forces").
  ActorIndex last_person = kNoActor;
  // The first person of the last sentence that named one: a sentence's
  // subject, for a subject pronoun opening the next ("Trump met Sisi and
  // Tamim. He also met ...").
  ActorIndex lead_person = kNoActor;
  // The state or body that opened the last sentence naming an actor, if
  // one did: its subject, for "It" opening the next ("Sudan cut ties with
  // the UAE. It accused ...").
  ActorIndex lead_body = kNoActor;
  // Actors named so far, most recent last, for "البلدين" / "the two sides".
  std::vector<ActorIndex> recent;
  static constexpr size_t kRecentKept = 16;
  // Bodies (not states, cities or persons) named so far, each once, most
  // recent last: a head noun alone ("الجبهة", "the coalition") may stand
  // for one named many sentences back, after `recent` has moved on.
  std::vector<ActorIndex> bodies;
  static constexpr size_t kBodiesKept = 32;
  // The last list of three or more states named ("Saudi Arabia, the UAE,
  // Bahrain and Egypt"), for "the four countries", "الدول الأربع".
  std::vector<ActorIndex> state_list;
  // How often each state has been named so far (its name, capital, nisba
  // adjectives, and the actors of that country): the article's main state
  // owns a bare "the army".
  std::unordered_map<ActorIndex, int> state_mentions;
  // The sentence being read, and the two parties of the last meeting the
  // extraction reported, with its sentence: "the two sides" right after a
  // meeting are its parties ("التقى فيدان هنية ... حيث بحث الجانبان").
  uint32_t sentence = 0;
  ActorIndex met_a = kNoActor, met_b = kNoActor;
  uint32_t met_sentence = 0;
  // The pair "the two sides" stood for last, with its sentence: said again
  // in the next sentence, "the two sides" are the same pair.
  ActorIndex sides_a = kNoActor, sides_b = kNoActor;
  uint32_t sides_sentence = 0;
  // Persons named with an office so far, most recent last: a later bare
  // office ("وزير الخارجية", "the French minister") with no holder the
  // lexicon knows is the one of them who held it in the text.
  struct Titled {
    ActorIndex person = kNoActor;
    std::string position;
    ActorIndex org = kNoActor;
  };
  std::vector<Titled> titled;
  static constexpr size_t kTitledKept = 64;

  const Actor& ActorAt(const Lexicon& lexicon, ActorIndex i) const {
    return i < lexicon.size() ? lexicon.actor(i) : discovered[i - lexicon.size()];
  }
};

class Recognizer {
 public:
  Recognizer(const Lexicon& lexicon, const WordClasses& words);
  ~Recognizer();

  // Mentions in `sentence`, sorted by position, not overlapping.
  std::vector<Mention> Recognize(const TokenizedSentence& sentence,
                                 DocumentContext* context) const;

 private:
  // The passes of Recognize, in order: names the lexicon holds (and
  // organisations named by a head word); titles folded into the person after
  // them or standing for the office's holder; references resolved to actors
  // named before (pronouns on head nouns, "the two countries", the army,
  // the kingdom), then what the document remembers of the sentence.
  std::vector<Mention> FindNames(const TokenizedSentence& s, DocumentContext* ctx) const;
  void FoldTitles(const TokenizedSentence& s, DocumentContext* ctx,
                  std::vector<Mention>* mentions) const;
  void ResolveReferences(const TokenizedSentence& s, DocumentContext* ctx,
                         std::vector<Mention>* mentions) const;
  // The last of them: what the document keeps of the sentence's mentions
  // for the sentences after it (the persons and bodies named last, the
  // states counted, the words of the persons' names).
  void Remember(const TokenizedSentence& s, const std::vector<Mention>& out, DocumentContext* ctx) const;
  // The one holder of `position` in `org` at `date`, or kNoActor. Lenient:
  // a commander of an army is its army chief; a state's army chief is the
  // chief of its army.
  ActorIndex HolderOf(const std::string& position, ActorIndex org, int32_t date) const;
  // A person named right after a title at token `at` whom the lexicon does
  // not know (capitalised English words; two or three Arabic name words).
  // Adds the person and a mention to `added`; returns the last token of the
  // name, or 0. `ranked`: a rank or honorific stands right before the name
  // ("قائد البحرية الأدميرال فلان"), which introduces it as one.
  size_t DiscoverName(const TokenizedSentence& s, size_t at, bool ranked, ActorIndex org,
                      const Title* title, DocumentContext* ctx,
                      const std::vector<Mention>* existing,
                      std::vector<Mention>* added) const;
  // A person the lexicon does not know named right before the comma at
  // token `comma` that puts a title in apposition ("X, Kenya's foreign
  // minister"). Adds the person with the title's office; returns the comma
  // token, or 0.
  size_t DiscoverBefore(const TokenizedSentence& s, size_t comma, ActorIndex org, const Title* title,
                        DocumentContext* ctx, std::vector<Mention>* existing,
                        std::vector<Mention>* added) const;
  std::string Transliterate(std::string_view arabic) const;
  // NameTokens of actor a's English or Arabic name: the lexicon's, worked
  // out when it was indexed, else (a person the document introduced)
  // worked out now into `scratch`.
  const std::vector<std::string>& NameWords(const DocumentContext& ctx, ActorIndex a, bool arabic,
                                            std::vector<std::string>* scratch) const;
  bool IsKingdom(ActorIndex state) const;
  bool NamesAKingdom(ActorIndex state) const;  // IsKingdom, worked out
  // Registers an actor found in text (once per document and folded name).
  ActorIndex Discover(const std::string& written, bool arabic, ActorKind kind,
                      const std::string& country, DocumentContext* ctx) const;
  // The org `person` leads at `date` that a head noun names: a government
  // (or, for a warlord with none, his force), or a force.
  ActorIndex LedOrg(ActorIndex person, bool government, int32_t date) const;
  // The body an office at token `at` with no state named belongs to, from
  // the words before it: a delegation's or a side's state ("وصل وفد سوري،
  // يترأسه وزير الخارجية X", "ومن الجانب الإيراني وزير الدفاع X"), or the
  // body it acts on behalf of, named right before it ("ووقّع عن الحكومة
  // نائب رئيس الوزراء X"); else kNoActor.
  ActorIndex SideOf(const TokenizedSentence& s, const DocumentContext& ctx, const std::vector<Mention>& mentions,
                    size_t at) const;
  // The body a coalition's head noun at token `head` names (`head_word`,
  // folded, no article): with "led by" a state after it ("التحالف الذي
  // تقوده الرياض", "the coalition led by Saudi Arabia"), the body the state
  // leads whose name holds the head; definite after a verb of taking part
  // or joining ("تشارك في التحالف", "joined the coalition"), the body whose
  // name holds it that the document named last; else kNoActor.
  ActorIndex CoalitionBody(const TokenizedSentence& s, const DocumentContext& ctx,
                           const std::vector<Mention>& mentions, size_t head, std::string_view head_word) const;
  // "المجلس العسكري" for "المجلس العسكري الانتقالي" named before: two or
  // more words that begin a body's Arabic name, the body named last in the
  // sentence or the document whose name they begin, are a mention of it.
  void ResolveShortenedNames(const TokenizedSentence& s, const DocumentContext& ctx,
                             std::vector<Mention>* mentions) const;
  // "الدول الأربع", "the four countries": the states of the list named last
  // before them (in the sentence, else the document's state_list), one
  // mention of each on the phrase's words; then the sentence's own last
  // list becomes the document's.
  void ResolveStateGroups(const TokenizedSentence& s, DocumentContext* ctx, std::vector<Mention>* mentions) const;
  // The states of the last list of three or more named by the mentions
  // ending before token `before`, each once; empty if none.
  std::vector<ActorIndex> StateListBefore(const TokenizedSentence& s, const DocumentContext& ctx,
                                          const std::vector<Mention>& mentions, size_t before) const;
  // Whether a word of actor a's English or Arabic name, with or without
  // its article, is `head_word` ("coalition" in "Saudi-led coalition").
  bool NameHolds(const DocumentContext& ctx, ActorIndex a, std::string_view head_word) const;
  // Whether an Arabic word joined by و opens an office ("ونائب", "وأمير"):
  // the next item of a list, with a title of its own.
  bool JoinsOffice(std::string_view word) const;

  const Lexicon& lexicon_;
  const WordClasses& words_;
  // A state's bodies that a phrase with no state names stands for: its armed
  // opposition (the armed group whose name holds a word of the opposition
  // class, "Syrian opposition"), its parliament (the government body whose
  // name holds a parliament phrase, "Libyan House of Representatives").
  // By state id; a state's first armed group found is its opposition, and a
  // state with two parliaments has none.
  struct StateBody {
    WordClass phrase;
    std::unordered_map<std::string, ActorIndex> of;
    // Of the document's most-named state that has one (an armed
    // opposition), or only of its most-named state (a parliament).
    bool any_state = false;
  };
  std::vector<StateBody> state_bodies_;
  // Arabic spellings of one name (words.tsv spelling.alike / .optional):
  // each alike letter's group, and the letters a spelling may leave out.
  std::unordered_map<char32_t, size_t> letter_group_;
  std::u32string optional_letters_;
  bool ArabicSpellingOf(std::string_view known, std::string_view seen) const;
  struct Icu;
  std::unique_ptr<Icu> icu_;
};

std::string_view MentionTypeName(MentionType type);

}  // namespace tahaluf

#endif  // TAHALUF_RECOGNIZE_H_
