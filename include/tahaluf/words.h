// Word classes: the closed-class words and short lists the recognition and
// extraction rules reason with — prepositions, relative pronouns, clause
// breaks, auxiliaries, light verbs, institution and place nouns, words of
// former office, weekday names — kept as data (data/words.tsv) so that a
// linguist extends a language, or adds one, without touching C++. The rules
// name a class (WordClass); the file says which words are in it.
//
// A row is `lang class word`: `word` is written as in text (it is folded
// like the text: case, diacritics, alef/yeh/ta-marbuta forms) and may be a
// phrase of several words ("last week", "القوات المسلحة"). How an Arabic
// word is compared is the class's: as written (exact), as any of the
// token's proclitic-stripped forms (stem: "والجيش" is "الجيش"), or as those
// forms without the article too (stem_bare: "بالمدينة" is "مدينة"). English
// words are compared as written.
//
// Usage:
//   tahaluf::WordClasses words;
//   std::vector<tahaluf::Status> problems;
//   words.Add(words_tsv, "data/words.tsv", &problems);
//   if (words.Is(tahaluf::WordClass::kRelative, token)) ...
//   size_t n = words.MatchAt(tahaluf::WordClass::kLastWeek, tokens, i);
#ifndef TAHALUF_WORDS_H_
#define TAHALUF_WORDS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tahaluf/segment.h"
#include "tahaluf/status.h"
#include "tahaluf/text.h"

namespace tahaluf {

// How many classes a token's cache (segment.h) has room for.
constexpr size_t kMaxWordClasses = 64 * Token::kClassWords;

// The classes the rules use. The names in words.tsv are the ones
// WordClassName gives ("prep.to", "relative", ...).
enum class WordClass : uint8_t {
  // Prepositions, by what they mark.
  kPrepTo, kPrepWith, kPrepFrom, kPrepIn, kPrepBy, kPrepOf, kPrepFor,
  kPrepAgainst, kPrepOn, kPrepBetween,
  kListOpener,     // كل in "كل من X وY" (both X and Y): a list, not "from"
  kComma,          // , ،
  kAnd,            // words and marks that join a list
  kAndWord,        // and, و: the conjunction itself (", and" opens a clause)
  kQuoteMark,      // “ ” « »: quotes around a name in a list ("“حماس” و”حزب الله”")
  kArticle,        // English "the"
  kDeterminer,     // the, a, his, its: a noun follows
  kBoth,           // "both" before a pair
  kRelative,       // which, who, الذي, التي ...
  kRelativeThat,   // "that": a relative pronoun only right before a verb
  kClauseBreak,    // words and marks that end a clause
  kAuxiliary,      // have, has, was, long ... between a relative and its verb
  kPlaceNoun,      // city, مدينة: "in the city of X"
  kEventNoun,      // إعلان, summit: "إعلان بكين" names no actor
  kSponsoredNoun,  // اتفاق, لقاء: a thing a sponsor arranges ("اتفاق رعته الصين")
  kSponsorVerb,    // رعته, رتبته: sponsored / arranged it
  kVenueNoun,      // headquarters, قصر: "talks at the palace in Riyadh" place a meeting
  kLightVerb,      // قدم, عقد, أجرى: their object noun carries the event
  kInstitution,    // government, مصادر: a nisba on it names the state
  kActNoun,        // غارات, strikes: a nisba on it names the act's author
  kStanceNoun,     // موقف, position: a nisba on it names the stance's holder
  kAuthorVerb,     // شنتها, نفذها: the verb of a relative naming an act's author
  kArmyNoun,       // army, جيش: "the Sudanese army" is Sudan's army
  kArmed,          // "armed" in "Sudan's armed forces"
  kRepresentative, // قادة, leaders: "مع قادة المجلس" is with the council
  kPartOf,         // جنوب, southern: "على جنوب لبنان" is on Lebanon
  kDelegation,     // وفد, delegation: its members' offices are its state's
  kSide,           // الجانب: "من الجانب السعودي X", the offices after it are that state's
  kOnBehalf,       // عن: "ووقع عن الحكومة نائب رئيس الوزراء X", the office after the body is that body's
  kAbbreviation,   // Gen., U.S., Jan.: a period after them ends no sentence
  kFormer,         // الراحل, former: a past office holder
  kFormerAfter,    // السابق after a title: the title is the person's past one
  kSpeakerStop,    // words that end the words naming a claim's source
  kPronounSuffix,  // ها هما هم: a possessive pronoun on an Arabic noun
  kPronounSuffixAmbiguous,  // ه: a pronoun, or a folded ة (زيارة)
  kDualSuffix,     // يان: a dual adjective, agreeing with two persons
  kImperfectPrefix,  // ي ت: an Arabic imperfect verb (not a noun)
  kCliticConj,     // و ف joined to a word: and
  kCliticWith,     // ب joined to a word: with / by
  kCliticTo,       // ل joined to a word: to / for
  kCliticOf,       // ك joined to a word: like / of
  kNisbaEnding,    // ي يه: the ending of a nisba adjective
  kWeekdayMon, kWeekdayTue, kWeekdayWed, kWeekdayThu, kWeekdayFri,
  kWeekdaySat, kWeekdaySun,
  kYesterday, kToday, kLastWeek,
  kPossessive,     // his, her: before a head noun
  kPossessiveClitic,  // 's: "Sudan's army"
  kParticipleSuffix,  // -ing: "..., accusing X of"
  kSubjectPronoun, // وهو: a clause about the actor named just before
  kHeadGovernment, // حكومة, government: the government a person leads
  kHeadForces,     // قوات, forces: the force a person leads
  kHeadCountry,    // بلاد, country: with a possessive pronoun, the person's state
  kPairStates,     // البلدين, "the two countries"
  kPairSides,      // الجانبين, "the two sides"
  kPairPersons,    // الزعيمان, "the two leaders": two persons
  kPairNominative, // البلدان, الجانبان: a dual in -ان is a subject
  kGroupStates,    // الدول الأربع, "the four countries": the list named last
  kMemberStates,   // دول (المجلس): the states of the body named last
  kTheKingdom,     // المملكة, "the Kingdom": the article's kingdom
  kBetweenThem,    // بينهما, "between them": the pair of the clause
  kNamely,         // namely, وهي, بينها: the list that names a group ("7 states, namely X and Y")
  kBareArmy,       // الجيش, "the army" with no state named
  kNameParticle,   // bin, ابو, محمد: too common to stand for a person alone
  kLineage,        // bin, بن: "son of" inside a full name ("أنور بن محمد قرقاش")
  kNameStop,       // Arabic words that end the name after a title
  kGivenName,      // محمد, جورج: an Arabic name after a title starts with one
  kNotName,        // English capitalised words that start no name
  kOrgHeadOrganisation,  // Movement, Front: an organisation's last word
  kOrgHeadParty,         // Party
  kOrgHeadArmedGroup,    // Brigade, Forces
  kOrgHeadArabic,        // تيار, حزب: a body named after an office (رئيس تيار المردة)
  kPortfolio,            // foreign, defence: an office's field before it ("foreign ministers")
  kOfficePlural,         // ministers, presidents: the holders of one office in several states
  kGuestOpener,          // as, the, with: before "visiting X", X is a guest
  kPersonPronoun,        // he, him: the person named last (English; Arabic drops or joins them)
  kPersonPronounObject,  // him: ... but not the subject of its own clause
  kVerbOpener,           // to, will: a cue that starts with one takes its verb right after it
  kStriving,       // fighting, seeking: a participle whose infinitive has its own noun for subject
  kPredicative,    // as: an office after it is said of someone ("takes office as president")
  kCopula,         // was, is: "X was behind the attack"
  kSignNoun,       // sign: "a sign of" is no signing
  kSayingParticiple,  // داعيا, مؤكدا: after a comma, what the subject goes on to say
  kDynasty,        // آل: the royal house a name ends with ("آل سعود")
  kArmsStore,            // مستودعات, depots: weapons kept, not supplied
  kCommodity,            // الكهرباء, electricity: a supply of goods, not of arms
  kOthersAdjective,      // Western, unilateral: an act's authors are others, not the clause subject
  kPronounNonPerson,     // it: the state or body named last in its sentence
  kReportingVerb,        // said, says: after a pronoun, the pronoun is the source only
  kAside,                // بحسب, بوساطة, بحضور, according to: the actors named after it are no other cue's argument
  kParticiplePrefix,     // م: with a participle_suffix ending, an Arabic active participle (متهما)
  kPronounDetached,      // إياه, إياها: an Arabic object pronoun, the actor named last before it
  kDecreeNoun,           // decree, law, مرسوم: what one signs alone, no agreement
  kDoerVerb,             // يقوم بها, يجريها: "زيارة يقوم بها X إلى Y", X is the visitor
  kArmsNoun,             // مقاتلات, مسيرات: a nisba on it names the state that makes or sells them
  kPresenceNoun,         // base, troops: what a state hosts of another's is no visit
  kBareAgreement,        // اتفاق: an agreement only between the parties بين names
  kRemoteWord,           // phoned, هاتفيا: a meeting at a distance, which brings no one anywhere
  kCompletes,            // ended, أنهى: a negation that ends an event (a visit, talks) completes it
  kBodyHead,             // coalition, التحالف: alone and definite, the body of that head named last
  kComplementizer,       // أن: opens a complement clause; an adverbial after a comma reaches past it
  kGathering,            // summit, قمة: a gathering whose place the text names once for later attendance
  kWaterBody,            // gulf, خليج: "the Gulf of Oman", "خليج عدن" name a sea, not the state
  kJoinVerb,             // joined, ratified: before "the agreement", the subject is a party to it
  kClauseOpener,         // since, until: a clause of its own before a name, a determiner or a pronoun
  kSubordinator,         // after, while: before a participle ("a day after holding talks"), the clause's subject is its subject
  kDuring,               // خلال, عقب: before an event noun, the clause's act took place in that event
  kParticipate,          // يشارك, took part: a cue of taking part, membership only in a body (CUE[word=participate])
  kLiftVerb,             // lift, رفع: before a sanction, its end, not its imposition
  kVerbalAttack,         // attacked, هاجم: a person's attack on a person may be words (condemn)
  kPastAux,              // كان: with a pluperfect particle after it (قد), an earlier event
  kPluperfect,           // قد after كان: "وكان X قد زار", X had visited
  kCounterpart,          // نظيره: his counterpart, the object of the one before
  kSovereignty,          // sovereignty, سيادة: backing X's sovereignty backs X, not the land it is over
  kWitness,              // يشهدان, witnessed: the leaders who witness a signing are its parties
  kDiscuss,              // discussed, بحث: its object is a topic; whom it was discussed with follows with / مع
  kOneSide,              // من جهة, on the one hand: in a list, the members before it are one side of a pair
  kOpposition,           // rebels, فصائل المعارضة: unnamed, the opposition of the state the document is about
  kMonarch,              // king, emir: an office whose holder may go by one name ("King Felipe")
  kNamedPlace,           // airport, مطار: a place named after a person ("King Khalid International Airport") is not them
  kSpellingAlike,        // ك ق غ ج: letters one spelling of a foreign name writes for another (one group a row)
  kSpellingOptional,     // ا و ي: letters one spelling of a name writes and another leaves out
  kRegnalOrdinal,        // الثاني, II: a monarch's or pope's number, no short name of them ("اليوم الثاني")
  kEnvoy,                // السفير: the state its nisba names stands behind it ("استدعت مصر السفير التركي")
  kEnvoyVerb,            // expelled, summoned: with an ambassador after it, ties with the state behind him
  kStandingNoun,         // ally, proxy: "to its ally Hezbollah", the name takes the preposition before the noun
  kObjectPronounVerb,    // استقبله, التقاه: a verb with its object a pronoun, the person named before it
  kListingNoun,          // إدراج, تصنيف: a masdar of listing; its genitive is the one listed (sanctioned)
  kAttendVerb,           // حضر: an event noun after it is its object, the actor after that its subject
  kParliament,           // البرلمان, parliament: with no state named, the parliament of the document's main state
  kTimeNoun,             // الشهر, اليوم: a definite word of time after "المملكة" names no kingdom
  kDeedRelative,         // ما in "، وهو ما رفضته القاهرة": the clause before is the deed; no new clause opens
  kPlaceRelative,        // where, حيث: a clause on the place named just before it
  kResumptive,           // فيها, خلالها: a pronoun in a relative clause that points back to its antecedent
  kPastParticipleSuffix, // -ed: "stands accused by" (a suffix)
  kDescribingParticiple, // التابعة: a participle cue that describes the noun just before it
  kNameExtender,         // القومي: after a body's name, another body ("مجلس الأمن القومي" is no UN council)
  kDemandVerb,           // "urged": urging someone to stop what they do condemns it
  kHaltVerb,             // "halt", "free": what one is urged to do that undoes a deed
  kSuspendWord,          // suspended, تعليق: with a membership after it, a body's sanction on a member
  kMembership,           // membership, عضوية, مقعد: what a body suspends
  kBoycottNoun,          // مقاطعة: a boycott imposed by its author on another (also "province")
  kDesignateVerb,        // تصنفها, المصنفة, declared: designating a group (a terrorist one)
  kTerrorWord,           // إرهابية, terrorist: what a group is designated as
  kLedBodyHead,          // تحالف, coalition: before "led by" a state, the body that state leads
  kLedBy,                // بقيادة, الذي تقوده, led by: the leader of the body before it follows
  kParticipationPrep,    // في, ضمن, in: between a verb of taking part and the body taken part in
  kMemberNoun,           // member: "NATO member Turkey", "Turkey, a NATO member"
  kHelpVerb,             // help, helped: its object right after it, or it helps no one named
  kHoldVerb,             // held: "held Israel responsible" accuses the one held
  kResponsibleWord,      // responsible: after a hold_verb and its object, an accusation
  kRegardVerb,           // regards, تعتبرها: regarding a group as a terrorist one accuses it
  kVoidWord,             // باطلا, illegal: regarding someone's act as void condemns them
  kDescribeVerb,         // وصف, described: describing someone or their act as a censure_word condemns them
  kCensureWord,          // عدائي, aggression: what describing someone's act as condemns them
  kDescribedAs,          // بأنها, as: between what is described and what it is described as
  kDescribingWord,       // واصفا: the participle of describe_verb, its subject the clause's
  kHaltSupply,           // halted, أوقفت: a supply its supplier halts is a sanction
  kHypothetical,         // would, إذا: a halt only supposed
  kBearVerb,             // bears, تتحمل: bearing responsibility, said by another, accuses
  kHyphenOnly,           // allied: a cue only after a hyphen ("Iran-allied")
  kBackedParticiple,     // مدعومة: backed, its backer right after it (with ب or as an adjective)
  kBackingNoun,          // بدعم: the noun ending a passive cue of support, its agent the genitive after it
  kParticipant,          // المشاركة: taking part, as a participle: its subject the actor right before it
  kRejectVerb,           // رفض: rejecting, a condemnation only of what stands right after it
  kKillVerb,             // قتل: killing, read only with its subject and object after it or around it
  kCount,
};

std::string_view WordClassName(WordClass c);
// For a class name that is not one: the closest few names, as
// " (did you mean 'a', 'b'?)", or every name when none is close.
std::string WordClassSuggestion(std::string_view name);

// A set of word classes as bits, in the words of a token's cache
// (segment.h), so that sets are ORed and compared a word at a time.
struct WordClassSet {
  uint64_t words[Token::kClassWords] = {};
  void Set(size_t c) { words[c / 64] |= uint64_t{1} << (c % 64); }
  void Set(WordClass c) { Set(static_cast<size_t>(c)); }
  bool Test(size_t c) const { return (words[c / 64] >> (c % 64)) & 1; }
  bool Intersects(const WordClassSet& other) const {
    uint64_t both = 0;
    for (size_t i = 0; i < Token::kClassWords; ++i) both |= words[i] & other.words[i];
    return both != 0;
  }
};

class WordClasses {
 public:
  // Parses words.tsv (`lang class word`); bad rows go to `problems` and are
  // skipped.
  void Add(std::string_view content, std::string_view source,
           std::vector<Status>* problems);

  // Whether the token is a one-word member of class `c`.
  bool Is(WordClass c, const Token& token) const;
  // Whether the folded text `word` is a member as written.
  bool Is(WordClass c, std::string_view word) const;
  // The index in `classes` of the first class the folded text `word` is a
  // member of as written, or classes.size(): one lookup for them all.
  size_t FirstOf(std::span<const WordClass> classes, std::string_view word) const;
  // Is(c, token.text), from the token's cache.
  bool IsAsWritten(WordClass c, const Token& token) const;
  // Whether IsAsWritten(c, token) for some c of `set`, in one step.
  bool IsAnyAsWritten(const WordClassSet& set, const Token& token) const;
  // Tokens matched by a member of `c` starting at `i` (phrases too), 0 when
  // none; the longest member wins. A proclitic's class (clitic.with ...)
  // matches one word written with that proclitic ("بالتورط").
  size_t MatchAt(WordClass c, const std::vector<Token>& tokens, size_t i) const;
  // The length of the longest member of `c` that `word` starts with (a
  // clitic, a verb prefix), or 0.
  size_t PrefixLength(WordClass c, std::string_view word) const;
  // Whether `word` ends with a member of `c` and has more before it (a
  // suffix: "-ed", "-ing", "يان").
  bool HasSuffix(WordClass c, std::string_view word) const;
  // The members, folded (phrases with single spaces).
  const std::vector<std::string>& Words(WordClass c) const;
  size_t size() const;
  // The classes a member of which may start at a token of [from, to): every
  // c for which MatchAt(c, tokens, i) is not 0 for some i there is in it
  // (every proclitic's class, which MatchAt tells from the letters, too).
  // A pre-check: a class left out matches at none of those tokens.
  WordClassSet MayStartIn(const std::vector<Token>& tokens, size_t from, size_t to) const;

 private:
  // Fills the token's cache (segment.h) when this has not.
  void Classify(const Token& t) const;
  static bool Test(const uint64_t bits[Token::kClassWords], WordClass c) {
    const size_t i = static_cast<size_t>(c);
    return (bits[i / 64] >> (i % 64)) & 1;
  }
  // MatchAt for a proclitic's class, and for a token that starts a phrase
  // of `c`.
  size_t MatchClitic(WordClass c, const Token& t) const;
  size_t MatchPhrase(WordClass c, const std::vector<Token>& tokens, size_t i) const;

  // Heterogeneous lookup: a token's text is looked up without a copy.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // (Sets of bits, so that Classify ORs and stores words, not bit sets
  // shifted word by word.)
  struct WordEntry {
    WordClassSet classes;  // of which the word is a one-word member
    WordClassSet phrases;  // with a phrase that starts with the word
  };
  // Every stem of every token asks.
  TextMap<std::unordered_map<std::string, WordEntry, WordHash, std::equal_to<>>> one_word_;
  std::vector<std::vector<std::string>> members_ =
      std::vector<std::vector<std::string>>(static_cast<size_t>(WordClass::kCount));
  // Phrases by first word: (class, the remaining words).
  std::unordered_multimap<std::string, std::pair<WordClass, std::vector<std::string>>> phrases_;
  // Which words these are: a new number at each Add, never one of another
  // instance's (Classify's table of words already classified tells them
  // apart by it). 0: none added.
  uint64_t generation_ = 0;
};

// Inline: the rules ask these of every token, many times over; the answer
// is a bit of the token's cache.
inline bool WordClasses::Is(WordClass c, const Token& t) const {
  if (t.classes_of != this) Classify(t);
  return Test(t.classes, c);
}

inline bool WordClasses::IsAsWritten(WordClass c, const Token& t) const {
  if (t.classes_of != this) Classify(t);
  return Test(t.classes_as_written, c);
}

inline bool WordClasses::IsAnyAsWritten(const WordClassSet& set, const Token& t) const {
  if (t.classes_of != this) Classify(t);
  uint64_t both = 0;
  for (size_t i = 0; i < Token::kClassWords; ++i) both |= t.classes_as_written[i] & set.words[i];
  return both != 0;
}

inline size_t WordClasses::MatchAt(WordClass c, const std::vector<Token>& tokens, size_t i) const {
  if (i >= tokens.size()) return 0;
  if (c >= WordClass::kCliticConj && c <= WordClass::kCliticOf) return MatchClitic(c, tokens[i]);
  const Token& t = tokens[i];
  if (t.classes_of != this) Classify(t);
  if (!Test(t.phrase_starts, c)) return Test(t.classes, c) ? 1 : 0;
  return MatchPhrase(c, tokens, i);
}

}  // namespace tahaluf

#endif  // TAHALUF_WORDS_H_
