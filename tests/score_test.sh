#!/usr/bin/env bash
# Extraction quality guard: runs `tahaluf extract` over two article sets and
# scores it with ../shared/eval/score.py:
#   dev  the real news articles in ../shared/eval/dev
#   own  articles we wrote ourselves, with gold triples annotated before the
#        tool was run on them (tests/extraction/), a check that the rules
#        carry over to text they were not first tuned on
#   heldout  articles a helper wrote and annotated without seeing the rules
#        or the output (tests/heldout/); developers look at its figures only,
#        never at its errors
#   dev3  a blind batch like held-out (tests/dev3/), scored once before its
#        errors were read (README), a development set since
#   blind2  a blind batch (tests/blind2/) scored once at the end of
#        session 3 (README); like held-out, figures only from then on
# Fails when a figure drops below the level reached so far
# (tests/score_floor.txt). Skipped, with a message, where ../shared is absent.
# Usage: tests/score_test.sh TAHALUF_BINARY
set -euo pipefail
bin=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${TAHALUF_SHARED:-$here/../shared}
if [ ! -d "$shared/eval/dev" ] || [ ! -f "$shared/eval/score.py" ]; then
  echo "skipped: $shared/eval is absent, so the extraction scores are not checked"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" extract --quiet "$shared"/eval/dev/*.txt -o "$work/dev.jsonl"
"$bin" extract --quiet "$here"/tests/extraction/*.txt -o "$work/own.jsonl"
"$bin" extract --quiet "$here"/tests/heldout/*.txt -o "$work/heldout.jsonl"
"$bin" extract --quiet "$here"/tests/dev3/*.txt -o "$work/dev3.jsonl"
"$bin" extract --quiet "$here"/tests/blind2/*.txt -o "$work/blind2.jsonl"
gold_of() {
  case $1 in
    dev) echo "$shared/eval/dev" ;;
    own) echo "$here/tests/extraction" ;;
    heldout) echo "$here/tests/heldout" ;;
    dev3) echo "$here/tests/dev3" ;;
    blind2) echo "$here/tests/blind2" ;;
  esac
}
for set in dev own heldout dev3 blind2; do
  gold=$(gold_of $set)
  echo "== $set"
  python3 "$shared/eval/score.py" "$gold" "$work/$set.jsonl" | tail -4
done
python3 - "$shared" "$here" "$work" "$here/tests/score_floor.txt" <<'PY'
import json, subprocess, sys
shared, here, work, floor_file = sys.argv[1:5]
figures = {}
for name, gold in (("dev", f"{shared}/eval/dev"), ("own", f"{here}/tests/extraction"),
                   ("heldout", f"{here}/tests/heldout"), ("dev3", f"{here}/tests/dev3"),
                   ("blind2", f"{here}/tests/blind2")):
    rep = json.loads(subprocess.check_output(
        [sys.executable, f"{shared}/eval/score.py", gold, f"{work}/{name}.jsonl", "--json"]))
    figures[f"{name}.strict_f1"] = rep["strict"]["f1"]
    figures[f"{name}.strict_precision"] = rep["strict"]["precision"]
    figures[f"{name}.pair_f1"] = rep["pair"]["f1"]
failed = False
for line in open(floor_file):
    line = line.split("#")[0].strip()
    if not line:
        continue
    name, floor = line.split()
    got = figures[name]
    ok = got + 1e-9 >= float(floor)
    failed |= not ok
    print(f"{'ok  ' if ok else 'FAIL'} {name} {got:.3f} (floor {float(floor):.3f})")
sys.exit(1 if failed else 0)
PY
