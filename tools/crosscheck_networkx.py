#!/usr/bin/env python3
"""Cross-checks tahaluf's graph analytics against networkx on random graphs.

For several random alliance graphs (triple lines as `tahaluf extract`
writes them, built with `tahaluf build`), it asks tahaluf and networkx the
same questions and compares the answers:

  path          shortest-path length and the set of all shortest paths
  path filters  the same with --cooperative --since --min-evidence
  --weighted    least cost (1 / evidence per hop) against Dijkstra
  --k           the costs of the k shortest simple paths against
                networkx's shortest_simple_paths
  --all-simple  the set of simple paths up to N hops against
                all_simple_paths(cutoff=N)
  neighbors     the actors within 2 hops
  brokers       degree and exact betweenness (normalized=False)
  balance       triangles by number of hostile pairs
  blocs         the reported signed modularity against the partition's
  merge         byte-identical output whatever the order of the files

Usage:
  python3 tools/crosscheck_networkx.py --tahaluf build/tahaluf [--graphs 6] [--seed 1]

Exit status: 0 when every answer agrees (also when networkx is not
installed: it prints "skipped" and checks nothing), 1 when some answer
differs (each difference is printed), 2 when it cannot run (no tahaluf
binary, a command failed).
"""

import argparse
import itertools
import json
import math
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_graph import generate  # noqa: E402  (the same generator as the benchmark)

FAILURES = []
# What was compared, so a run that compares nothing shows it.
COUNTS = {"path queries": 0, "with a path": 0, "filtered with a path": 0, "k-shortest paths": 0,
          "simple paths": 0, "ego members": 0, "actors (betweenness)": 0, "triangles": 0}


FAILED_GRAPHS = set()
CURRENT = [None]


def fail(what):
    FAILURES.append(what)
    FAILED_GRAPHS.add(CURRENT[0])
    print("MISMATCH: " + what)


def tahaluf(binary, *args):
    proc = subprocess.run([binary] + list(args), capture_output=True)
    if proc.returncode != 0:
        sys.stderr.write("crosscheck_networkx: `tahaluf %s` failed (%d): %s\n" % (
            " ".join(args), proc.returncode, proc.stderr.decode(errors="replace")))
        sys.exit(2)
    return proc.stdout


def tahaluf_json(binary, *args):
    return json.loads(tahaluf(binary, *(list(args) + ["--json"])))


def load_ties(path):
    """The graph file as (nodes, ties): ties are (source, target, polarity,
    relation, [(date, hedged)])."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    nodes = [n["id"] for n in data["nodes"]]
    ties = [(e["source"], e["target"], e["polarity"], e["relation"],
             [(ev["date"], ev["hedged"]) for ev in e["evidence"]]) for e in data["edges"]]
    return nodes, ties


def pair_graph(nx, nodes, ties, keep=lambda tie, ev: True, min_evidence=1):
    """An undirected networkx Graph of the actor pairs with an active tie;
    edge attributes: weight (1 / best support), pos, neg evidence."""
    g = nx.Graph()
    g.add_nodes_from(nodes)
    for tie in ties:
        s, t, pol, rel, evidence = tie
        support = sum(1 for ev in evidence if keep(tie, ev))
        if support < min_evidence or support == 0 or s == t:
            continue
        if g.has_edge(s, t):
            d = g[s][t]
            d["weight"] = min(d["weight"], 1.0 / support)
        else:
            g.add_edge(s, t, weight=1.0 / support, pos=0, neg=0)
            d = g[s][t]
        if pol == "+":
            d["pos"] += support
        elif pol == "-":
            d["neg"] += support
    return g


def path_cost(g, path, weighted):
    if not weighted:
        return len(path) - 1
    return sum(g[u][v]["weight"] for u, v in zip(path, path[1:]))


def check_graph(nx, binary, graph, rng, label, pairs):
    nodes, ties = load_ties(graph)
    g = pair_graph(nx, nodes, ties)
    coop_since = lambda tie, ev: tie[2] == "+" and ev[0] != "" and ev[0] >= "2020-01-01"
    gf = pair_graph(nx, nodes, ties, keep=coop_since)
    hostile_until = lambda tie, ev: tie[2] == "-" and ev[0] != "" and ev[0] <= "2022-06-30"
    gh = pair_graph(nx, nodes, ties, keep=hostile_until, min_evidence=2)
    active = [n for n in nodes if g.degree(n) > 0]
    for _ in range(pairs):
        a, b = rng.choice(active), rng.choice(active)
        where = "%s %s->%s" % (label, a, b)
        # All shortest paths, unfiltered and filtered.
        for graph_nx, flags, name in ((g, [], "path"),
                                      (gf, ["--cooperative", "--since", "2020-01-01"], "filtered path"),
                                      (gh, ["--hostile", "--until", "2022-06", "--min-evidence", "2"],
                                       "filtered path")):
            res = tahaluf_json(binary, "path", graph, a, b, "--max", "100000", *flags)
            got = sorted(tuple(p["actors"]) for p in res["paths"])
            try:
                want = sorted(tuple(p) for p in nx.all_shortest_paths(graph_nx, a, b))
            except nx.NetworkXNoPath:
                want = []
            COUNTS["path queries"] += 1
            if want:
                COUNTS["with a path" if not flags else "filtered with a path"] += 1
            if got != want:
                fail("%s %s: tahaluf %d paths (len %s), networkx %d (len %s)" % (
                    name, where, len(got), len(got[0]) - 1 if got else None, len(want),
                    len(want[0]) - 1 if want else None))
        # Weighted least cost.
        res = tahaluf_json(binary, "path", graph, a, b, "--weighted", "--max", "1")
        try:
            want = nx.dijkstra_path_length(g, a, b, weight="weight")
        except nx.NetworkXNoPath:
            want = None
        got = res["paths"][0]["cost"] if res["paths"] else None
        if (got is None) != (want is None) or (got is not None and not math.isclose(got, want, rel_tol=1e-9)):
            fail("weighted %s: tahaluf %s, networkx %s" % (where, got, want))
        # k shortest simple paths: the same costs.
        for weighted in (False, True):
            k = 4
            flags = ["--k", str(k)] + (["--weighted"] if weighted else [])
            res = tahaluf_json(binary, "path", graph, a, b, *flags)
            got = [round(p["cost"], 9) for p in res["paths"]]
            want = []
            if a != b:
                try:
                    for p in nx.shortest_simple_paths(g, a, b, weight="weight" if weighted else None):
                        want.append(round(path_cost(g, p, weighted), 9))
                        if len(want) == k:
                            break
                except nx.NetworkXNoPath:
                    pass
            else:
                want = [0]
            COUNTS["k-shortest paths"] += len(want)
            if got != want:
                fail("k shortest%s %s: tahaluf %s, networkx %s" % (
                    " weighted" if weighted else "", where, got, want))
            for p in res["paths"]:
                if len(set(p["actors"])) != len(p["actors"]):
                    fail("k shortest %s: path not simple: %s" % (where, p["actors"]))
        # All simple paths up to 3 hops.
        if a != b:
            res = tahaluf_json(binary, "path", graph, a, b, "--all-simple", "3", "--max", "1000000")
            got = sorted(tuple(p["actors"]) for p in res["paths"])
            want = sorted(tuple(p) for p in nx.all_simple_paths(g, a, b, cutoff=3))
            COUNTS["simple paths"] += len(want)
            if got != want:
                fail("all simple %s: tahaluf %d, networkx %d" % (where, len(got), len(want)))
        # Ego network to depth 2.
        res = tahaluf_json(binary, "neighbors", graph, a, "--depth", "2", "--top", "1000000")
        got = sorted(m["actor"]["id"] for m in res["members"])
        want = sorted(n for n, d in nx.single_source_shortest_path_length(g, a, cutoff=2).items() if n != a)
        COUNTS["ego members"] += len(want)
        if got != want:
            fail("neighbors %s: tahaluf %d, networkx %d" % (where, len(got), len(want)))
    # Degree and betweenness of every actor with a tie.
    res = tahaluf_json(binary, "brokers", graph, "--top", "1000000")
    bc = nx.betweenness_centrality(g, normalized=False)
    got = {r["id"]: (r["degree"], r["betweenness"]) for r in res["brokers"]}
    if set(got) != set(active):
        fail("brokers %s: tahaluf lists %d actors, %d have ties" % (label, len(got), len(active)))
    COUNTS["actors (betweenness)"] += len(got)
    for n, (deg, b) in got.items():
        if deg != g.degree(n) or not math.isclose(b, bc[n], rel_tol=1e-9, abs_tol=1e-9):
            fail("brokers %s %s: tahaluf degree %d betweenness %s, networkx %d %s" % (
                label, n, deg, b, g.degree(n), bc[n]))
            break
    # Balance: triangles by number of hostile pairs.
    sign = {}
    for u, v, d in g.edges(data=True):
        s = (d["pos"] > d["neg"]) - (d["neg"] > d["pos"])
        if s:
            sign[frozenset((u, v))] = s
    signed = nx.Graph()
    signed.add_edges_from(tuple(p) for p in sign)
    counts = [0, 0, 0, 0]
    for u, v in signed.edges():
        for w in set(signed[u]) & set(signed[v]):
            if w > u and w > v:
                counts[sum(1 for p in ((u, v), (u, w), (v, w)) if sign[frozenset(p)] < 0)] += 1
    COUNTS["triangles"] += sum(counts)
    res = tahaluf_json(binary, "balance", graph, "--top", "0")
    got = [res["triangles"][k] for k in ("+++", "++-", "+--", "---")]
    if got != counts:
        fail("balance %s: tahaluf %s, networkx %s" % (label, got, counts))
    # Blocs: the modularity reported is the partition's signed modularity.
    res = tahaluf_json(binary, "blocs", graph, "--top", "1000000")
    bloc = {}
    for k, b in enumerate(res["blocs"]):
        for m in b["members"]:
            bloc[m] = k
    two_pos = 2.0 * sum(d["pos"] for _, _, d in g.edges(data=True))
    two_neg = 2.0 * sum(d["neg"] for _, _, d in g.edges(data=True))
    kpos = {n: sum(d["pos"] for _, _, d in g.edges(n, data=True)) for n in g}
    kneg = {n: sum(d["neg"] for _, _, d in g.edges(n, data=True)) for n in g}
    q = 0.0
    for u, v, d in g.edges(data=True):
        if u in bloc and bloc.get(u) == bloc.get(v):
            q += 2 * (d["pos"] - d["neg"])
    by_bloc = {}
    for n, k in bloc.items():
        p, m = by_bloc.get(k, (0.0, 0.0))
        by_bloc[k] = (p + kpos[n], m + kneg[n])
    for p, m in by_bloc.values():
        q -= (p * p / two_pos if two_pos else 0) - (m * m / two_neg if two_neg else 0)
    q /= (two_pos + two_neg) if two_pos + two_neg else 1
    if not math.isclose(q, res["modularity"], rel_tol=1e-6, abs_tol=1e-9):
        fail("blocs %s: tahaluf modularity %s, recomputed %s" % (label, res["modularity"], q))
    in_bloc = sorted(n for n in active if kpos[n] + kneg[n] > 0)
    if sorted(bloc) != in_bloc:
        fail("blocs %s: %d actors in blocs, %d have signed ties" % (label, len(bloc), len(in_bloc)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tahaluf", default=os.path.join(HERE, "..", "build", "tahaluf"))
    ap.add_argument("--graphs", type=int, default=6)
    ap.add_argument("--pairs", type=int, default=12, help="actor pairs per graph")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    try:
        import networkx as nx
    except ImportError:
        print("crosscheck_networkx: skipped: networkx is not installed (pip install networkx)")
        return 0
    binary = os.path.abspath(args.tahaluf)
    if not os.access(binary, os.X_OK):
        sys.stderr.write("crosscheck_networkx: no tahaluf binary at %s (build it, or pass --tahaluf)\n" % binary)
        return 2
    rng = random.Random(args.seed)
    checked = 0
    with tempfile.TemporaryDirectory(prefix="tahaluf-crosscheck-") as tmp:
        graphs = []
        for k in range(args.graphs):
            actors = rng.choice([12, 30, 60, 120])
            triples = actors * rng.choice([2, 4, 8])
            lines = os.path.join(tmp, "t%d.jsonl" % k)
            graph = os.path.join(tmp, "g%d.json" % k)
            generate(lines, actors, triples, seed=args.seed * 1000 + k, blocs=rng.choice([2, 3, 5]))
            tahaluf(binary, "build", "--quiet", lines, "-o", graph)
            graphs.append(graph)
            CURRENT[0] = k
            check_graph(nx, binary, graph, rng, "graph %d (%d actors, %d triples)" % (k, actors, triples),
                        args.pairs)
            checked += 1
        # Merging: any order, the same bytes.
        outputs = set()
        for order in itertools.permutations(graphs[:3]):
            out = os.path.join(tmp, "merged.json")
            tahaluf(binary, "merge", "--quiet", *order, "-o", out)
            with open(out, "rb") as f:
                outputs.add(f.read())
        CURRENT[0] = "merge"
        checked += 1
        if len(outputs) != 1:
            fail("merge: %d different outputs for the orders of 3 files" % len(outputs))
    print("crosscheck_networkx: compared " + ", ".join("%d %s" % (v, k) for k, v in COUNTS.items()))
    print("crosscheck_networkx: %d passed, %d failed" % (checked - len(FAILED_GRAPHS), len(FAILED_GRAPHS)))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
