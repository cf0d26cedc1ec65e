#!/usr/bin/env bash
# Extraction quality guard: runs `tahaluf extract` over the article sets and
# scores it with ../shared/eval/score.py:
#   dev  the real news articles in ../shared/eval/dev
#   own  articles we wrote ourselves, with gold triples annotated before the
#        tool was run on them (tests/extraction/), a check that the rules
#        carry over to text they were not first tuned on
#   heldout  articles a helper wrote and annotated without seeing the rules
#        or the output (tests/heldout/); developers look at its figures only,
#        never at its errors
#   dev3 ... dev12  batches written blind like held-out (tests/dev3/ ...),
#        each scored once before its
#        errors were read (README), development sets since
#   blind2 ... blind16  blind batches (tests/blind2/ ...) scored first
#        before anyone read them (README's first-run table); like held-out,
#        figures only from then on
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
sets="dev=$shared/eval/dev own=$here/tests/extraction heldout=$here/tests/heldout dev3=$here/tests/dev3 dev4=$here/tests/dev4 dev5=$here/tests/dev5 dev6=$here/tests/dev6 dev7=$here/tests/dev7 dev8=$here/tests/dev8 dev9=$here/tests/dev9 dev10=$here/tests/dev10 dev11=$here/tests/dev11 dev12=$here/tests/dev12"
sets="$sets blind2=$here/tests/blind2 blind3=$here/tests/blind3 blind4=$here/tests/blind4 blind5=$here/tests/blind5 blind6=$here/tests/blind6 blind7=$here/tests/blind7 blind8=$here/tests/blind8 blind9=$here/tests/blind9 blind10=$here/tests/blind10 blind11=$here/tests/blind11 blind12=$here/tests/blind12 blind13=$here/tests/blind13 blind14=$here/tests/blind14 blind15=$here/tests/blind15 blind16=$here/tests/blind16"
for entry in $sets; do
  name=${entry%%=*}
  gold=${entry#*=}
  "$bin" extract --quiet "$gold"/*.txt -o "$work/$name.jsonl"
  echo "== $name"
  python3 "$shared/eval/score.py" "$gold" "$work/$name.jsonl" | tail -4
  echo "$name $gold" >> "$work/sets"
done
python3 - "$shared" "$work" "$here/tests/score_floor.txt" <<'PY'
import json, subprocess, sys
shared, work, floor_file = sys.argv[1:4]
figures = {}
for line in open(f"{work}/sets"):
    name, gold = line.split(maxsplit=1)
    rep = json.loads(subprocess.check_output(
        [sys.executable, f"{shared}/eval/score.py", gold.strip(), f"{work}/{name}.jsonl", "--json"]))
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
