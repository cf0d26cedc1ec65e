#!/usr/bin/env bash
# Extraction quality guard: runs `tahaluf extract` over the dev articles in
# ../shared/eval/dev and scores it with ../shared/eval/score.py. Fails when a
# figure drops below the level reached so far (tests/score_floor.txt).
# Skipped, with a message, where ../shared is absent.
# Usage: tests/score_test.sh TAHALUF_BINARY
set -euo pipefail
bin=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${TAHALUF_SHARED:-$here/../shared}
if [ ! -d "$shared/eval/dev" ] || [ ! -f "$shared/eval/score.py" ]; then
  echo "skipped: $shared/eval is absent, so the dev-set score is not checked"
  exit 0
fi
pred=$(mktemp)
trap 'rm -f "$pred"' EXIT
"$bin" extract --quiet "$shared"/eval/dev/*.txt -o "$pred"
python3 "$shared/eval/score.py" "$shared/eval/dev" "$pred"
python3 - "$shared" "$pred" "$here/tests/score_floor.txt" <<'PY'
import json, subprocess, sys
shared, pred, floor_file = sys.argv[1:4]
rep = json.loads(subprocess.check_output(
    [sys.executable, f"{shared}/eval/score.py", f"{shared}/eval/dev", pred, "--json"]))
figures = {
    "strict_f1": rep["strict"]["f1"],
    "strict_precision": rep["strict"]["precision"],
    "pair_f1": rep["pair"]["f1"],
}
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
