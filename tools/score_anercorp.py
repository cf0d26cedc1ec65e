#!/usr/bin/env python3
"""Scores tahaluf's actor recognition against the PERS / LOC / ORG tags of ANERcorp.

What it measures
  ANERcorp (Benajiba et al., 2007) is ~150k tokens of Arabic news, one token
  per line "TOKEN TAG" with BIO tags for PERS, LOC, ORG and MISC. This script
  cuts the token stream into pseudo-documents (~400 tokens, cut after a "."
  token when possible, never inside an entity), joins each one's tokens with
  single spaces, and feeds all of them to ONE `tahaluf mentions --jsonl -`
  process as {"id", "text", "lang": "ar"} lines. Each mention it prints
  (UTF-8 byte offsets into "text") is mapped to the tokens whose byte spans
  it overlaps (a mention covering part of a token counts for that token:
  Arabic clitics are written attached) and to a gold class by its kind:

    person                                               -> PERS
    state, city, territory                               -> LOC
    government, military, armed_group, party,
    organisation, ministry                               -> ORG

  Gold entities are maximal B-X I-X* runs for X in PERS, LOC, ORG (MISC is
  ignored). Per class and micro-averaged over the three, it reports
  precision, recall and F1 under two criteria:

    exact    same class, same first and last token
    overlap  same class, token spans overlap; each gold entity and each
             prediction is matched at most once (exact pairs first, then
             the largest overlaps)

  It also lists, per class, the 15 most frequent missed gold strings and the
  15 most frequent false-positive strings (by overlap criterion), the
  predictions by mention type (name, capital, demonym, short, title,
  head_noun, pronoun) with how many of them match, and the unmatched predictions that
  fall on a gold entity of another class.

  It is a measurement, not a test: it exits 0 when it ran, whatever the
  figures (1 if tahaluf itself fails, 2 on a usage error).

How to run it
  python3 tools/score_anercorp.py build/tahaluf
  python3 tools/score_anercorp.py build/tahaluf /path/to/ANERCorp --limit-docs 50
  python3 tools/score_anercorp.py build/tahaluf --json > scores.json
  python3 tools/score_anercorp.py build/tahaluf --skip-types demonym,title

  The corpus defaults to ../shared/datasets/ANERcorp/ANERCorp relative to the
  repository root; when it is absent the script prints "skipped: PATH is
  absent" and exits 0. --limit-docs N scores only the first N
  pseudo-documents. --skip-types LIST drops tahaluf mentions of those
  mention types before scoring (ANERcorp tags neither demonyms such as
  "الفرنسية" nor bare titles such as "الرئيس الفرنسي", so
  `--skip-types demonym,title` shows the figures under its conventions;
  the default scores every mention). --json prints one JSON object on
  stdout instead of the tables (the closing "score_anercorp: done" line then
  goes to stderr so that stdout stays valid JSON). Python 3 standard library only; nothing from the
  corpus is written anywhere.
"""

import argparse
import bisect
import collections
import json
import os
import subprocess
import sys
import time

CLASSES = ("PERS", "LOC", "ORG")

# tahaluf actor kind -> ANERcorp class.
KIND_TO_CLASS = {
    "person": "PERS",
    "state": "LOC",
    "city": "LOC",
    "territory": "LOC",
    "government": "ORG",
    "military": "ORG",
    "armed_group": "ORG",
    "party": "ORG",
    "organisation": "ORG",
    "ministry": "ORG",
}

TOP_N = 15


# --------------------------------------------------------------------------
# Corpus


def read_corpus(path):
    """Returns ([(token, tag)], number of empty tokens dropped).

    Each line is "TOKEN TAG"; the tag is what follows the last space (one
    token in the file contains a space itself). A handful of lines have an
    empty token (" O"); they carry no text and are dropped.
    """
    tokens = []
    dropped = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            if " " in line:
                token, tag = line.rsplit(" ", 1)
            else:
                token, tag = line, "O"
            token = token.strip()
            if not token:
                dropped += 1
                continue
            tokens.append((token, tag.strip()))
    return tokens, dropped


def chunk_corpus(tokens, target=400, hard_max=600):
    """Cuts the token list into pseudo-documents: [(first, end)] index ranges.

    A chunk ends after the first "." at or beyond `target` tokens; if none
    comes before `hard_max`, it ends there anyway. A cut never falls before
    an I- token, so no gold entity is split across two chunks.
    """
    chunks = []
    start = 0
    n = len(tokens)
    i = start
    while i < n:
        length = i - start + 1
        next_is_inside = i + 1 < n and tokens[i + 1][1].startswith("I-")
        if not next_is_inside and (
            (length >= target and tokens[i][0] == ".") or length >= hard_max
        ):
            chunks.append((start, i + 1))
            start = i + 1
        i += 1
    if start < n:
        chunks.append((start, n))
    return chunks


def build_text(tokens, first, end):
    """Joins tokens[first:end] with single spaces.

    Returns (text, starts, ends): the byte span [starts[k], ends[k]) of the
    k-th token of the chunk in the UTF-8 encoding of text.
    """
    parts, starts, ends = [], [], []
    pos = 0
    for k in range(first, end):
        tok = tokens[k][0]
        if k > first:
            pos += 1  # the joining space
        parts.append(tok)
        starts.append(pos)
        pos += len(tok.encode("utf-8"))
        ends.append(pos)
    return " ".join(parts), starts, ends


def gold_entities(tokens, first, end):
    """Maximal B-X I-X* runs for X in CLASSES, as (class, first, last) with
    token indices relative to the chunk. An I-X that does not continue an X
    run starts a new entity (the file has none, but be robust)."""
    out = []
    cur = None  # [class, first, last]
    for k in range(first, end):
        tag = tokens[k][1]
        prefix, _, cls = tag.partition("-")
        rel = k - first
        if cls in CLASSES and prefix == "I" and cur is not None and cur[0] == cls:
            cur[2] = rel
            continue
        if cur is not None:
            out.append(tuple(cur))
            cur = None
        if cls in CLASSES and prefix in ("B", "I"):
            cur = [cls, rel, rel]
    if cur is not None:
        out.append(tuple(cur))
    return out


# --------------------------------------------------------------------------
# tahaluf


def run_tahaluf(binary, docs):
    """Feeds [(doc_id, text)] to one `tahaluf mentions --jsonl -` process.

    Returns (mentions, stderr text, seconds)."""
    payload = "".join(
        json.dumps({"id": doc_id, "text": text, "lang": "ar"}, ensure_ascii=False)
        + "\n"
        for doc_id, text in docs
    )
    t0 = time.monotonic()
    proc = subprocess.run(
        [binary, "mentions", "--jsonl", "-"],
        input=payload.encode("utf-8"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    seconds = time.monotonic() - t0
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        sys.stderr.write(err)
        sys.exit("score_anercorp: tahaluf exited with status %d" % proc.returncode)
    mentions = []
    for line in proc.stdout.decode("utf-8").splitlines():
        line = line.strip()
        if line:
            mentions.append(json.loads(line))
    return mentions, err.strip(), seconds


def mention_tokens(starts, ends, m_start, m_end):
    """Chunk-relative (first, last) of the tokens whose byte spans overlap
    [m_start, m_end), or None."""
    # First token whose end is past m_start; last token whose start is before m_end.
    first = bisect.bisect_right(ends, m_start)
    last = bisect.bisect_left(starts, m_end) - 1
    if first > last:
        return None
    return first, last


# --------------------------------------------------------------------------
# Scoring


def overlap_len(a, b):
    return min(a[1], b[1]) - max(a[0], b[0]) + 1


def match_overlap(golds, preds):
    """One-to-one matching of gold and predicted (first, last) spans of one
    class in one document: exact pairs first, then the largest overlaps.
    Returns (set of matched gold indices, set of matched pred indices)."""
    mg, mp = set(), set()
    by_span = collections.defaultdict(list)
    for j, p in enumerate(preds):
        by_span[p].append(j)
    for i, g in enumerate(golds):
        if by_span.get(g):
            mg.add(i)
            mp.add(by_span[g].pop())
    pairs = []
    for i, g in enumerate(golds):
        if i in mg:
            continue
        for j, p in enumerate(preds):
            if j not in mp and overlap_len(g, p) > 0:
                pairs.append((-overlap_len(g, p), g[0], p[0], i, j))
    for _, _, _, i, j in sorted(pairs):
        if i not in mg and j not in mp:
            mg.add(i)
            mp.add(j)
    return mg, mp


def prf(tp_pred, tp_gold, n_pred, n_gold):
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(tokens, chunks, mentions_by_doc, spans_by_doc, skip_types=()):
    """Returns the full result dictionary."""
    counts = {c: collections.Counter() for c in CLASSES}
    missed = {c: collections.Counter() for c in CLASSES}
    false_pos = {c: collections.Counter() for c in CLASSES}
    fp_kinds = {c: collections.defaultdict(collections.Counter) for c in CLASSES}
    by_type = collections.defaultdict(collections.Counter)  # type -> {pred, exact, overlap}
    confusion = collections.Counter()  # (pred class, gold class) for cross-class hits
    unmapped = collections.Counter()  # kinds outside KIND_TO_CLASS
    duplicates = 0
    skipped = collections.Counter()  # mention type -> mentions left out (--skip-types)
    offset_mismatch = 0
    no_token = 0

    for d, (first, end) in enumerate(chunks):
        doc_id = "anercorp-%04d" % d
        text_bytes, starts, ends = spans_by_doc[doc_id]
        words = [tokens[k][0] for k in range(first, end)]

        def span_text(s):
            return " ".join(words[s[0]: s[1] + 1])

        golds = {c: [] for c in CLASSES}
        for cls, a, b in gold_entities(tokens, first, end):
            golds[cls].append((a, b))

        preds = {c: [] for c in CLASSES}
        pred_info = {c: [] for c in CLASSES}  # (kind, type) per prediction
        seen = set()
        for m in mentions_by_doc.get(doc_id, []):
            s, e = int(m["start"]), int(m["end"])
            if text_bytes[s:e].decode("utf-8", "replace") != m.get("surface", ""):
                offset_mismatch += 1
            if m.get("type") in skip_types:
                skipped[m.get("type")] += 1
                continue
            cls = KIND_TO_CLASS.get(m.get("kind"))
            if cls is None:
                unmapped[m.get("kind")] += 1
                continue
            span = mention_tokens(starts, ends, s, e)
            if span is None:
                no_token += 1
                continue
            if (cls, span) in seen:
                duplicates += 1
                continue
            seen.add((cls, span))
            preds[cls].append(span)
            pred_info[cls].append((m.get("kind"), m.get("type", "?")))

        for cls in CLASSES:
            g, p = golds[cls], preds[cls]
            gset = set(g)
            exact_pred = [span in gset for span in p]
            pset = set(p)
            exact_gold = sum(1 for span in g if span in pset)
            mg, mp = match_overlap(g, p)
            c = counts[cls]
            c["gold"] += len(g)
            c["pred"] += len(p)
            c["exact_tp_pred"] += sum(exact_pred)
            c["exact_tp_gold"] += exact_gold
            c["overlap_tp"] += len(mg)
            for i, span in enumerate(g):
                if i not in mg:
                    missed[cls][span_text(span)] += 1
            for j, span in enumerate(p):
                kind, mtype = pred_info[cls][j]
                t = by_type[mtype]
                t["pred"] += 1
                t["exact"] += exact_pred[j]
                t["overlap"] += j in mp
                if j not in mp:
                    s = span_text(span)
                    false_pos[cls][s] += 1
                    fp_kinds[cls][s]["%s/%s" % (kind, mtype)] += 1
                    for other in CLASSES:
                        if other != cls and any(overlap_len(span, x) > 0 for x in golds[other]):
                            confusion[(cls, other)] += 1
                            break

    table = {}
    tot = collections.Counter()
    for cls in CLASSES:
        c = counts[cls]
        tot.update(c)
        table[cls] = summarise(c)
    table["micro"] = summarise(tot)

    def top(counter, kinds=None):
        rows = []
        for s, n in counter.most_common(TOP_N):
            row = {"string": s, "count": n}
            if kinds is not None:
                row["as"] = kinds[s].most_common(1)[0][0]
            rows.append(row)
        return rows

    return {
        "table": table,
        "missed": {c: top(missed[c]) for c in CLASSES},
        "missed_distinct": {c: len(missed[c]) for c in CLASSES},
        "false_positives": {c: top(false_pos[c], fp_kinds[c]) for c in CLASSES},
        "by_mention_type": {
            t: {
                "pred": v["pred"],
                "exact": v["exact"],
                "overlap": v["overlap"],
                "precision_overlap": round(v["overlap"] / v["pred"], 4) if v["pred"] else 0.0,
            }
            for t, v in sorted(by_type.items(), key=lambda kv: -kv[1]["pred"])
        },
        "cross_class": {"%s->%s" % k: n for k, n in confusion.most_common()},
        "checks": {
            "duplicate_predictions_dropped": duplicates,
            "surface_offset_mismatches": offset_mismatch,
            "mentions_on_no_token": no_token,
            "unmapped_kinds": dict(unmapped),
            "skipped_by_type": dict(skipped),
        },
    }


def summarise(c):
    ep, er, ef = prf(c["exact_tp_pred"], c["exact_tp_gold"], c["pred"], c["gold"])
    op, orr, of = prf(c["overlap_tp"], c["overlap_tp"], c["pred"], c["gold"])
    r4 = lambda x: round(x, 4)
    return {
        "gold": c["gold"],
        "pred": c["pred"],
        "exact": {"tp": c["exact_tp_gold"], "precision": r4(ep), "recall": r4(er), "f1": r4(ef)},
        "overlap": {"tp": c["overlap_tp"], "precision": r4(op), "recall": r4(orr), "f1": r4(of)},
    }


# --------------------------------------------------------------------------
# Output


def print_report(result, info):
    print("ANERcorp: %s" % info["corpus"])
    print(
        "  %d tokens (%d empty dropped), %d pseudo-documents scored%s"
        % (
            info["tokens"],
            info["empty_tokens_dropped"],
            info["docs"],
            " (--limit-docs %d of %d)" % (info["docs"], info["docs_total"])
            if info["docs"] < info["docs_total"]
            else "",
        )
    )
    print("tahaluf: %s (%.1f s; %s)" % (info["binary"], info["seconds"], info["tahaluf_stderr"]))
    if info["skip_types"]:
        print("  left out (--skip-types): %s" % ", ".join(
            "%s %d" % (t, result["checks"]["skipped_by_type"].get(t, 0)) for t in info["skip_types"]))
    print()
    head = "%-6s %6s %6s | %-26s | %-26s" % ("class", "gold", "pred", "exact  P / R / F1 (tp)", "overlap  P / R / F1 (tp)")
    print(head)
    print("-" * len(head))
    for cls in CLASSES + ("micro",):
        row = result["table"][cls]
        cells = []
        for crit in ("exact", "overlap"):
            x = row[crit]
            cells.append(
                "%5.1f / %5.1f / %5.1f (%4d)"
                % (100 * x["precision"], 100 * x["recall"], 100 * x["f1"], x["tp"])
            )
        print("%-6s %6d %6d | %-26s | %-26s" % (cls, row["gold"], row["pred"], cells[0], cells[1]))
    print("(percent; exact: same class and first/last token; overlap: same class, "
          "spans overlap, one-to-one)")

    print()
    print("Predictions by mention type (how many match a gold entity of their class):")
    print("  %-10s %6s %6s %8s %9s" % ("type", "pred", "exact", "overlap", "P(ovl)%"))
    for t, v in result["by_mention_type"].items():
        print("  %-10s %6d %6d %8d %9.1f" % (t, v["pred"], v["exact"], v["overlap"], 100 * v["precision_overlap"]))

    if result["cross_class"]:
        print()
        print("Unmatched predictions lying on a gold entity of another class (pred->gold):")
        print("  " + ", ".join("%s %d" % kv for kv in result["cross_class"].items()))

    for cls in CLASSES:
        print()
        print("Most frequent missed %s gold strings (%d distinct missed):"
              % (cls, result["missed_distinct"][cls]))
        for r in result["missed"][cls]:
            print("  %5d  %s" % (r["count"], r["string"]))
    for cls in CLASSES:
        print()
        print("Most frequent %s false positives (kind/type as tahaluf output them):" % cls)
        for r in result["false_positives"][cls]:
            print("  %5d  %s  [%s]" % (r["count"], r["string"], r["as"]))

    print()
    checks = result["checks"]
    print(
        "checks: %d surface/offset mismatches, %d mentions on no token, "
        "%d duplicate predictions dropped, unmapped kinds: %s"
        % (
            checks["surface_offset_mismatches"],
            checks["mentions_on_no_token"],
            checks["duplicate_predictions_dropped"],
            checks["unmapped_kinds"] or "none",
        )
    )


def main():
    repo_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    default_corpus = os.path.normpath(
        os.path.join(repo_root, "..", "shared", "datasets", "ANERcorp", "ANERCorp")
    )
    ap = argparse.ArgumentParser(
        description="Score tahaluf's actor recognition against ANERcorp PERS/LOC/ORG."
    )
    ap.add_argument("tahaluf", help="path to the tahaluf binary")
    ap.add_argument("corpus", nargs="?", default=default_corpus,
                    help="ANERcorp file (default: %(default)s)")
    ap.add_argument("--limit-docs", type=int, default=0, metavar="N",
                    help="score only the first N pseudo-documents")
    ap.add_argument("--skip-types", default="", metavar="LIST",
                    help="comma-separated mention types to leave out (e.g. demonym,title)")
    ap.add_argument("--json", action="store_true", help="print a JSON object instead of tables")
    args = ap.parse_args()

    if not os.path.isfile(args.corpus):
        print("skipped: %s is absent" % args.corpus)
        return 0
    if not (os.path.isfile(args.tahaluf) and os.access(args.tahaluf, os.X_OK)):
        ap.error("%s is not an executable file" % args.tahaluf)

    tokens, dropped = read_corpus(args.corpus)
    chunks = chunk_corpus(tokens)
    total_chunks = len(chunks)
    if args.limit_docs > 0:
        chunks = chunks[: args.limit_docs]

    docs = []
    spans_by_doc = {}
    for d, (first, end) in enumerate(chunks):
        doc_id = "anercorp-%04d" % d
        text, starts, ends = build_text(tokens, first, end)
        docs.append((doc_id, text))
        spans_by_doc[doc_id] = (text.encode("utf-8"), starts, ends)

    mentions, err, seconds = run_tahaluf(args.tahaluf, docs)
    mentions_by_doc = collections.defaultdict(list)
    for m in mentions:
        mentions_by_doc[m["doc"]].append(m)

    skip_types = {t.strip() for t in args.skip_types.split(",") if t.strip()}
    result = score(tokens, chunks, mentions_by_doc, spans_by_doc, skip_types)
    info = {
        "corpus": args.corpus,
        "binary": args.tahaluf,
        "tokens": sum(end - first for first, end in chunks),
        "empty_tokens_dropped": dropped,
        "docs": len(chunks),
        "docs_total": total_chunks,
        "mentions": len(mentions),
        "seconds": round(seconds, 2),
        "skip_types": sorted(skip_types),
        "tahaluf_stderr": err.replace("tahaluf: ", "") or "no summary",
    }

    if args.json:
        result["info"] = info
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        sys.stdout.flush()
        print("score_anercorp: done", file=sys.stderr)
    else:
        print_report(result, info)
        print("score_anercorp: done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
