// Analytics answers as data: each analytics answer as the JSON
// object its command prints with --json (path, neighbors, blocs, balance,
// brokers, timeline, stats), for every program that hands the answers on
// (the CLI, the Python module). Keys come in a fixed order and numbers as
// RapidJSON writes them, so the same answer gives the same bytes; every
// function returns one line of JSON ending in a newline.
//
// Shared shapes: an actor is {"id","name","name_ar","kind"}; a piece of
// evidence {"doc","sentence","start","end","text","date","lang","hedged"};
// a tie {"subject","relation","object","symmetric","polarity",
// "evidence_count", then "quote" (the evidence QuoteFor picks, or null) or
// "evidence" (every piece that passes the filter)}.
//
// Usage:
//   tahaluf::ActiveTies active(index, filter);
//   tahaluf::EgoNetwork ego = tahaluf::Neighborhood(index, active, actor, 2);
//   std::string json = tahaluf::NeighborhoodJson(index, active, ego, 50);
#ifndef TAHALUF_ANALYTICS_JSON_H_
#define TAHALUF_ANALYTICS_JSON_H_

#include <cstdint>
#include <string>
#include <vector>

#include "tahaluf/balance.h"
#include "tahaluf/blocs.h"
#include "tahaluf/centrality.h"
#include "tahaluf/graph_stats.h"
#include "tahaluf/neighbors.h"
#include "tahaluf/paths.h"
#include "tahaluf/tie_index.h"
#include "tahaluf/timeline.h"

namespace tahaluf {

// Benchmark figures `path --repeat` adds to its answer.
struct PathTimings {
  size_t repeat = 0;
  double query_seconds = 0, load_seconds = 0, filter_seconds = 0;
};

// {"from","to","weighted","ties_considered","paths":[{"hops","cost",
// "actors":[ids],"steps":[{"from","to","relation","subject","object",
// "direction","polarity","cost","evidence_count","quote","evidence",
// "other_ties":[ties with quote]}]}]}, and the timings when given.
std::string PathsJson(const TieIndex& index, const ActiveTies& active, uint32_t from, uint32_t to,
                      const std::vector<ActorPath>& paths, bool weighted,
                      const PathTimings* timings = nullptr);

// {"actor","depth","members_total","per_depth","ties","by_relation":[...],
// "members":[{"actor","depth","via","ties":[ties with quote]}]}, the first
// `max_members` members.
std::string NeighborhoodJson(const TieIndex& index, const ActiveTies& active, const EgoNetwork& ego,
                             size_t max_members);

// {"blocs_total","actors","modularity","frustration", the four counts of
// ties that do and do not fit, "blocs":[{"bloc","size","members":[ids]}],
// "links":[{"blocs":[a,b],"cooperative_ties","hostile_ties",
// "cooperative_evidence","hostile_evidence","ties":[ties with quote]}]}:
// the first `max_blocs` blocs and links (links by evidence across them,
// LinksByEvidence), `max_ties` ties per link. Blocs are numbered from 1.
std::string BlocsJson(const TieIndex& index, const ActiveTies& active, const Blocs& blocs,
                      size_t max_blocs, size_t max_ties);

// {"weak","triangles":{"+++","++-","+--","---"},"unbalanced_total",
// "balance_ratio","unbalanced":[{"actors":[ids],"kind","ties":[...]}]}.
std::string BalanceJson(const TieIndex& index, const ActiveTies& active, const BalanceReport& report,
                        bool weak);

// {"sampled","sources","blocs_total","brokers":[{"id","name","betweenness",
// "degree","bloc" (from 1, or null),"blocs_reached"}]}, and
// "betweenness_seconds" when given.
std::string BrokersJson(const TieIndex& index, const Centrality& centrality, const Blocs& blocs,
                        const std::vector<Broker>& brokers,
                        const double* betweenness_seconds = nullptr);

// {"actor","entries_total", then "periods":[{"period","cooperative",
// "hostile","neutral","counterparts"}] when `periods` is given, else
// "entries":[{"date","relation","direction","polarity","counterpart",
// "evidence"}] (the first `max_entries`; 0 lists all)}.
std::string TimelineJson(const TieIndex& index, uint32_t actor,
                         const std::vector<TimelineEntry>& entries,
                         const std::vector<TimelinePeriod>* periods, size_t max_entries);

// {"actors","actors_with_ties","ties","evidence","hedged","undated",
// "first_date","last_date","documents","actors_by_kind":{},"by_relation":[],
// "by_polarity":{},"evidence_by_language":{},"top_documents":[]}.
std::string StatsJson(const GraphStats& stats);

}  // namespace tahaluf

#endif  // TAHALUF_ANALYTICS_JSON_H_
