#!/usr/bin/env python3
"""Checks `tahaluf report` in a real browser: headless Chromium.

usage: check_report.py TAHALUF GRAPH.json [--outdir DIR] [-- REPORT-OPTIONS...]

Writes OUTDIR/report.html with `TAHALUF report GRAPH.json`, loads it in
headless Chromium as report.html#selftest (the page then checks itself:
diagram elements drawn with a size, table rows, a click on a relation and
an actor in the diagram, sorting, filtering) and compares what the browser
saw with the graph file: actors and relations in the diagram, table rows,
evidence sentences, Arabic sentences laid out right-to-left, documents,
hostile relations, the evidence shown for the clicked relation and actor.
Also checks the file is self-contained (no external script, style sheet,
image or frame; a Content-Security-Policy that forbids them), then saves a
screenshot, OUTDIR/report.png, for people to look at.

Prints one line per check and a closing "N passed, N failed" line; exits 1
when a check fails. Without Chromium it prints "skipped: ..." and exits 0.
Chromium runs as root here, hence --no-sandbox. Python 3 standard library.
"""
import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                  "--virtual-time-budget=5000"]
POLARITY = {"+": "cooperative", "-": "hostile", "0": "neutral"}


def find_chromium():
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def run_chromium(chromium, args, timeout=180):
    profile = tempfile.mkdtemp(prefix="tahaluf-chromium-")
    try:
        return subprocess.run([chromium] + CHROMIUM_FLAGS + ["--user-data-dir=" + profile] + args,
                              capture_output=True, timeout=timeout)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def expect(self, name, got, want):
        if got == want:
            self.passed += 1
            print("ok   %s: %r" % (name, got))
        else:
            self.failed += 1
            print("FAIL %s: got %r, want %r" % (name, got, want))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("tahaluf")
    p.add_argument("graph")
    p.add_argument("--outdir", help="where report.html and report.png go (default: a temporary folder)")
    p.add_argument("report_args", nargs="*", help="passed on to `tahaluf report` (after --)")
    a = p.parse_args()
    chromium = find_chromium()
    if chromium is None:
        print("skipped: chromium not found (apt-get install -y chromium, or set CHROMIUM)")
        return 0
    outdir = a.outdir or tempfile.mkdtemp(prefix="tahaluf-report-")
    os.makedirs(outdir, exist_ok=True)
    report = os.path.abspath(os.path.join(outdir, "report.html"))
    shot = os.path.abspath(os.path.join(outdir, "report.png"))
    r = subprocess.run([a.tahaluf, "report", a.graph, "-o", report, "--quiet"] + a.report_args,
                       capture_output=True)
    if r.returncode != 0:
        print("FAIL report: tahaluf report exited %d: %s" % (r.returncode, r.stderr.decode(errors="replace")))
        print("report: 0 passed, 1 failed")
        return 1
    # What the page must show, from the graph itself in canonical form (with
    # focus options, the same part of it the report covers).
    focus_args, skip = [], False
    for arg in a.report_args:  # focus options only: export takes those too
        if skip:
            skip = False
        elif arg in ("--title", "--diagram-top"):
            skip = True
        elif not arg.startswith(("--title=", "--diagram-top=")):
            focus_args.append(arg)
    canon = subprocess.run([a.tahaluf, "export", a.graph, "--format", "json", "--quiet"] + focus_args,
                           capture_output=True, check=True).stdout
    graph = json.loads(canon)
    edges = {("rel:%d:%s|%s|%s" % (len(e["source"].encode()), e["source"], e["relation"], e["target"])): e
             for e in graph["edges"]}
    n_actors, n_rel = len(graph["nodes"]), len(graph["edges"])
    n_evidence = sum(len(e["evidence"]) for e in graph["edges"])
    n_arabic = sum(1 for e in graph["edges"] for ev in e["evidence"] if ev["lang"] == "ar")
    n_docs = len({ev["doc"] for e in graph["edges"] for ev in e["evidence"]})
    n_hostile = sum(1 for e in graph["edges"] if POLARITY[e["polarity"]] == "hostile")

    ck = Checker()
    with open(report, encoding="utf-8") as f:
        page = f.read()
    body = re.search(r"<body ([^>]*)>", page).group(1)
    attrs = dict(re.findall(r'data-([a-z-]+)="(\d+)"', body))
    ck.expect("page says actors", int(attrs["actors"]), n_actors)
    ck.expect("page says relations", int(attrs["relations"]), n_rel)
    external = re.findall(r'<(?:script|link|img|iframe)[^>]*(?:src|href)=', page)
    ck.expect("external resources in the file", external, [])
    ck.expect("content security policy forbids the network",
              "default-src 'none'" in page, True)

    url = "file://" + report + "#selftest"
    dom = run_chromium(chromium, ["--window-size=1400,1000", "--dump-dom", url])
    m = re.search(r'<pre id="selftest-result">([^<]*)</pre>', dom.stdout.decode("utf-8", "replace"))
    if not m or not m.group(1):
        print("FAIL browser: the page's self-test did not run (chromium exited %d)" % dom.returncode)
        print(dom.stderr.decode(errors="replace")[-2000:])
        print("report: %d passed, %d failed" % (ck.passed, ck.failed + 1))
        return 1
    st = json.loads(html.unescape(m.group(1)))

    diagram_actors = int(attrs["diagram-actors"])
    diagram_rel = int(attrs["diagram-relations"])
    if n_actors <= 150:  # small graphs are drawn whole
        ck.expect("diagram actors (whole graph)", diagram_actors, n_actors)
        ck.expect("diagram relations (whole graph)", diagram_rel, n_rel)
    ck.expect("diagram actors in the browser", st["diagram_nodes"], diagram_actors)
    ck.expect("diagram relations in the browser", st["diagram_edges"], diagram_rel)
    ck.expect("diagram actors drawn with a size", st["diagram_nodes_drawn"], diagram_actors)
    ck.expect("diagram relations drawn with a size", st["diagram_edges_drawn"], diagram_rel)
    ck.expect("diagram has a width", st["svg_width"] > 100, True)
    ck.expect("table rows", st["table_rows"], n_rel)
    ck.expect("table rows shown", st["table_rows_visible"], n_rel)
    ck.expect("table drawn", st["table_height"] > 0, True)
    ck.expect("evidence sentences", st["evidence_items"], n_evidence)
    ck.expect("Arabic sentences", st["arabic_items"], n_arabic)
    ck.expect("Arabic sentences laid out right-to-left", st["arabic_items_rtl"], n_arabic)
    ck.expect("documents", st["documents"], n_docs)
    ck.expect("external resources in the DOM", st["external_resources"], 0)
    if diagram_rel:
        key = st.get("edge_click_key")
        ck.expect("clicked relation is in the graph", key in edges, True)
        if key in edges:
            ck.expect("evidence shown for the clicked relation", st["edge_click_evidence"],
                      len(edges[key]["evidence"]))
        ck.expect("clicked relation highlighted", st.get("edge_click_selected"), True)
    if diagram_actors:
        actor = st.get("node_click_id")
        mine = [e for e in graph["edges"] if actor in (e["source"], e["target"])]
        ck.expect("rows shown for the clicked actor", st["node_click_rows_visible"], len(mine))
        ck.expect("evidence shown for the clicked actor", st["node_click_evidence"],
                  sum(len(e["evidence"]) for e in mine))
        ck.expect("rows after clearing the actor", st["rows_after_clear"], n_rel)
    if n_rel:
        ck.expect("sorted by evidence, descending", st["sorted_desc"], True)
        ck.expect("largest evidence count first", st["first_row_count"],
                  max(len(e["evidence"]) for e in graph["edges"]))
        ck.expect("filter '%s' rows" % st["filter_text"], st["filter_visible"], st["filter_expected"])
        ck.expect("filter finds the relation", st["filter_visible"] > 0, True)
    ck.expect("hostile filter rows", st["hostile_visible"], n_hostile)

    shot_run = run_chromium(chromium, ["--window-size=1400,1000", "--screenshot=" + shot, url])
    ok = os.path.exists(shot) and open(shot, "rb").read(8) == b"\x89PNG\r\n\x1a\n"
    ck.expect("screenshot saved", ok, True)
    if not ok:
        print(shot_run.stderr.decode(errors="replace")[-2000:])
    print("report: " + report)
    print("screenshot: " + shot)
    print("report: %d passed, %d failed" % (ck.passed, ck.failed))
    return 1 if ck.failed else 0


if __name__ == "__main__":
    sys.exit(main())
