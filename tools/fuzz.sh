#!/usr/bin/env bash
# Fuzzing with libFuzzer (clang, -fsanitize=fuzzer,address,undefined): one
# target per reader (tests/fuzz/), run one at a time, each for SECONDS, on
# one core. Builds build-fuzz/ (-DTAHALUF_FUZZ=ON) when needed, seeds each
# target from the project's own files (made here, at run time) and from
# tests/fuzz/seeds/TARGET/ (inputs that once found something, kept as
# regression seeds), keeps the corpus grown in build-fuzz/corpus/TARGET/,
# and puts what it finds in build-fuzz/findings/TARGET/. Prints, per
# target, the time, the executions and the findings; exits 1 when there is
# a finding.
#
#   tools/fuzz.sh all 480            # every target, 8 minutes each
#   tools/fuzz.sh graph_file 60      # one target
#   tools/fuzz.sh replay             # every target over its corpus and seeds, once
#
# Environment: TAHALUF_FUZZ_BUILD (default build-fuzz), CXX (clang++-14).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TAHALUF_FUZZ_BUILD:-$here/build-fuzz}
targets=(text_document json_lines triple_lines graph_file index_file knowledge extract)
what=${1:-}
seconds=${2:-60}
case "$what" in
  all | replay) chosen=("${targets[@]}") ;;
  "" | -h | --help)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2 ;;
  *)
    if [[ " ${targets[*]} " != *" $what "* ]]; then
      echo "fuzz: no target '$what' (targets: ${targets[*]})" >&2
      exit 2
    fi
    chosen=("$what") ;;
esac

# The build: the library and the targets, instrumented.
if ! command -v "${CXX:-clang++-14}" >/dev/null; then
  echo "fuzz: needs clang (apt-get install clang-14 libclang-rt-14-dev)" >&2
  exit 2
fi
cmake -S "$here" -B "$build" -DCMAKE_CXX_COMPILER="${CXX:-clang++-14}" -DCMAKE_BUILD_TYPE=Release \
  -DTAHALUF_FUZZ=ON -DTAHALUF_PYTHON=OFF -DTAHALUF_TEST=OFF >/dev/null
nice cmake --build "$build" -j2 --target "${chosen[@]/%/_fuzz}" >/dev/null

# Seeds from the project's own files, made afresh each run (small: the
# repository keeps none of them).
seeds=$build/seeds
rm -rf "$seeds"
mkdir -p "$seeds"
python3 - "$here" "$seeds" <<'PY'
import json, os, sys
here, out = sys.argv[1], sys.argv[2]
def put(target, name, data):
    os.makedirs(os.path.join(out, target), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    open(os.path.join(out, target, name), "wb").write(data)
articles = sorted(os.path.join(d, f) for d in (os.path.join(here, "graphs/articles"),
                                              os.path.join(here, "tests/extraction"))
                  for f in os.listdir(d) if f.endswith(".txt"))
for k, path in enumerate(articles):
    text = open(path, encoding="utf-8").read()
    put("text_document", "article%02d" % k, text)
    put("extract", "article%02d" % k, bytes([k % 8]) + text[:1500].encode("utf-8"))
    body = text.split("---", 2)[-1].strip()
    line = {"id": os.path.basename(path)[:-4], "text": body[:800], "date": "2025-0%d-1%d" % (1 + k % 9, k % 10)}
    put("json_lines", "article%02d" % k, json.dumps(line, ensure_ascii=k % 2 == 0) + "\n" +
        json.dumps({"id": k, "text": body[:200], "lang": "ar", "title": "t\u00e9"}) + "\n")
triples = open(os.path.join(here, "graphs/example.triples.jsonl"), encoding="utf-8").read().splitlines()
for k in range(0, len(triples), 7):
    put("triple_lines", "triples%03d" % k, "\n".join(triples[k:k + 7]) + "\n")
graph = json.load(open(os.path.join(here, "graphs/example.json"), encoding="utf-8"))
for k in range(0, min(len(graph["edges"]), 60), 5):
    edges = graph["edges"][k:k + 3]
    for e in edges:
        e["evidence"] = e["evidence"][:2]
    ids = {e["source"] for e in edges} | {e["target"] for e in edges}
    small = {"format": "tahaluf-graph", "version": 1,
             "nodes": [n for n in graph["nodes"] if n["id"] in ids], "edges": edges}
    text = json.dumps(small, ensure_ascii=k % 10 == 0, indent=1)
    put("graph_file", "graph%03d" % k, text)
    put("index_file", "graph%03d" % k, text)
    put("index_file", "patched%03d" % k, text.encode("utf-8") + b"\0" + bytes([k, 1, 0, 0, 0x41]))
names = ["countries.tsv", "actors.tsv", "roles.tsv", "titles.tsv", "words.tsv", "cues.tsv", "constructions.tsv"]
for k, name in enumerate(names):
    rows = open(os.path.join(here, "data", name), encoding="utf-8").read().splitlines()
    header = next(i for i, r in enumerate(rows) if r and not r.startswith("#"))
    for part in range(3):
        chosen = rows[header:header + 1] + rows[header + 1 + part * 25:header + 1 + (part + 1) * 25]
        put("knowledge", "%s.%d" % (name, part), bytes([k]) + "\n".join(chosen).encode("utf-8") + b"\n")
PY

max_len() {
  case $1 in
    knowledge | graph_file | index_file) echo 16384 ;;
    *) echo 8192 ;;
  esac
}
dict() {
  case $1 in
    knowledge) echo "$here/tests/fuzz/tsv.dict" ;;
    text_document | extract) echo "$here/tests/fuzz/text.dict" ;;
    *) echo "$here/tests/fuzz/json.dict" ;;
  esac
}

status=0
printf '%-14s %8s %12s %9s\n' target seconds executions findings
for t in "${chosen[@]}"; do
  corpus=$build/corpus/$t
  findings=$build/findings/$t
  mkdir -p "$corpus" "$findings"
  regression=$here/tests/fuzz/seeds/$t
  dirs=("$corpus" "$seeds/$t")
  [ -d "$regression" ] && dirs+=("$regression")
  before=$(ls "$findings" | wc -l)
  log=$build/fuzz-$t.log
  started=$(date +%s)
  if [ "$what" = replay ]; then
    # Every input once, no mutation: the regression run.
    inputs=()
    for d in "${dirs[@]}"; do for f in "$d"/*; do [ -f "$f" ] && inputs+=("$f"); done; done
    runs=${#inputs[@]}
    if ! "$build/tests/fuzz/${t}_fuzz" -timeout=10 -rss_limit_mb=2560 "${inputs[@]}" >"$log" 2>&1; then
      cp "$(grep -o 'Running: .*' "$log" | tail -1 | cut -d' ' -f2)" "$findings/" 2>/dev/null || true
      touch "$findings/replay-failed-$(date +%s)"
    fi
  else
    # -use_value_profile: comparisons guide mutation too (the readers
    # compare member names and magic bytes).
    "$build/tests/fuzz/${t}_fuzz" "${dirs[@]}" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2560 -max_len="$(max_len "$t")" -dict="$(dict "$t")" -use_value_profile=1 \
      -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1 || true
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  fi
  elapsed=$(($(date +%s) - started))
  found=$(($(ls "$findings" | wc -l) - before))
  printf '%-14s %8s %12s %9s\n' "$t" "$elapsed" "${runs:-0}" "$found"
  if [ "$found" -gt 0 ]; then
    status=1
    grep -m3 -E 'ERROR|runtime error|fuzz check failed|Test unit written' "$log" | sed 's/^/    /'
  fi
done
exit $status
