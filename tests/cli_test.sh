#!/usr/bin/env bash
# The command-line tool as a user meets it: exit codes, messages that name
# the bad input, outputs never half-written, deterministic files, stdin.
# Usage: tests/cli_test.sh TAHALUF_BINARY
set -uo pipefail
bin=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
check() {  # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}
contains() { grep -qF -- "$2" "$1"; }

cat >"$work/ar.txt" <<'T'
---
date: 2025-11-20
source: test
---
التقى الرئيس المصري عبد الفتاح السيسي بالمشير خليفة حفتر في القاهرة.
T
cat >"$work/en.txt" <<'T'
Khalifa Haftar met Egyptian President Abdel Fattah el-Sisi in Cairo on Saturday.
Saudi Arabia and Egypt both back the Sudanese army.
T
printf 'Haftar visited \xff\xfe Moscow.\n' >"$work/bad_utf8.txt"
: >"$work/empty.txt"
mkdir "$work/adir"
printf '{"id":"j1","text":"Turkey accused Israel of breaking the truce."}\n{"id": broken\n{"id":"j3"}\n' >"$work/in.jsonl"

# --help everywhere, usage errors.
for c in extract build export path mentions lexicon actors render report index merge; do
  "$bin" $c --help >"$work/help" 2>&1
  check "$c --help exits 0" test $? -eq 0
  check "$c --help shows usage" contains "$work/help" "usage: tahaluf $c"
done
"$bin" frobnicate >/dev/null 2>&1; check "unknown command exits 2" test $? -eq 2
"$bin" extract --bogus "$work/en.txt" >/dev/null 2>&1; check "unknown flag exits 2" test $? -eq 2

# Good input: exit 0, one triple per line, valid JSON with the fields.
"$bin" extract "$work/ar.txt" "$work/en.txt" >"$work/t.jsonl" 2>"$work/err"
check "extract good input exits 0" test $? -eq 0
check "extract finds the Arabic meeting" contains "$work/t.jsonl" '"relation":"meet"'
python3 - "$work/t.jsonl" "$work/ar.txt" <<'PY' || fail=$((fail + 1))
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert lines, "no triples"
raw = open(sys.argv[2], "rb").read()
for t in lines:
    for k in ("doc", "sentence", "subject", "object", "relation", "polarity", "cameo",
              "plover", "negated", "hedged", "evidence"):
        assert k in t, k
    for side in ("subject", "object"):
        for k in ("id", "name", "name_ar", "kind"):
            assert k in t[side], (side, k)
    if t["doc"] == "ar":
        ev = t["evidence"]
        assert raw[ev["start"]:ev["end"]].decode("utf-8") == ev["text"], "span does not match"
print("ok: triple fields and byte spans")
PY
pass=$((pass + 1))

# Bad inputs: reported by name, skipped, the rest done, exit 1.
"$bin" extract "$work/en.txt" "$work/missing.txt" "$work/adir" "$work/bad_utf8.txt" \
  "$work/empty.txt" "$work/in.jsonl" >"$work/t2.jsonl" 2>"$work/err"
check "bad input exits 1" test $? -eq 1
check "missing file named" contains "$work/err" "missing.txt: cannot open"
check "directory named" contains "$work/err" "adir: is a directory"
check "invalid UTF-8 with byte offset" contains "$work/err" "bad_utf8.txt: byte 15: invalid UTF-8"
check "empty file named" contains "$work/err" "empty.txt: the document holds no text"
check "malformed JSONL line numbered" contains "$work/err" "in.jsonl:2: not JSON"
check "JSONL line without text numbered" contains "$work/err" 'in.jsonl:3: a line needs "id" and "text"'
check "good documents still processed" contains "$work/t2.jsonl" '"doc":"en"'
check "good JSONL line still processed" contains "$work/t2.jsonl" '"doc":"j1"'

# stdin, as text and as JSON Lines.
"$bin" extract - <"$work/en.txt" >"$work/t3.jsonl" 2>/dev/null
check "stdin text" contains "$work/t3.jsonl" '"doc":"stdin"'
head -1 "$work/in.jsonl" | "$bin" extract --jsonl - >"$work/t4.jsonl" 2>/dev/null
check "stdin JSON Lines" contains "$work/t4.jsonl" '"relation":"accuse"'

# Build: deterministic, atomic, readable back; same fact from two languages
# is one edge with two pieces of evidence.
"$bin" build "$work/ar.txt" "$work/en.txt" -o "$work/g1.json" 2>/dev/null
check "build exits 0" test $? -eq 0
"$bin" build "$work/en.txt" "$work/ar.txt" -o "$work/g2.json" 2>/dev/null
check "build is byte-identical whatever the input order" cmp -s "$work/g1.json" "$work/g2.json"
python3 - "$work/g1.json" <<'PY' || fail=$((fail + 1))
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
meet = [e for e in g["edges"] if e["relation"] == "meet" and {e["source"], e["target"]} >= {"HAFTAR"}]
assert meet, "no Haftar meeting edge"
langs = {ev["lang"] for e in meet for ev in e["evidence"]}
assert langs == {"ar", "en"}, langs
print("ok: one meeting edge with Arabic and English evidence")
PY
pass=$((pass + 1))
"$bin" build "$work/g1.json" -o "$work/g3.json" 2>/dev/null
check "a graph read back and written again is unchanged" cmp -s "$work/g1.json" "$work/g3.json"
"$bin" extract --quiet "$work/ar.txt" "$work/en.txt" -o "$work/tr.jsonl"
"$bin" build "$work/tr.jsonl" -o "$work/g4.json" 2>/dev/null
check "build from extract's triples gives the same graph" cmp -s "$work/g1.json" "$work/g4.json"

echo '{"format":"tahaluf-graph","nodes":[{"id":"A"}],"edges":[{"source":"A","target":"B","relation":"meet","evidence":[{"doc":"d"}]}]}' >"$work/badgraph.json"
"$bin" export "$work/badgraph.json" --format dot -o "$work/out.dot" 2>"$work/err"
check "malformed graph exits 1" test $? -eq 1
check "malformed graph explained" contains "$work/err" "badgraph.json: edge #0 names a node that is not in"
check "no output left behind" test ! -e "$work/out.dot"
"$bin" merge "$work/g1.json" "$work/badgraph.json" -o "$work/merged_bad.json" 2>"$work/err"
check "merge with a malformed graph exits 1" test $? -eq 1
check "merge names the malformed graph" contains "$work/err" "badgraph.json: edge #0 names a node that is not in"
check "merge keeps the good graph whole" cmp -s "$work/g1.json" "$work/merged_bad.json"
check "no temporary file left behind" test -z "$(ls "$work" | grep '\.tmp\.')"
echo '{"format":"tahaluf-graph", "nodes": [' >"$work/trunc.json"
"$bin" path "$work/trunc.json" A B 2>"$work/err"
check "truncated graph JSON exits 1" test $? -eq 1
check "truncated graph JSON names offset" contains "$work/err" "trunc.json: byte"

# Lexicon errors: file, line, what is wrong; the rest still loads.
mkdir "$work/lex"
cp "$here"/data/*.tsv "$work/lex/"
printf 'BAD_ONE\tpersonage\tX\tاكس\t\t\t\n' >>"$work/lex/actors.tsv"
lines=$(wc -l <"$work/lex/actors.tsv")
"$bin" lexicon check --lexicon "$work/lex" >"$work/out" 2>"$work/err"
check "bad lexicon entry exits 1" test $? -eq 1
check "bad lexicon entry named by file and line" contains "$work/err" "actors.tsv:$lines: unknown kind 'personage'"
"$bin" extract --lexicon "$work/lex" "$work/en.txt" >"$work/t5.jsonl" 2>/dev/null
check "extraction goes on with the good entries" contains "$work/t5.jsonl" '"relation":"meet"'

# Path queries: the same answer named in English or Arabic; unknown names
# get suggestions.
"$bin" path "$work/g1.json" "Khalifa Haftar" "Egypt" >"$work/p_en" 2>&1
check "path in English exits 0" test $? -eq 0
"$bin" path "$work/g1.json" "حفتر" "مصر" >"$work/p_ar" 2>&1
check "path in Arabic gives the same answer" cmp -s "$work/p_en" "$work/p_ar"
check "path quotes its evidence" contains "$work/p_en" ", sentence "
"$bin" path "$work/g1.json" "Haftor" "Egypt" >/dev/null 2>"$work/err"
check "unknown actor exits 1" test $? -eq 1
check "unknown actor gets suggestions" contains "$work/err" "closest: Khalifa Haftar (HAFTAR)"

# Actors the lexicon does not know, for curators.
printf 'Greek Foreign Minister Nikola Petrakis met Turkish officials in Ankara. Petrakis later met Sisi.\n' >"$work/unknown.txt"
"$bin" actors --unknown "$work/unknown.txt" >"$work/unknown.out" 2>/dev/null
check "actors --unknown exits 0" test $? -eq 0
check "actors --unknown lists the new person" contains "$work/unknown.out" "Nikola Petrakis"
"$bin" actors --unknown --tsv "$work/unknown.txt" >"$work/unknown.tsv" 2>/dev/null
check "actors --unknown --tsv proposes actors.tsv rows" contains "$work/unknown.tsv" "X_NIKOLA_PETRAKIS	person	Nikola Petrakis"

# Index files: build and merge write G.json.tix; the analytics commands give
# the same answers with it, without it, and when it is out of date (with a
# note), and a damaged one is reported and passed over.
check "build writes the index file" test -s "$work/g1.json.tix"
check "build from triples writes the index file" test -s "$work/g4.json.tix"
"$bin" build "$work/tr.jsonl" --no-index -o "$work/g5.json" 2>/dev/null
check "build --no-index writes none" test ! -e "$work/g5.json.tix"
answers() {  # answers GRAPH OUT: what the analytics commands say about GRAPH
  { "$bin" path "$1" "Khalifa Haftar" "Egypt" --json
    "$bin" neighbors "$1" "Egypt" --json
    "$bin" stats "$1" --json
    "$bin" timeline "$1" "Khalifa Haftar" --json; } >"$2" 2>&1
}
answers "$work/g4.json" "$work/with_index"
"$bin" path "$work/g4.json" Egypt Egypt 2>"$work/err" >/dev/null
check "a fresh index file is used silently" test ! -s "$work/err"
mv "$work/g4.json.tix" "$work/g4.tix.saved"
answers "$work/g4.json" "$work/without_index"
check "answers are the same without the index file" cmp -s "$work/with_index" "$work/without_index"
"$bin" index "$work/g4.json" 2>/dev/null
check "tahaluf index writes the index file" cmp -s "$work/g4.json.tix" "$work/g4.tix.saved"
cp "$work/g4.json.tix" "$work/g5.json.tix"
"$bin" path "$work/g5.json" "Khalifa Haftar" "Egypt" >"$work/out" 2>"$work/err"
check "a stale index file is passed over" test $? -eq 0
check "a stale index file gets a note" contains "$work/err" "g5.json.tix: made from another version of the graph file"
head -c 1000 "$work/g4.tix.saved" >"$work/g4.json.tix"
touch -r "$work/g4.json" "$work/g4.json.tix"
answers "$work/g4.json" "$work/damaged_index"
check "a damaged index file is reported" grep -q "g4.json.tix: .*damaged: the checksum" "$work/damaged_index"
check "a damaged index file is passed over" test "$(grep -vc '^tahaluf: note' "$work/damaged_index")" -eq "$(wc -l <"$work/with_index")"
"$bin" merge "$work/g1.json" "$work/g4.json" -o "$work/m.json" 2>/dev/null
check "merge writes the index file" test -s "$work/m.json.tix"

# -j N: the same bytes for every N, in input order; a bad count is a usage
# error. A JSON Lines file larger than a batch is read in blocks: a bad line
# past the first block is still named by its own line number.
articles=("$here"/graphs/articles/*.txt)
"$bin" extract -j 1 "${articles[@]}" "$work/in.jsonl" >"$work/j1.jsonl" 2>/dev/null
"$bin" extract -j 3 "${articles[@]}" "$work/in.jsonl" >"$work/j3.jsonl" 2>/dev/null
check "extract -j 3 writes what -j 1 writes" cmp -s "$work/j1.jsonl" "$work/j3.jsonl"
"$bin" mentions -j1 "${articles[@]}" >"$work/m1.jsonl" 2>/dev/null
"$bin" mentions --jobs=2 "${articles[@]}" >"$work/m2.jsonl" 2>/dev/null
check "mentions --jobs=2 writes what -j1 writes" cmp -s "$work/m1.jsonl" "$work/m2.jsonl"
"$bin" build -j 1 "${articles[@]}" --no-index -o "$work/gj1.json" 2>/dev/null
"$bin" build -j 2 "${articles[@]}" --no-index -o "$work/gj2.json" 2>/dev/null
check "build -j 2 writes what -j 1 writes" cmp -s "$work/gj1.json" "$work/gj2.json"
for j in 0 x -1 1025; do
  "$bin" extract -j "$j" "$work/en.txt" >/dev/null 2>&1
  check "extract -j $j is a usage error" test $? -eq 2
done
python3 - "$work/big.jsonl" <<'PY'
import json, sys
text = "Khalifa Haftar met Egyptian President Abdel Fattah el-Sisi in Cairo. " * 40
with open(sys.argv[1], "w") as f:
    for i in range(1200):  # about 3.4 MB: more than one batch of -j 1
        f.write(json.dumps({"id": "d%d" % i, "text": text}) + "\n")
    f.write("{broken\n")
    f.write(json.dumps({"id": "last", "text": text}) + "\n")
PY
"$bin" extract -j 1 "$work/big.jsonl" >"$work/big.out" 2>"$work/err"
check "a bad line past the first block is numbered" contains "$work/err" "big.jsonl:1201: not JSON"
check "the lines after it are read" contains "$work/big.out" '"doc":"last"'
check "every good line of a large file is read" test "$(grep -o '"doc":"[^"]*"' "$work/big.out" | sort -u | wc -l)" -eq 1201

echo "$pass passed, $fail failed"
test "$fail" -eq 0
