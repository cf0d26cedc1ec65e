#!/usr/bin/env bash
# Builds the example graph the README shows from the bundled articles:
# graphs/example.json, .dot (English labels), _ar.dot, .svg, and answers one
# path query. Usage: tools/make_example.sh [TAHALUF_BINARY] [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin=${1:-$here/build/tahaluf}
out=${2:-$here/graphs}
mkdir -p "$out"
export TAHALUF_DATA="$here/data"
"$bin" extract "$here"/graphs/articles/*.txt -o "$out/example.triples.jsonl"
"$bin" build "$here"/graphs/articles/*.txt -o "$out/example.json"
"$bin" export "$out/example.json" --format dot -o "$out/example.dot"
"$bin" export "$out/example.json" --format dot --labels ar -o "$out/example_ar.dot"
"$bin" export "$out/example.json" --format svg -o "$out/example.svg"
echo
echo "graph: $out/example.json, $out/example.dot, $out/example.svg"
echo
echo '$ tahaluf path graphs/example.json "Khalifa Haftar" "Saudi Arabia"'
"$bin" path "$out/example.json" "Khalifa Haftar" "Saudi Arabia"
