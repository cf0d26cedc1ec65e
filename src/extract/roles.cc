// Roles: what the lexicon knows of each person named, at the document's
// date, and what a title in the text says of one it does not know.
#include <algorithm>

#include "document.h"
#include "tahaluf/names.h"

namespace tahaluf::extract {

bool LeadsABody(const Role& r) { return r.position == "lead_state"; }

bool BodyOfAnother(const Role& r) { return r.position == "branch" || r.position == "affiliate"; }

void DocumentExtraction::AddRole(ActorIndex person, const char* relation, ActorIndex org, const FirstMention& fm,
                                 const char* how) {
  const RelationInfo* rel = FindRelation(relation);
  if (!roles_added_.insert({person, rel, org}).second) return;  // said once
  Triple t;
  t.subject = person;
  t.object = org;
  t.relation = rel;
  t.sentence = fm.sentence;
  t.begin = fm.span.begin;
  t.end = fm.span.end;
  t.subject_surface = fm.surface;
  t.object_surface = ActorAt(org).name_en;
  t.derivation = how;
  result_.triples.push_back(std::move(t));
  // A member of a ministry is a member of its state ("Iran's foreign
  // ministry spokesman": Iran's).
  if (std::string_view(relation) == "member_of" && ActorAt(org).kind == ActorKind::kMinistry) {
    const ActorIndex state = lexicon_.FindById(ActorAt(org).country);
    if (state != kNoActor && lexicon_.actor(state).kind == ActorKind::kState) AddRole(person, relation, state, fm, how);
  }
}

bool DocumentExtraction::Names(const std::string& surface, ActorIndex org) const {
  const std::vector<std::string> words = NameTokens(surface);
  for (size_t i = 0; i < words.size(); ++i) {
    for (std::string_view w : {std::string_view(words[i]), StripArabicArticle(words[i])}) {
      const std::vector<uint32_t>* names = lexicon_.NamesStartingWith(w);
      if (names == nullptr) continue;
      for (uint32_t id : *names) {
        const IndexedName& nm = lexicon_.name(id);
        if (nm.actor != org || i + nm.tokens.size() > words.size()) continue;
        bool all = true;
        for (size_t k = 1; k < nm.tokens.size() && all; ++k) all = words[i + k] == nm.tokens[k];
        if (all) return true;
      }
    }
  }
  return false;
}

void DocumentExtraction::Roles() {
  const int32_t date = ctx_.date;
  const int32_t at = date == 0 ? 99999999 : date;
  // A body a state leads ("the Saudi-led coalition"): named, it says who
  // leads it.
  for (const Role* role : picked_.lead_state_roles) {
    const Role& r = *role;
    if (r.start > at || at > r.end) continue;
    auto it = bodies_.find(r.org);
    if (it == bodies_.end()) continue;
    AddRole(r.person, "leads", r.org, it->second, "role");
    result_.triples.back().subject_surface = ActorAt(r.person).name_en;
    result_.triples.back().object_surface = it->second.surface;
  }
  // A body that belongs to another ("Iran's Revolutionary Guards", "the
  // Shabaab, al-Qaeda's Somali affiliate"), both named: it is a member.
  for (const Role* role : picked_.body_roles) {
    const Role& r = *role;
    if (r.start > at || at > r.end) continue;
    auto it = bodies_.find(r.person);
    if (it == bodies_.end() || !named_.count(r.org)) continue;
    AddRole(r.person, "member_of", r.org, it->second, "role");
    result_.triples.back().subject_surface = it->second.surface;
  }
  for (const auto& [person, fm] : persons_) {
    std::vector<const Role*> roles = lexicon_.RolesOf(person, date);
    std::vector<const Role*> chosen;
    for (const Role* r : roles) {
      const bool current = r->start <= at && at <= r->end;
      const bool past = fm.former && r->end < at;
      if ((!current && !past) || (!named_.count(r->org) && !Names(fm.surface, r->org))) continue;
      chosen.push_back(r);
    }
    // The text says the person commands something it does not name as the
    // lexicon does; the lexicon says what (its first current command).
    if (fm.heads_something &&
        std::none_of(chosen.begin(), chosen.end(), [](const Role* r) { return r->relation == "leads"; })) {
      for (const Role* r : roles) {
        if (r->relation == "leads" && r->start <= at && at <= r->end) {
          chosen.push_back(r);
          break;
        }
      }
    }
    if (chosen.empty()) {
      // A minister of a ministry, an officer of an army the text does not
      // name: a member of the state it does name.
      for (const Role* r : roles) {
        const bool current = r->start <= at && at <= r->end;
        const ActorIndex state = lexicon_.FindById(lexicon_.actor(r->org).country);
        if (!current || state == kNoActor || !named_.count(state) ||
            lexicon_.actor(r->org).kind == ActorKind::kState) {
          continue;
        }
        // Only offices of the state's government: ministers, officials.
        const ActorKind ok = lexicon_.actor(r->org).kind;
        if (r->relation != "member_of" && ok != ActorKind::kMinistry && ok != ActorKind::kGovernment) continue;
        AddRole(person, "member_of", state, fm, "role");
        break;
      }
    }
    // The role that heads something says more than a membership.
    const bool leads = std::any_of(chosen.begin(), chosen.end(), [](const Role* r) { return r->relation == "leads"; });
    std::set<std::pair<std::string, ActorIndex>> done;
    // Heading a state or a government says it all; a minister heads a
    // ministry and is a member of the state.
    const bool top_office = std::any_of(chosen.begin(), chosen.end(), [&](const Role* r) {
      const ActorKind k = lexicon_.actor(r->org).kind;
      return r->relation == "leads" && (k == ActorKind::kState || k == ActorKind::kGovernment ||
                                        k == ActorKind::kMilitary || k == ActorKind::kArmedGroup);
    });
    for (const Role* r : chosen) {
      if (leads && r->relation != "leads" && top_office) continue;
      // A minister heading a ministry is, as the news tells it, a member of
      // the state: "Faisal bin Farhan", not "head of the Saudi foreign
      // ministry"; so is a speaker the lexicon gives a state to lead.
      const ActorKind org_kind = lexicon_.actor(r->org).kind;
      if (r->relation == "leads" &&
          (org_kind == ActorKind::kMinistry || (org_kind == ActorKind::kState && !HeadsState(r->position)))) {
        const ActorIndex state =
            org_kind == ActorKind::kState ? r->org : lexicon_.FindById(lexicon_.actor(r->org).country);
        if (state != kNoActor && done.insert({"member_of", state}).second) AddRole(person, "member_of", state, fm, "role");
        continue;
      }
      if (!done.insert({r->relation, r->org}).second) continue;
      AddRole(person, r->relation.c_str(), r->org, fm, "role");
    }
    const bool title_covered =
        std::any_of(chosen.begin(), chosen.end(), [org = fm.title_org](const Role* r) { return r->org == org; });
    // A title written with its org ("رئيس حكومة الوفاق فائز السراج") says
    // who led what, whatever the lexicon's dates.
    const bool title_says =
        !fm.title_position.empty() && fm.title_org != kNoActor && !title_covered &&
        (chosen.empty() || (IsLeadingPosition(fm.title_position) && ActorAt(fm.title_org).kind != ActorKind::kState));
    if (title_says) {
      // A commander, a speaker of a state ("قائد البحرية الباكستانية") heads
      // one of its bodies, not the state: a member of it.
      const bool leads = IsLeadingPosition(fm.title_position) &&
                         (HeadsState(fm.title_position) || ActorAt(fm.title_org).kind != ActorKind::kState);
      // A head of a ministry ("US Treasury chief Mnuchin") is, as above, a
      // member of its state.
      const ActorIndex state = lexicon_.FindById(ActorAt(fm.title_org).country);
      if (leads && ActorAt(fm.title_org).kind == ActorKind::kMinistry && state != kNoActor) {
        AddRole(person, "member_of", state, fm, "title");
      } else {
        AddRole(person, leads ? "leads" : "member_of", fm.title_org, fm, "title");
      }
    }
  }
}

bool DocumentExtraction::LeadsIntergovernmental(ActorIndex person) const {
  if (person >= lexicon_.size()) return false;
  for (const Role* r : lexicon_.RolesOf(person, ctx_.date)) {
    if (r->relation == "leads" && ActorAt(r->org).kind == ActorKind::kOrganisation) return true;
  }
  return false;
}

}  // namespace tahaluf::extract
