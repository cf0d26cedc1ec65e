#!/usr/bin/env python3
"""Reads every `tahaluf export` format back with the reader its users use.

usage: check_exports.py TAHALUF GRAPH.json [--outdir DIR] [--keep]

Runs `TAHALUF export GRAPH.json --format F` for every format, then reads
each file back and compares it with the graph file itself, actor by actor
and relation by relation (ids, both names, kind, relation, polarity, CAMEO,
evidence count, first and last date; every evidence row for `events`):

  graphml    networkx.read_graphml (typed keys: ints, booleans, strings)
  gexf       networkx.read_gexf (edge spells = the evidence dates)
  node-link  networkx.node_link_graph
  dot        Graphviz's own reader, through gvpr (skipped without it)
  neo4j      Python's csv module against Neo4j's documented headers
  events     Python's csv module (tab-separated, quoted fields)
  json       json, compared with the input

Prints one line per check and a closing "N passed, N failed" line; exits 1
when a check fails, 0 otherwise. Without networkx it prints "skipped: ..."
and exits 0. Python 3 standard library plus networkx; builds nothing.
"""
import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

POLARITY = {"+": "cooperative", "-": "hostile", "0": "neutral"}


def quad_class(cameo):
    if len(cameo) < 2 or not cameo.isdigit():
        return 0
    root = int(cameo[:2])
    for lo, hi, q in ((1, 5, 1), (6, 9, 2), (10, 14, 3), (15, 20, 4)):
        if lo <= root <= hi:
            return q
    return 0


class Expected:
    """What every export must say, taken from the graph file."""

    def __init__(self, graph):
        self.nodes = {n["id"]: n for n in graph["nodes"]}
        self.edges = {}
        for e in graph["edges"]:
            dates = sorted({ev["date"] for ev in e["evidence"] if ev["date"]})
            self.edges[(e["source"], e["relation"], e["target"])] = {
                "polarity": POLARITY[e["polarity"]],
                "cameo": e["cameo"],
                "plover": e["plover"],
                "symmetric": e["symmetric"],
                "evidence_count": len(e["evidence"]),
                "first_date": dates[0] if dates else "",
                "last_date": dates[-1] if dates else "",
                "dates": dates,
                "evidence": e["evidence"],
            }
        self.evidence_total = sum(len(e["evidence"]) for e in graph["edges"])


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, problems, summary):
        if problems:
            self.failed += 1
            print("FAIL %s: %s" % (name, summary))
            for p in problems[:10]:
                print("     - " + p)
            if len(problems) > 10:
                print("     - ... %d more" % (len(problems) - 10))
        else:
            self.passed += 1
            print("ok   %s: %s" % (name, summary))


def compare_nodes(exp, got, fields=("name", "name_ar", "kind")):
    """got: {id: {field: value}}"""
    problems = []
    if set(got) != set(exp.nodes):
        problems.append("actor ids differ: missing %s, extra %s" % (
            sorted(set(exp.nodes) - set(got))[:5], sorted(set(got) - set(exp.nodes))[:5]))
    for nid, n in exp.nodes.items():
        if nid not in got:
            continue
        for f in fields:
            want = n.get(f, "")
            have = got[nid].get(f, "")
            if have is None:
                have = ""
            if have != want:
                problems.append("actor %r %s: want %r, read %r" % (nid, f, want, have))
    return problems


def compare_edges(exp, got, fields=("polarity", "cameo", "evidence_count", "first_date",
                                    "last_date")):
    """got: {(source, relation, target): {field: value}}"""
    problems = []
    if set(got) != set(exp.edges):
        problems.append("relations differ: missing %s, extra %s" % (
            sorted(set(exp.edges) - set(got))[:3], sorted(set(got) - set(exp.edges))[:3]))
    for key, e in exp.edges.items():
        if key not in got:
            continue
        for f in fields:
            want = e[f]
            have = got[key].get(f, "" if isinstance(want, str) else None)
            if have is None and isinstance(want, str):
                have = ""
            if have != want or type(have) is not type(want):
                problems.append("relation %s %s: want %r, read %r" % ("|".join(key), f, want, have))
    return problems


def networkx_edges(G):
    out = {}
    for u, v, d in G.edges(data=True):
        out[(u, d.get("relation"), v)] = d
    return out


def check_graphml(nx, path, exp, ck):
    G = nx.read_graphml(path)
    nodes = {n: d for n, d in G.nodes(data=True)}
    problems = compare_nodes(exp, nodes)
    edges = networkx_edges(G)
    problems += compare_edges(exp, edges, ("polarity", "cameo", "plover", "symmetric",
                                           "evidence_count", "first_date", "last_date"))
    for key, d in edges.items():
        if key in exp.edges and json.loads(d.get("evidence", "[]")) != exp.edges[key]["evidence"]:
            problems.append("relation %s: evidence JSON differs" % "|".join(key))
    ck.check("graphml", problems, "networkx read_graphml: %d actors, %d relations (%s)" % (
        G.number_of_nodes(), G.number_of_edges(), type(G).__name__))


def check_gexf(nx, path, exp, ck):
    G = nx.read_gexf(path)
    nodes = {n: d for n, d in G.nodes(data=True)}
    problems = compare_nodes(exp, nodes)
    for nid, d in nodes.items():
        if nid in exp.nodes and d.get("label") != exp.nodes[nid]["name"]:
            problems.append("actor %r label %r" % (nid, d.get("label")))
    edges = networkx_edges(G)
    problems += compare_edges(exp, edges, ("polarity", "cameo", "plover", "symmetric",
                                           "evidence_count", "first_date", "last_date"))
    dated = 0
    for key, d in edges.items():
        if key not in exp.edges:
            continue
        spells = d.get("spells", [])
        starts = sorted({s for s, _ in spells})
        want = sorted({full_date(x) for x in exp.edges[key]["dates"]} - {""})
        if starts != want:
            problems.append("relation %s spells %r, dates %r" % ("|".join(key), starts, want))
        dated += bool(spells)
    if G.graph.get("mode") != "dynamic":
        problems.append("graph mode %r, want dynamic (Gephi's timeline)" % G.graph.get("mode"))
    ck.check("gexf", problems, "networkx read_gexf: %d actors, %d relations, %d with dates" % (
        G.number_of_nodes(), G.number_of_edges(), dated))


def full_date(d):
    """The start of a partial ISO date, as the GEXF spells hold it."""
    parts = d[:10].split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4:
        return ""
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts)


def check_node_link(nx, path, exp, ck):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    try:
        G = nx.node_link_graph(data, edges="edges")
    except TypeError:  # networkx before 3.4 names the key "link"
        G = nx.node_link_graph(data, link="edges")
    nodes = {n: d for n, d in G.nodes(data=True)}
    problems = compare_nodes(exp, nodes)
    edges = networkx_edges(G)
    problems += compare_edges(exp, edges, ("polarity", "cameo", "plover", "symmetric",
                                           "evidence_count", "first_date", "last_date"))
    for key, d in edges.items():
        if key in exp.edges and d.get("evidence") != exp.edges[key]["evidence"]:
            problems.append("relation %s: evidence differs" % "|".join(key))
    ck.check("node-link", problems, "networkx node_link_graph: %d actors, %d relations" % (
        G.number_of_nodes(), G.number_of_edges()))


def check_dot(path, exp, ck):
    gvpr = shutil.which("gvpr")
    if not gvpr:
        print("skip dot: gvpr (Graphviz) not found")
        return
    prog = ('N { printf("N\\037%s\\037%s\\037%s\\037%s\\036", $.name, aget($, "name"), '
            'aget($, "name_ar"), aget($, "kind")) } '
            'E { printf("E\\037%s\\037%s\\037%s\\037%s\\037%s\\037%s\\037%s\\037%s\\036", '
            '$.tail.name, aget($, "relation"), $.head.name, aget($, "polarity"), aget($, "cameo"), '
            'aget($, "evidence_count"), aget($, "first_date"), aget($, "last_date")) }')
    out = subprocess.run([gvpr, prog, path], capture_output=True, check=True).stdout.decode("utf-8")
    nodes, edges = {}, {}
    for rec in out.split("\x1e"):
        f = rec.split("\x1f")
        if f[0] == "N":
            nodes[f[1]] = {"name": f[2], "name_ar": f[3], "kind": f[4]}
        elif f[0] == "E":
            edges[(f[1], f[2], f[3])] = {"polarity": f[4], "cameo": f[5],
                                         "evidence_count": int(f[6]), "first_date": f[7],
                                         "last_date": f[8]}
    problems = compare_nodes(exp, nodes) + compare_edges(exp, edges)
    ck.check("dot", problems, "Graphviz (gvpr) reads %d actors, %d relations" % (len(nodes), len(edges)))


def read_csv(path, delimiter):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def check_neo4j(folder, exp, ck):
    problems = []
    names = sorted(os.listdir(folder))
    if names != ["README.txt", "nodes.csv", "relationships.csv"]:
        problems.append("folder holds %s" % names)
    nodes = read_csv(os.path.join(folder, "nodes.csv"), ",")
    rels = read_csv(os.path.join(folder, "relationships.csv"), ",")
    node_header = nodes[0]
    rel_header = rels[0]
    # Neo4j's import tool: exactly one :ID column, a :LABEL column; typed
    # properties as name:type; relationships need :START_ID, :END_ID, :TYPE.
    if sum(1 for h in node_header if ":ID" in h) != 1 or ":LABEL" not in node_header:
        problems.append("nodes.csv header %r lacks :ID or :LABEL" % node_header)
    for col in (":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"):
        if col not in rel_header:
            problems.append("relationships.csv header lacks %s" % col)
    idcol = next(i for i, h in enumerate(node_header) if ":ID" in h)
    got_nodes = {}
    for row in nodes[1:]:
        if len(row) != len(node_header):
            problems.append("nodes.csv row of %d fields: %r" % (len(row), row[:2]))
            continue
        d = dict(zip(node_header, row))
        got_nodes[row[idcol]] = {"name": d["name"], "name_ar": d["name_ar"], "kind": d["kind"]}
        labels = d[":LABEL"].split("|")
        if labels[0] != "Actor":
            problems.append("actor %r labels %r" % (row[idcol], labels))
    problems += compare_nodes(exp, got_nodes)
    got_edges = {}
    for row in rels[1:]:
        if len(row) != len(rel_header):
            problems.append("relationships.csv row of %d fields" % len(row))
            continue
        d = dict(zip(rel_header, row))
        if d[":START_ID(Actor)"] not in got_nodes or d[":END_ID(Actor)"] not in got_nodes:
            problems.append("relationship to an unknown actor: %r" % row[:3])
        if d[":TYPE"] != d["relation"].upper():
            problems.append("type %r for relation %r" % (d[":TYPE"], d["relation"]))
        for typed in ("quad_class:int", "evidence_count:int"):
            if d[typed] and not d[typed].isdigit():
                problems.append("%s is %r" % (typed, d[typed]))
        for typed in ("symmetric:boolean", "hedged:boolean"):
            if d[typed] not in ("true", "false"):
                problems.append("%s is %r" % (typed, d[typed]))
        key = (d[":START_ID(Actor)"], d["relation"], d[":END_ID(Actor)"])
        got_edges[key] = {"polarity": d["polarity"], "cameo": d["cameo"],
                          "evidence_count": int(d["evidence_count:int"]),
                          "first_date": d["first_date"], "last_date": d["last_date"]}
        if key in exp.edges and json.loads(d["evidence_json"]) != exp.edges[key]["evidence"]:
            problems.append("relation %s: evidence_json differs" % "|".join(key))
    problems += compare_edges(exp, got_edges)
    ck.check("neo4j", problems, "csv: %d actors, %d relationships, Neo4j headers" % (
        len(nodes) - 1, len(rels) - 1))


def check_events(path, exp, ck):
    rows = read_csv(path, "\t")
    header = rows[0]
    problems = []
    for col in ("date", "source", "target", "cameo", "plover", "quad_class", "doc", "sentence",
                "source_name", "source_name_ar", "target_name", "target_name_ar", "relation",
                "polarity", "evidence_count", "text"):
        if col not in header:
            problems.append("no column %r" % col)
    if problems:
        ck.check("events", problems, "header")
        return
    seen = []
    dates = []
    for row in rows[1:]:
        if len(row) != len(header):
            problems.append("row of %d fields, want %d: %r" % (len(row), len(header), row[:3]))
            continue
        d = dict(zip(header, row))
        key = (d["source"], d["relation"], d["target"])
        e = exp.edges.get(key)
        if e is None:
            problems.append("row for unknown relation %r" % (key,))
            continue
        s, t = exp.nodes[d["source"]], exp.nodes[d["target"]]
        for f, want in (("source_name", s["name"]), ("source_name_ar", s["name_ar"]),
                        ("target_name", t["name"]), ("target_name_ar", t["name_ar"]),
                        ("polarity", e["polarity"]), ("cameo", e["cameo"]),
                        ("plover", e["plover"]), ("evidence_count", str(e["evidence_count"])),
                        ("quad_class", str(quad_class(e["cameo"]) or ""))):
            if d[f] != want:
                problems.append("%s %s: want %r, read %r" % ("|".join(key), f, want, d[f]))
        seen.append((key, d["doc"], int(d["sentence"]), d["text"], d["date"]))
        dates.append(d["date"])
    want = sorted((k, ev["doc"], ev["sentence"], ev["text"], ev["date"])
                  for k, e in exp.edges.items() for ev in e["evidence"])
    if sorted(seen) != want:
        problems.append("evidence rows differ from the graph's evidence")
    if dates != sorted(dates):
        problems.append("rows are not in date order")
    ck.check("events", problems, "csv (tab): %d rows = %d pieces of evidence" % (
        len(rows) - 1, exp.evidence_total))


def check_json(tahaluf, path, original, ck):
    """The graph file round-trips: same counts as the input, and exporting
    the export again gives the same bytes."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    back = json.loads(text)
    problems = []
    if back.get("format") != "tahaluf-graph":
        problems.append("format is %r" % back.get("format"))
    for what in ("nodes", "edges"):
        if len(back[what]) != len(original[what]):
            problems.append("%d %s, the input has %d" % (len(back[what]), what, len(original[what])))
    evidence = lambda g: sum(len(e["evidence"]) for e in g["edges"])
    if evidence(back) != evidence(original):
        problems.append("%d pieces of evidence, the input has %d" % (evidence(back), evidence(original)))
    again = subprocess.run([tahaluf, "export", path, "--format", "json", "--quiet"],
                           capture_output=True).stdout.decode("utf-8")
    if again != text:
        problems.append("exporting the export again changes it")
    ck.check("json", problems, "json: %d actors, %d relations, round-trips unchanged" % (
        len(back["nodes"]), len(back["edges"])))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("tahaluf", help="the tahaluf binary")
    p.add_argument("graph", help="a graph file (tahaluf build output)")
    p.add_argument("--outdir", help="write the exports here (default: a temporary folder)")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder")
    a = p.parse_args()
    try:
        import networkx as nx
    except ImportError:
        print("skipped: networkx is not installed (python3 -c 'import networkx' fails)")
        return 0
    # The input in the canonical form `export --format json` writes (the
    # graph file may be hand-written): what every format is compared with.
    outdir = a.outdir or tempfile.mkdtemp(prefix="tahaluf-exports-")
    os.makedirs(outdir, exist_ok=True)
    ck = Checker()
    paths = {}
    for fmt, name in (("json", "graph.json"), ("graphml", "graph.graphml"),
                      ("gexf", "graph.gexf"), ("node-link", "graph.node-link.json"),
                      ("dot", "graph.dot"), ("neo4j", "neo4j"), ("events", "events.tsv")):
        path = os.path.join(outdir, name)
        r = subprocess.run([a.tahaluf, "export", a.graph, "--format", fmt, "-o", path, "--quiet"],
                           capture_output=True)
        if r.returncode != 0:
            ck.check(fmt, ["export exited %d: %s" % (r.returncode, r.stderr.decode(errors="replace"))],
                     "export failed")
            continue
        paths[fmt] = path
    if "json" not in paths:
        print("%d passed, %d failed" % (ck.passed, ck.failed))
        return 1
    with open(paths["json"], encoding="utf-8") as f:
        canonical = json.load(f)
    with open(a.graph, encoding="utf-8") as f:
        original = json.load(f)
    exp = Expected(canonical)
    check_json(a.tahaluf, paths["json"], original, ck)
    checks = (("graphml", lambda p: check_graphml(nx, p, exp, ck)),
              ("gexf", lambda p: check_gexf(nx, p, exp, ck)),
              ("node-link", lambda p: check_node_link(nx, p, exp, ck)),
              ("dot", lambda p: check_dot(p, exp, ck)),
              ("neo4j", lambda p: check_neo4j(p, exp, ck)),
              ("events", lambda p: check_events(p, exp, ck)))
    for fmt, fn in checks:
        if fmt in paths:
            try:
                fn(paths[fmt])
            except Exception as e:  # a reader that cannot read the file at all
                ck.check(fmt, ["%s: %s" % (type(e).__name__, e)], "could not be read back")
    if not a.outdir and not a.keep:
        shutil.rmtree(outdir, ignore_errors=True)
    elif not a.outdir:
        print("exports kept in " + outdir)
    print("exports: %d passed, %d failed" % (ck.passed, ck.failed))
    return 1 if ck.failed else 0


if __name__ == "__main__":
    sys.exit(main())
