// Internal to extraction: the state of one document's extraction, sentence
// after sentence (what earlier sentences established: the persons named
// and their titles, the subject a later verb continues, the dateline), and
// the triples found so far.
#ifndef TAHALUF_SRC_EXTRACT_DOCUMENT_H_
#define TAHALUF_SRC_EXTRACT_DOCUMENT_H_

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "tahaluf/extract.h"
#include "match.h"
#include "view.h"

namespace tahaluf::extract {

// The first mention of a person, for the role triples.
struct FirstMention {
  uint32_t sentence = 0;
  SentenceSpan span;
  std::string surface;
  std::string title_position;
  ActorIndex title_org = kNoActor;
  bool former = false;  // "الرئيس الراحل", "former president": past roles too
  // "خليفة حفتر، قائد القوات المسيطرة على شرق ليبيا": an appositive title
  // of command after the name, its org not named as such.
  bool heads_something = false;
};

// Whether a title or role of this position leads what it is of (head of
// state or government, army chief, commander, leader, secretary-general,
// speaker).
bool IsLeadingPosition(std::string_view p);
// A role of a state leading a body (position lead_state: "the Saudi-led
// coalition"), and one of a body belonging to another (branch, affiliate).
bool LeadsABody(const Role& r);
bool BodyOfAnother(const Role& r);

// What the Extractor picks from the lexicon once, for every document.
struct Picked {
  // Titles of a leading position: by index in the lexicon's titles()
  // (true for one), but for those whose first word is a prefix ('*'),
  // listed.
  const std::vector<bool>& leading_title;
  const std::vector<const Title*>& leading_prefix_titles;
  const std::vector<const Role*>& lead_state_roles;  // LeadsABody, in roles.tsv order
  const std::vector<const Role*>& body_roles;        // BodyOfAnother, in roles.tsv order
};

class DocumentExtraction {
 public:
  DocumentExtraction(const Lexicon& lexicon, const Grammar& grammar, const Recognizer& recognizer,
                     Picked picked, const Document& doc);
  // Runs over every sentence, then adds the roles.
  Extraction Run(const std::vector<SentenceSpan>& spans);

 private:
  // What a sentence's cues share.
  struct SentenceState {
    bool hedged = false;
    std::string speaker;
    std::string event_date;
    std::vector<ActorIndex> subjects;  // the last subject written in it
  };
  void Sentence(uint32_t si, SentenceSpan span);
  void NotePersons(uint32_t si, SentenceSpan span, const TokenizedSentence& s,
                   const std::vector<Mention>& mentions);
  void Dateline(SentenceView& v);
  void Speaker(const SentenceView& v, SentenceState* st) const;
  // The cue that negates `h` ("not", "halted", "رفض"), or nullptr.
  const CueHit* Negator(const SentenceView& v, const CueHit& h) const;
  // Whether `negator` halts a supply its subject gave ("halted arms exports
  // to", "أوقفت صادرات"): not one urged or demanded ("to halt", "بوقف").
  bool HaltsSupply(const SentenceView& v, const CueHit& negator) const;
  void Cue(const SentenceView& v, size_t hi, SentenceState* st);
  // A signing between two persons is also a meeting of them.
  void SignedInPerson(const SentenceView& v, const SentenceState& st, const RelationInfo* rel, ActorIndex a,
                      ActorIndex b, bool neg, const std::string& a_surface, const std::string& b_surface, uint32_t cb,
                      uint32_t ce);
  void Escort(const SentenceView& v, const CueHit& h, const RelationInfo* rel, bool neg, SentenceState* st);
  // Those who attended a gathering visited where the text held it.
  void Attend(const SentenceView& v, const CueHit& h, bool neg, const SentenceState& st);
  // A sentence naming a gathering (summit, قمة) and a city it is in: where
  // the article's gathering was held, for attendance named later.
  void GatheringPlace(const SentenceView& v);
  // A headline naming a person in a place ("Erdogan in Doha as ...",
  // "السيسي في بغداد في أول زيارة"): the person is visiting it.
  void HeadlineVisit(const SentenceView& v, const SentenceState& st);
  // "Sharaa's Hayat Tahrir al-Sham": a person's possessive on a body or a
  // force says the person leads it.
  void PossessorLeads(const SentenceView& v, const SentenceState& st);
  // With `attendance`, the fallback place is the gathering's, not the
  // dateline.
  void MeetingPlace(const SentenceView& v, const SentenceState& st, const CueHit& h,
                    const std::vector<ActorIndex>& subj, const std::vector<ActorIndex>& obj,
                    const std::vector<size_t>& subj_mentions, bool attendance = false);
  // "arrived in Doha from Riyadh": the place a traveller came from, in the
  // visit's clause, was visited too (not the traveller's own state).
  void CameFrom(const SentenceView& v, const SentenceState& st, const CueHit& h, const std::vector<ActorIndex>& subj,
                const std::vector<size_t>& subj_mentions);
  void Emit(const SentenceView& v, const SentenceState& st, ActorIndex sub, const RelationInfo* rel,
            ActorIndex obj, bool neg, const std::string& sub_surface, const std::string& obj_surface,
            uint32_t cb, uint32_t ce, const char* how);
  void DropRedundant(size_t from);
  void Roles();
  // Whether mention k of v is a place: a city, a capital, a state gone to or in.
  bool IsPlace(const SentenceView& v, size_t k) const;
  // Whether a name or an adjective of `org` is a word of `surface` ("أمير
  // قطر", "Emir of Qatar": a lexicon name of a person that names the state).
  bool Names(const std::string& surface, ActorIndex org) const;
  // The roles Roles() gave, each once (a person's lexicon role and their
  // title may say the same).
  std::set<std::tuple<ActorIndex, const RelationInfo*, ActorIndex>> roles_added_;
  void AddRole(ActorIndex person, const char* relation, ActorIndex org, const FirstMention& fm,
               const char* how);
  const Actor& ActorAt(ActorIndex i) const { return ctx_.ActorAt(lexicon_, i); }
  // Whether `person` heads an organisation of states at the document's date
  // (the Arab League's secretary-general): no host for their own state.
  bool LeadsIntergovernmental(ActorIndex person) const;
  // Usable mentions of `rel` in [from, to).
  std::vector<size_t> Usables(const SentenceView& v, const RelationInfo* rel, uint32_t from,
                              uint32_t to) const;

  const Lexicon& lexicon_;
  const Grammar& grammar_;
  const Recognizer& recognizer_;
  const Picked picked_;
  const Document& doc_;
  DocumentContext ctx_;
  Extraction result_;
  std::set<std::tuple<ActorIndex, const RelationInfo*, ActorIndex, bool>> seen_;
  // The sentence being read and where its triples begin in result_: a fact
  // is looked for again among them only, so a document's cost stays linear.
  uint32_t sentence_ = 0;
  size_t sentence_triples_ = 0;
  // Each actor's last visit emitted (not negated, to no person): the place
  // and its surface, for companions ("accompanied by ...").
  std::unordered_map<ActorIndex, std::pair<ActorIndex, std::string>> last_visit_;
  std::vector<std::pair<ActorIndex, FirstMention>> persons_;
  std::vector<ActorIndex> last_subjects_;  // for verbs with no written subject
  ActorIndex last_attacker_ = kNoActor;     // the author of the last attack reported
  uint32_t last_attack_sentence_ = 0;
  bool one_attacker_ = true;  // every attack reported so far had that author
  ActorIndex last_place_ = kNoActor;  // the place the last sentence named last
  uint32_t last_place_sentence_ = 0;
  uint32_t last_subject_sentence_ = 0;
  std::set<ActorIndex> named_;  // actors named (not only as adjectives)
  std::map<ActorIndex, FirstMention> bodies_;  // first mention of each body (no person) named
  ActorIndex dateline_ = kNoActor;
  size_t dateline_sentence_ = 0;  // the sentence that opens with it
  std::string dateline_surface_;
  ActorIndex gathering_place_ = kNoActor;
  std::string gathering_place_surface_;
  std::string construction_;  // of the cue being emitted
};

}  // namespace tahaluf::extract

#endif  // TAHALUF_SRC_EXTRACT_DOCUMENT_H_
