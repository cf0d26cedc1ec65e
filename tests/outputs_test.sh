#!/usr/bin/env bash
# Every command's output, byte for byte: extract, mentions, build (from
# articles, triple lines and graph files), merge, export in every format,
# render, report, path, neighbors, blocs, balance, brokers, timeline and
# stats, on the example graph (graphs/) and on a synthetic graph and
# triple file made by tools/synthetic_graph.py and tools/bench_graph.py
# (fixed seeds). Each output's SHA-256 is compared with
# tests/golden/outputs.sha256, written by the last main before the layering
# rework was merged into it (094a73b; the merge changed no byte of them), so
# a refactoring that changes a byte of any output fails here, naming the
# command.
#
# Usage: tests/outputs_test.sh TAHALUF_BINARY            compare
#        tests/outputs_test.sh --write TAHALUF_BINARY    write the manifest
# (An intended change of output, such as better extraction: --write, then
# commit tests/golden/outputs.sha256 with it.)
set -euo pipefail
write=0
if [ "${1:-}" = --write ]; then write=1; shift; fi
bin=$(realpath "$1")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
manifest=$here/tests/golden/outputs.sha256
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export TAHALUF_DATA=$here/data

python3 "$here/tools/synthetic_graph.py" 1500 --seed 5 >syn.json
python3 "$here/tools/bench_graph.py" --generate-only --actors 2000 --triples 20000 --seed 5 \
  --triples-out syn.jsonl >/dev/null
cp "$here/graphs/example.json" example.json
articles=("$here"/graphs/articles/*.txt)

mkdir out
n=0
# run NAME ARGS...: the command's standard output, and the files it writes
# under out/NAME.*, are what is compared; its exit status is recorded too.
run() {
  local name=$1; shift
  n=$((n + 1))
  local status=0
  "$bin" "$@" >"out/$name.stdout" 2>/dev/null || status=$?
  echo "$status" >"out/$name.status"
}
run extract extract "${articles[@]}"
run mentions mentions "${articles[@]}"
run build_articles build "${articles[@]}" --no-index -o out/build_articles.json
run build_triples build syn.jsonl --no-index -o out/build_triples.json
run build_graph build example.json --no-index -o out/build_graph.json
run build_mixed build "${articles[0]}" syn.json --no-index -o out/build_mixed.json
run merge merge example.json syn.json --no-index -o out/merge.json
run merge_reversed merge syn.json example.json --no-index -o out/merge_reversed.json
for g in example syn; do
  if [ $g = example ]; then a="Khalifa Haftar"; b="Saudi Arabia"; c="Egypt"; else a="Actor 3"; b="Actor 871"; c="A00001"; fi
  for f in dot json graphml gexf node-link events; do
    run ${g}_export_$f export $g.json --format $f -o out/${g}_export_$f.out
  done
  run ${g}_export_neo4j export $g.json --format neo4j -o out/${g}_export_neo4j.dir
  run ${g}_export_dot_ar export $g.json --format dot --labels ar -o out/${g}_export_dot_ar.dot
  run ${g}_export_around export $g.json --format dot --around "$c" --depth 2 -o out/${g}_export_around.dot
  run ${g}_export_path export $g.json --format json --path "$a" "$b" -o out/${g}_export_path.json
  run ${g}_export_window export $g.json --format graphml --since 2024 --until 2024-06 --min-evidence 2 \
    -o out/${g}_export_window.graphml
  run ${g}_export_top export $g.json --format dot --top 20 --cooperative -o out/${g}_export_top.dot
  run ${g}_render render $g.json --top 40 -o out/${g}_render.svg
  run ${g}_report report $g.json --diagram-top 40 -o out/${g}_report.html
  run ${g}_path path $g.json "$a" "$b"
  run ${g}_path_json path $g.json "$a" "$b" --json
  run ${g}_path_k path $g.json "$a" "$b" --k 3 --weighted
  run ${g}_path_simple path $g.json "$a" "$b" --all-simple 3 --max 20
  run ${g}_path_filtered path $g.json "$a" "$b" --cooperative --since 2023 --json
  run ${g}_neighbors neighbors $g.json "$c" --depth 2
  run ${g}_neighbors_json neighbors $g.json "$c" --json
  run ${g}_blocs blocs $g.json
  run ${g}_blocs_json blocs $g.json --json
  run ${g}_balance balance $g.json
  run ${g}_balance_json balance $g.json --json --weak
  run ${g}_brokers brokers $g.json
  run ${g}_brokers_json brokers $g.json --json --sample 100
  run ${g}_timeline timeline $g.json "$c"
  run ${g}_timeline_json timeline $g.json "$c" --by year --json
  run ${g}_stats stats $g.json
  run ${g}_stats_json stats $g.json --json --as-of 2024-05
done

(cd out && find . -type f | LC_ALL=C sort | xargs sha256sum) >sums
if [ $write = 1 ]; then
  cp sums "$manifest"
  echo "wrote $manifest: $(wc -l <sums) outputs of $n commands"
  exit 0
fi
if diff -q sums "$manifest" >/dev/null; then
  echo "ok: $(wc -l <sums) outputs of $n commands are byte-identical to tests/golden/outputs.sha256"
  exit 0
fi
echo "FAIL: outputs differ from tests/golden/outputs.sha256 (an intended change: --write):"
diff <(awk '{print $2, $1}' "$manifest") <(awk '{print $2, $1}' sums) | grep '^[<>]' | sed 's/^</  was/; s/^>/  now/'
exit 1
