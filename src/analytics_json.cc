#include "tahaluf/analytics_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <tuple>

#include "tahaluf/graph_io.h"

namespace tahaluf {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void JsonString(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

std::string JsonText(const rapidjson::StringBuffer& buf) {
  std::string out(buf.GetString(), buf.GetSize());
  out += '\n';
  return out;
}

void WriteActor(JsonWriter& w, const TieIndex& index, uint32_t v) {
  const IndexNode& n = index.node(v);
  w.StartObject();
  w.Key("id"); JsonString(w, n.id);
  w.Key("name"); JsonString(w, n.name);
  w.Key("name_ar"); JsonString(w, n.name_ar);
  w.Key("kind"); JsonString(w, n.kind);
  w.EndObject();
}

// The quoted piece of evidence, or null.
void WriteQuote(JsonWriter& w, const TieIndex& index, const ActiveTies& active, uint32_t tie) {
  if (const IndexEvidence* q = QuoteFor(index, active, tie)) {
    WriteEvidenceJson(w, *q, EvidenceFields::kQuote);
  } else {
    w.Null();
  }
}

// Every piece of the tie's evidence that passes the filter.
void WritePassingEvidence(JsonWriter& w, const TieIndex& index, const ActiveTies& active,
                          uint32_t tie) {
  w.StartArray();
  for (const IndexEvidence& e : index.evidence(tie)) {
    if (active.Passes(e)) WriteEvidenceJson(w, e, EvidenceFields::kQuote);
  }
  w.EndArray();
}

void WriteTie(JsonWriter& w, const TieIndex& index, const ActiveTies& active, uint32_t tie,
              bool quote_only) {
  const Tie& t = index.tie(tie);
  w.StartObject();
  w.Key("subject"); JsonString(w, index.node(t.source).id);
  w.Key("relation"); JsonString(w, t.relation->name);
  w.Key("object"); JsonString(w, index.node(t.target).id);
  w.Key("symmetric"); w.Bool(t.relation->symmetric);
  w.Key("polarity"); JsonString(w, PolarityName(t.relation->polarity));
  w.Key("evidence_count"); w.Uint(active.support(tie));
  if (quote_only) {
    w.Key("quote"); WriteQuote(w, index, active, tie);
  } else {
    w.Key("evidence"); WritePassingEvidence(w, index, active, tie);
  }
  w.EndObject();
}

// "forward", "backward" or "both", as seen from actor `from`.
std::string_view DirectionFrom(const TieIndex& index, uint32_t tie, uint32_t from) {
  const Tie& t = index.tie(tie);
  if (t.relation->symmetric) return "both";
  return t.source == from ? "forward" : "backward";
}

void WriteHop(JsonWriter& w, const TieIndex& index, const ActiveTies& active, const PathHop& h) {
  const Tie& t = index.tie(h.tie);
  w.StartObject();
  w.Key("from"); JsonString(w, index.node(h.from).id);
  w.Key("to"); JsonString(w, index.node(h.to).id);
  w.Key("relation"); JsonString(w, t.relation->name);
  w.Key("subject"); JsonString(w, index.node(t.source).id);
  w.Key("object"); JsonString(w, index.node(t.target).id);
  w.Key("direction");
  JsonString(w, t.relation->symmetric ? "both" : h.forward ? "forward" : "backward");
  w.Key("polarity"); JsonString(w, PolarityName(t.relation->polarity));
  w.Key("cost"); w.Double(h.cost);
  w.Key("evidence_count"); w.Uint(active.support(h.tie));
  w.Key("quote"); WriteQuote(w, index, active, h.tie);
  w.Key("evidence"); WritePassingEvidence(w, index, active, h.tie);
  w.Key("other_ties");
  w.StartArray();
  for (uint32_t o : h.other_ties) WriteTie(w, index, active, o, /*quote_only=*/true);
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string PathsJson(const TieIndex& index, const ActiveTies& active, uint32_t from, uint32_t to,
                      const std::vector<ActorPath>& paths, bool weighted,
                      const PathTimings* timings) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  w.Key("from"); WriteActor(w, index, from);
  w.Key("to"); WriteActor(w, index, to);
  w.Key("weighted"); w.Bool(weighted);
  w.Key("ties_considered"); w.Uint64(active.num_on());
  w.Key("paths");
  w.StartArray();
  for (const ActorPath& p : paths) {
    w.StartObject();
    w.Key("hops"); w.Uint64(p.hops.size());
    w.Key("cost"); w.Double(p.cost);
    w.Key("actors");
    w.StartArray();
    for (uint32_t v : p.actors) JsonString(w, index.node(v).id);
    w.EndArray();
    w.Key("steps");
    w.StartArray();
    for (const PathHop& h : p.hops) WriteHop(w, index, active, h);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  if (timings) {
    w.Key("repeat"); w.Uint64(timings->repeat);
    w.Key("query_seconds"); w.Double(timings->query_seconds);
    w.Key("load_seconds"); w.Double(timings->load_seconds);
    w.Key("filter_seconds"); w.Double(timings->filter_seconds);
  }
  w.EndObject();
  return JsonText(buf);
}

std::string NeighborhoodJson(const TieIndex& index, const ActiveTies& active, const EgoNetwork& ego,
                             size_t max_members) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  w.Key("actor"); WriteActor(w, index, ego.center);
  w.Key("depth"); w.Uint64(ego.depth);
  w.Key("members_total"); w.Uint64(ego.members.size());
  w.Key("per_depth");
  w.StartArray();
  for (size_t n : ego.per_depth) w.Uint64(n);
  w.EndArray();
  w.Key("ties"); w.Uint64(ego.ties);
  w.Key("by_relation");
  w.StartArray();
  for (const RelationSummary& r : ego.by_relation) {
    w.StartObject();
    w.Key("relation"); JsonString(w, r.relation->name);
    w.Key("polarity"); JsonString(w, PolarityName(r.relation->polarity));
    w.Key("ties"); w.Uint64(r.ties);
    w.Key("evidence"); w.Uint64(r.evidence);
    w.Key("center_ties"); w.Uint64(r.center_ties);
    w.Key("center_subject"); w.Uint64(r.center_subject);
    w.EndObject();
  }
  w.EndArray();
  w.Key("members");
  w.StartArray();
  for (size_t k = 0; k < ego.members.size() && k < max_members; ++k) {
    const EgoMember& m = ego.members[k];
    w.StartObject();
    w.Key("actor"); WriteActor(w, index, m.actor);
    w.Key("depth"); w.Uint(m.depth);
    w.Key("via"); JsonString(w, index.node(m.via).id);
    w.Key("ties");
    w.StartArray();
    for (uint32_t t : m.ties) WriteTie(w, index, active, t, /*quote_only=*/true);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return JsonText(buf);
}

std::string BlocsJson(const TieIndex& index, const ActiveTies& active, const Blocs& blocs,
                      size_t max_blocs, size_t max_ties) {
  size_t actors = 0;
  for (const auto& m : blocs.members) actors += m.size();
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  w.Key("blocs_total"); w.Uint64(blocs.members.size());
  w.Key("actors"); w.Uint64(actors);
  w.Key("modularity"); w.Double(blocs.modularity);
  w.Key("frustration"); w.Double(blocs.frustration);
  w.Key("cooperative_inside"); w.Uint64(blocs.cooperative_inside);
  w.Key("hostile_across"); w.Uint64(blocs.hostile_across);
  w.Key("hostile_inside"); w.Uint64(blocs.hostile_inside);
  w.Key("cooperative_across"); w.Uint64(blocs.cooperative_across);
  w.Key("blocs");
  w.StartArray();
  for (size_t b = 0; b < blocs.members.size() && b < max_blocs; ++b) {
    w.StartObject();
    w.Key("bloc"); w.Uint64(b + 1);
    w.Key("size"); w.Uint64(blocs.members[b].size());
    w.Key("members");
    w.StartArray();
    for (uint32_t v : blocs.members[b]) JsonString(w, index.node(v).id);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("links");
  w.StartArray();
  const std::vector<const BlocLink*> links = LinksByEvidence(blocs);
  for (size_t k = 0; k < links.size() && k < max_blocs; ++k) {
    const BlocLink& l = *links[k];
    w.StartObject();
    w.Key("blocs"); w.StartArray(); w.Uint(l.a + 1); w.Uint(l.b + 1); w.EndArray();
    w.Key("cooperative_ties"); w.Uint64(l.cooperative_ties);
    w.Key("hostile_ties"); w.Uint64(l.hostile_ties);
    w.Key("cooperative_evidence"); w.Uint64(l.cooperative_evidence);
    w.Key("hostile_evidence"); w.Uint64(l.hostile_evidence);
    w.Key("ties");
    w.StartArray();
    for (size_t t = 0; t < l.ties.size() && t < max_ties; ++t) {
      WriteTie(w, index, active, l.ties[t], /*quote_only=*/true);
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return JsonText(buf);
}

std::string BalanceJson(const TieIndex& index, const ActiveTies& active, const BalanceReport& report,
                        bool weak) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  w.Key("weak"); w.Bool(weak);
  w.Key("triangles");
  w.StartObject();
  const char* names[4] = {"+++", "++-", "+--", "---"};
  for (int k = 0; k < 4; ++k) { w.Key(names[k]); w.Uint64(report.triangles[k]); }
  w.EndObject();
  w.Key("unbalanced_total"); w.Uint64(report.unbalanced_total);
  w.Key("balance_ratio"); w.Double(report.balance_ratio);
  w.Key("unbalanced");
  w.StartArray();
  for (const Triad& t : report.unbalanced) {
    w.StartObject();
    w.Key("actors");
    w.StartArray();
    for (uint32_t v : {t.a, t.b, t.c}) JsonString(w, index.node(v).id);
    w.EndArray();
    w.Key("kind"); JsonString(w, TriadKind(t));
    w.Key("ties");
    w.StartArray();
    for (auto [u, v, s] : {std::tuple{t.a, t.b, t.ab}, std::tuple{t.a, t.c, t.ac}, std::tuple{t.b, t.c, t.bc}}) {
      if (auto tie = SignedTieBetween(index, active, u, v, s)) {
        WriteTie(w, index, active, *tie, /*quote_only=*/true);
      }
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return JsonText(buf);
}

std::string BrokersJson(const TieIndex& index, const Centrality& centrality, const Blocs& blocs,
                        const std::vector<Broker>& brokers, const double* betweenness_seconds) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  w.Key("sampled"); w.Bool(centrality.sampled);
  w.Key("sources"); w.Uint64(centrality.sources);
  w.Key("blocs_total"); w.Uint64(blocs.members.size());
  w.Key("brokers");
  w.StartArray();
  for (const Broker& b : brokers) {
    w.StartObject();
    w.Key("id"); JsonString(w, index.node(b.actor).id);
    w.Key("name"); JsonString(w, index.node(b.actor).name);
    w.Key("betweenness"); w.Double(b.betweenness);
    w.Key("degree"); w.Uint(b.degree);
    w.Key("bloc");
    if (b.bloc == Blocs::kNoBloc) w.Null(); else w.Int(b.bloc + 1);
    w.Key("blocs_reached"); w.Uint(b.blocs_reached);
    w.EndObject();
  }
  w.EndArray();
  if (betweenness_seconds) {
    w.Key("betweenness_seconds"); w.Double(*betweenness_seconds);
  }
  w.EndObject();
  return JsonText(buf);
}

std::string TimelineJson(const TieIndex& index, uint32_t actor,
                         const std::vector<TimelineEntry>& entries,
                         const std::vector<TimelinePeriod>* periods, size_t max_entries) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  w.Key("actor"); WriteActor(w, index, actor);
  w.Key("entries_total"); w.Uint64(entries.size());
  if (periods) {
    w.Key("periods");
    w.StartArray();
    for (const TimelinePeriod& p : *periods) {
      w.StartObject();
      w.Key("period"); JsonString(w, p.period);
      w.Key("cooperative"); w.Uint64(p.by_polarity[0]);
      w.Key("hostile"); w.Uint64(p.by_polarity[1]);
      w.Key("neutral"); w.Uint64(p.by_polarity[2]);
      w.Key("counterparts"); w.Uint64(p.counterparts);
      w.EndObject();
    }
    w.EndArray();
  } else {
    const size_t shown = max_entries ? std::min(max_entries, entries.size()) : entries.size();
    w.Key("entries");
    w.StartArray();
    for (size_t k = 0; k < shown; ++k) {
      const TimelineEntry& e = entries[k];
      const Tie& t = index.tie(e.tie);
      const IndexEvidence& ev = index.evidence(e.tie)[e.evidence];
      w.StartObject();
      w.Key("date"); JsonString(w, ev.date);
      w.Key("relation"); JsonString(w, t.relation->name);
      w.Key("direction"); JsonString(w, DirectionFrom(index, e.tie, actor));
      w.Key("polarity"); JsonString(w, PolarityName(t.relation->polarity));
      w.Key("counterpart"); JsonString(w, index.node(e.counterpart).id);
      w.Key("evidence"); WriteEvidenceJson(w, ev, EvidenceFields::kQuote);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  return JsonText(buf);
}

std::string StatsJson(const GraphStats& s) {
  const char* polarity[3] = {"cooperative", "hostile", "neutral"};
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  w.Key("actors"); w.Uint64(s.actors);
  w.Key("actors_with_ties"); w.Uint64(s.actors_with_ties);
  w.Key("ties"); w.Uint64(s.ties);
  w.Key("evidence"); w.Uint64(s.evidence);
  w.Key("hedged"); w.Uint64(s.hedged);
  w.Key("undated"); w.Uint64(s.undated);
  w.Key("first_date"); JsonString(w, s.first_date);
  w.Key("last_date"); JsonString(w, s.last_date);
  w.Key("documents"); w.Uint64(s.documents);
  w.Key("actors_by_kind");
  w.StartObject();
  for (const auto& [k, n] : s.actors_by_kind) { JsonString(w, k.empty() ? "(none)" : k); w.Uint64(n); }
  w.EndObject();
  w.Key("by_relation");
  w.StartArray();
  for (const RelationCount& r : s.by_relation) {
    w.StartObject();
    w.Key("relation"); JsonString(w, r.relation->name);
    w.Key("polarity"); JsonString(w, PolarityName(r.relation->polarity));
    w.Key("ties"); w.Uint64(r.ties);
    w.Key("evidence"); w.Uint64(r.evidence);
    w.EndObject();
  }
  w.EndArray();
  w.Key("by_polarity");
  w.StartObject();
  for (int p = 0; p < 3; ++p) {
    w.Key(polarity[p]);
    w.StartObject();
    w.Key("ties"); w.Uint64(s.ties_by_polarity[p]);
    w.Key("evidence"); w.Uint64(s.evidence_by_polarity[p]);
    w.EndObject();
  }
  w.EndObject();
  w.Key("evidence_by_language");
  w.StartObject();
  for (const auto& [k, n] : s.evidence_by_language) { JsonString(w, k); w.Uint64(n); }
  w.EndObject();
  w.Key("top_documents");
  w.StartArray();
  for (const auto& [d, n] : s.top_documents) {
    w.StartObject();
    w.Key("doc"); JsonString(w, d);
    w.Key("evidence"); w.Uint64(n);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return JsonText(buf);
}

}  // namespace tahaluf
