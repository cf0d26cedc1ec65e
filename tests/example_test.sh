#!/usr/bin/env bash
# The example graph the README shows (graphs/) is what the current code
# makes from graphs/articles: regenerate it and compare byte for byte.
# Usage: tests/example_test.sh TAHALUF_BINARY
set -euo pipefail
bin=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/tools/make_example.sh" "$bin" "$work" >"$work/session.txt" 2>&1
status=0
for f in example.json example.dot example_ar.dot example.svg example.triples.jsonl; do
  if cmp -s "$work/$f" "$here/graphs/$f"; then
    echo "ok: graphs/$f is up to date"
  else
    echo "FAIL: graphs/$f differs from what the code makes; run tools/setup.sh demo and commit graphs/"
    status=1
  fi
done
exit $status
