#!/usr/bin/env python3
"""Writes a synthetic tahaluf graph file for scale tests and timings.

usage: synthetic_graph.py ACTORS [--seed N] [--ties-per-actor T] [--evidence-per-edge K] > graph.json

Actors get English and Arabic names and kinds drawn from the lexicon's
kinds; ties follow a preferential-attachment pattern (a few hubs, many
small actors) like real news coverage, with random relations, dates in
2023-2024 and one to K pieces of evidence each. Python 3 standard library
only; the same arguments give the same file.
"""
import argparse
import json
import random
import sys

KINDS = ["state", "person", "government", "military", "armed_group", "party",
         "organisation", "ministry", "city", "territory"]
RELATIONS = [("visit", False), ("host", False), ("meet", True), ("mediate", False),
             ("sign_agreement", True), ("arms_deal", True), ("defense_pact", True),
             ("security_cooperation", True), ("economic_cooperation", True),
             ("support", False), ("supply_arms", False), ("close_ties", True),
             ("strained_ties", True), ("rivalry", True), ("accuse", False),
             ("condemn", False), ("threaten", False), ("sanction", False),
             ("attack", False), ("clash", True), ("leads", False), ("member_of", False)]
AR_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("actors", type=int)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--evidence-per-edge", type=int, default=3)
    p.add_argument("--ties-per-actor", type=float, default=1.3,
                   help="ties each new actor makes on average (default 1.3)")
    a = p.parse_args()
    rnd = random.Random(a.seed)
    n = a.actors
    nodes = []
    for i in range(n):
        ar = "".join(rnd.choice(AR_LETTERS) for _ in range(rnd.randint(3, 7)))
        nodes.append({"id": "A%05d" % i, "name": "Actor %d" % i, "name_ar": "فاعل " + ar,
                      "kind": KINDS[i % len(KINDS)] if i > 20 else "state", "aliases": []})
    edges = {}
    targets = [0]
    for i in range(1, n):
        ties = int(a.ties_per_actor) + (1 if rnd.random() < a.ties_per_actor % 1 else 0)
        for _ in range(max(1, ties)):
            j = rnd.choice(targets)
            if j == i:
                continue
            rel, sym = rnd.choice(RELATIONS)
            s, t = (i, j) if rnd.random() < 0.5 else (j, i)
            if sym and s > t:
                s, t = t, s
            edges[(s, rel, t)] = sym
            targets += [i, j]
        targets.append(i)
    out_edges = []
    docs = 0
    for (s, rel, t), sym in sorted(edges.items()):
        ev = []
        for _ in range(rnd.randint(1, a.evidence_per_edge)):
            docs += 1
            m, d = rnd.randint(1, 12), rnd.randint(1, 28)
            ar = rnd.random() < 0.4
            text = ("نص الدليل رقم %d" % docs) if ar else ("Evidence sentence %d." % docs)
            ev.append({"doc": "doc%06d.txt" % (docs % (n * 2)), "sentence": rnd.randint(0, 30),
                       "start": 0, "end": len(text.encode()), "text": text,
                       "date": "%d-%02d-%02d" % (rnd.choice([2023, 2024]), m, d),
                       "lang": "ar" if ar else "en", "hedged": rnd.random() < 0.1,
                       "subject_surface": "", "object_surface": ""})
        out_edges.append({"source": "A%05d" % s, "target": "A%05d" % t, "relation": rel,
                          "symmetric": sym, "evidence": ev})
    json.dump({"format": "tahaluf-graph", "version": 1, "nodes": nodes, "edges": out_edges},
              sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
