#!/usr/bin/env bash
# The hostile-input table (issue 11): one row per class of input that once
# crashed, hung or silently lost data. Each row runs one command on a
# hostile input and asserts
#   - the exit status (0 all went well, 1 some input was bad and skipped,
#     2 usage error),
#   - a message fragment naming the file and the line, byte offset or depth,
#   - that nothing was lost or half-written: the good lines of the same
#     input still processed, an -o target untouched on failure, no
#     temporary file left.
# The rows are the regression tests of the fixes; run on the ASan+UBSan
# build too (tools/setup.sh test), where any sanitizer report fails them.
#
# Usage: tests/hostile_test.sh TAHALUF_BINARY
set -uo pipefail
bin=$(realpath "$1")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export TAHALUF_DATA=$here/data
pass=0
fail=0
rows=0

# row NAME STATUS FRAGMENT -- COMMAND...: runs COMMAND (stdout in out,
# stderr in err) and checks its exit status and that stderr holds FRAGMENT
# ("" for none expected); NAME heads the checks that follow with `also`.
row() {
  current=$1
  local want=$2 fragment=$3
  shift 4
  rows=$((rows + 1))
  "$@" >out 2>err
  local got=$?
  if [ "$got" -ne "$want" ]; then
    fail=$((fail + 1))
    echo "FAIL: $current: exit status $got, expected $want"
    sed 's/^/    /' err | head -5
  else
    pass=$((pass + 1))
  fi
  if [ -n "$fragment" ] && ! grep -qF -- "$fragment" err; then
    fail=$((fail + 1))
    echo "FAIL: $current: no '$fragment' in:"
    sed 's/^/    /' err | head -5
  fi
  # A sanitizer report fails the row whatever the status.
  if grep -q "runtime error:\|AddressSanitizer\|LeakSanitizer" err; then
    fail=$((fail + 1))
    echo "FAIL: $current: sanitizer report:"
    head -20 err | sed 's/^/    /'
  fi
}
# also WHAT CONDITION...: a further check of the current row.
also() {
  local what=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $current: $what"; fi
}
has() { grep -qF -- "$2" "$1"; }
no_temporary_files() { ! ls -a . | grep -q '\.tmp\.'; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

good_line='{"id":"good","text":"Egypt and Turkey signed a defence pact in Ankara.","date":"2025-01-05"}'
cp "$here/graphs/example.json" g.json
"$bin" index g.json 2>/dev/null
"$bin" extract --quiet "$here/graphs/articles/01_ar_saudi_pakistan_pact.txt" >good.triples
good_triple=$(head -1 good.triples)

# ---- 1. Deep JSON nesting: refused by line and depth; the rest of the
# file still read (it was a stack overflow, SIGSEGV, for every reader).
python3 -c "print('[' * 1000000)" >deep.jsonl
echo "$good_line" >>deep.jsonl
row "deep nesting, JSON Lines" 1 "deep.jsonl:1: byte 100: nested deeper than 100 levels (column 101)" -- \
  "$bin" extract deep.jsonl
also "the good line is still extracted" has out '"doc":"good"'
{ echo "$good_triple"; python3 -c "print('{\"a\":' * 300000)"; } >deep.triples.jsonl
row "deep nesting, triple lines" 1 "deep.triples.jsonl:2: not JSON: nested deeper than 100 levels (column 501)" -- \
  "$bin" build deep.triples.jsonl -o deep_built.json
also "the good triple is still in the graph" test "$("$bin" stats deep_built.json --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["ties"])')" -ge 1
python3 -c "
import sys
print('{\"format\":\"tahaluf-graph\",\"x\":' + '[' * 1000000)" >deep.json
cp g.json before.json
row "deep nesting, graph file" 1 "deep.json: byte 129: not JSON: nested deeper than 100 levels" -- \
  "$bin" export deep.json --format json -o before.json
also "-o target untouched" cmp -s before.json g.json
also "no temporary file left" no_temporary_files
row "deep nesting, graph file among others" 1 "deep.json: byte 129: not JSON: nested deeper than 100" -- \
  "$bin" merge deep.json g.json -o merged.json
also "the good graph is merged all the same" cmp -s merged.json g.json

# ---- 2. A damaged index file whose stamp still matches: passed over with
# a note, the JSON read instead, the same answers (a crash in path and
# balance, wrong answers elsewhere).
"$bin" path g.json "Khalifa Haftar" "Saudi Arabia" >path.want 2>/dev/null
"$bin" balance g.json >balance.want 2>/dev/null
"$bin" stats g.json --json >stats.want 2>/dev/null
cp g.json.tix tix.good
python3 - <<'PY'
# One byte of a tie record flipped, the stamp left as it is.
data = bytearray(open("tix.good", "rb").read())
data[len(data) // 3] ^= 0x40
open("g.json.tix", "wb").write(data)
PY
row "damaged index file" 0 "g.json.tix: byte" -- "$bin" path g.json "Khalifa Haftar" "Saudi Arabia"
also "the note names the damage" has err "damaged: the checksum at its end does not match"
also "the note says the graph file is read instead" has err "reading g.json instead"
also "the same answer as from the JSON" cmp -s out path.want
# Forged: arcs out of order, sealed with a good checksum (as a program that
# rewrote the file would). The structure checks catch it (a SIGSEGV in path
# and balance, before).
python3 - <<'PY'
import struct
P1, P2, P3, P5 = 0x9E3779B185EBCA87, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5
M = (1 << 64) - 1
rotl = lambda x, r: ((x << r) | (x >> (64 - r))) & M
def checksum(b):  # tie_index_file.cc's Checksum
    lanes = [(P1 + P2) & M, P2, 0, (-P1) & M]
    n = len(b) // 32 * 32
    for at in range(0, n, 32):
        for k in range(4):
            w = struct.unpack_from("<Q", b, at + 8 * k)[0]
            lanes[k] = rotl((lanes[k] + w * P2) & M, 31) * P1 & M
    h = (rotl(lanes[0], 1) + rotl(lanes[1], 7) + rotl(lanes[2], 12) + rotl(lanes[3], 18) + len(b)) & M
    for c in b[n:]:
        h ^= c * P5 & M
        h = rotl(h, 11) * P1 & M
    h ^= h >> 33; h = h * P2 & M; h ^= h >> 29; h = h * P3 & M
    return h ^ (h >> 32)
data = bytearray(open("tix.good", "rb").read())
assert checksum(bytes(data[:-8])) == struct.unpack_from("<Q", data, len(data) - 8)[0]
count = struct.unpack_from("<8Q", data, 40)
offset = struct.unpack_from("<8Q", data, 104)
actors = count[1]
arc_offsets = struct.unpack_from("<%dI" % (actors + 1), data, offset[5])
for v in range(actors):  # each actor's arcs in reverse (path and balance crashed on it)
    b, e = offset[6] + 12 * arc_offsets[v], offset[6] + 12 * arc_offsets[v + 1]
    records = [data[k:k + 12] for k in range(b, e, 12)]
    data[b:e] = b"".join(reversed(records))
struct.pack_into("<Q", data, len(data) - 8, checksum(bytes(data[:-8])))
open("g.json.tix", "wb").write(data)
# Forged too: the high bit set on the first letter of the strings (an
# actor's name), sealed again (every export wrote it out, invalid UTF-8).
data = bytearray(open("tix.good", "rb").read())
at = offset[7]
while not chr(data[at]).isalpha():
    at += 1
data[at] |= 0x80
struct.pack_into("<Q", data, len(data) - 8, checksum(bytes(data[:-8])))
open("tix.not_utf8", "wb").write(data)
PY
row "forged index file: arcs out of order" 0 "is out of order or comes twice" -- \
  "$bin" path g.json "Khalifa Haftar" "Saudi Arabia"
also "the same answer as from the JSON" cmp -s out path.want
row "forged index file, balance" 0 "reading g.json instead" -- "$bin" balance g.json
also "the same answer as from the JSON" cmp -s out balance.want
cp tix.not_utf8 g.json.tix
row "forged index file: a string not UTF-8" 0 "a string is not UTF-8" -- "$bin" stats g.json --json
also "the same answer as from the JSON" cmp -s out stats.want
cp tix.good g.json.tix

# ---- 3. Huge numbers in flags: a usage error, exit 2 (an uncaught
# std::out_of_range, exit 134, before).
huge=99999999999999999999
cp g.json keep.json
for args in "export g.json --format json --top $huge" "export g.json --format json --around Egypt --depth $huge" \
            "render g.json --min-evidence $huge" "report g.json --diagram-top $huge" \
            "report g.json --top $huge" "path g.json Egypt Qatar --max $huge" "path g.json Egypt Qatar --k $huge" \
            "neighbors g.json Egypt --depth $huge" "brokers g.json --sample $huge" "stats g.json --top $huge" \
            "timeline g.json Egypt --max $huge" "blocs g.json --min-evidence $huge" "export g.json --format json --top -1" \
            "path g.json Egypt Qatar --k 1e3"; do
  flag=$(echo "$args" | grep -o -- '--[a-z-]* [^ ]*$' | cut -d' ' -f1)
  # shellcheck disable=SC2086
  row "huge number: $args" 2 "$flag takes a whole number from 0 to 999999999" -- "$bin" $args -o keep.json
  also "-o target untouched" cmp -s keep.json g.json
done

# ---- 4. A name that names nothing: a usage error (a 0-hop path to
# whichever actor had an empty field, before).
row "empty names, path" 2 "path: FROM '' names no actor" -- "$bin" path g.json "" ""
also "nothing printed" test ! -s out
row "blank name, neighbors" 2 "neighbors: ACTOR '  ' names no actor" -- "$bin" neighbors g.json "  "
row "punctuation as a name, timeline" 2 "timeline: ACTOR '.' names no actor" -- "$bin" timeline g.json "."
row "blank name, render --around" 2 "--around: ' ' names no actor" -- "$bin" render g.json --around " " -o x.svg

# ---- 5. Invalid UTF-8 entering through JSON: a lone surrogate escape in
# an article, raw bad bytes, duplicate ids, bad numbers, another version
# in a graph file; refused with file and byte offset.
{ echo '{"id":"s","text":"Egypt and Qatar signed a defence pact. \udc00"}'; echo "$good_line"; } >surrogate.jsonl
row "lone surrogate escape in an article" 1 "surrogate.jsonl:1: byte 57: a \\u escape of half a surrogate pair" -- \
  "$bin" build surrogate.jsonl -o surrogate.json
also "the good line is in the graph" has surrogate.json '"doc": "good"'
# A raw bad byte in an article's line (the line is checked whole; its
# strings again only where a \u escape could make them invalid), and an
# escape that is a whole character, which is read.
{ printf '{"id":"r","text":"Egypt and Qatar signed a defence pact. \xff"}\n'; echo "$good_line";
  echo '{"id":"esc","text":"\u0645\u0635\u0631 and Qatar signed a defence pact."}'; } >raw_line.jsonl
row "raw bad byte in an article line" 1 "raw_line.jsonl:1: byte 57: invalid UTF-8; the line is skipped" -- \
  "$bin" extract raw_line.jsonl -o raw_line.out.jsonl
also "the good line is extracted" has raw_line.out.jsonl '"doc":"good"'
also "the escaped line is extracted" has raw_line.out.jsonl '"doc":"esc"'
"$bin" export surrogate.json --format graphml -o s.graphml 2>/dev/null
"$bin" export surrogate.json --format gexf -o s.gexf 2>/dev/null
"$bin" export surrogate.json --format node-link -o s.nl.json 2>/dev/null
also "the exports are UTF-8" python3 -c "
import sys
for f in ['s.graphml', 's.gexf', 's.nl.json', 'surrogate.json']:
    open(f, 'rb').read().decode('utf-8')"
if python3 -c "import networkx" 2>/dev/null; then
  also "networkx reads the exports" python3 -c "
import json, networkx as nx
nx.read_graphml('s.graphml'); nx.read_gexf('s.gexf')
nx.node_link_graph(json.load(open('s.nl.json', encoding='utf-8')))"
fi
graph() {  # graph NODES EDGES: a graph file around them
  printf '{"format":"tahaluf-graph","version":1,"nodes":[%s],"edges":[%s]}\n' "$1" "$2"
}
edge='{"source":"A","target":"B","relation":"meet","evidence":[{"doc":"d","sentence":1,"start":0,"end":3,"text":"t"}]}'
graph '{"id":"A","name":"\udc00"},{"id":"B"}' "$edge" >g_surrogate.json
printf '{"format":"tahaluf-graph","version":1,"nodes":[{"id":"A","name":"\xff"},{"id":"B"}],"edges":[%s]}\n' "$edge" >g_raw.json
graph '{"id":"A"},{"id":"B"},{"id":"A","name":"Another"}' "$edge" >g_dup.json
graph '{"id":"A"},{"id":"B"}' "${edge/\"sentence\":1/\"sentence\":-1}" >g_negative.json
graph '{"id":"A"},{"id":"B"}' "${edge/\"end\":3/\"end\":99999999999}" >g_huge.json
graph '{"id":"A"},{"id":"B"}' "$edge" | sed 's/"version":1/"version":99/' >g_v99.json
graph '{"id":"A\u0000B"},{"id":"B"}' "$edge" >g_nul.json
for case in "g_surrogate.json: byte 65: not JSON: a \\u escape of half a surrogate pair" \
            "g_raw.json: byte 65: not JSON: invalid UTF-8 in a string" \
            "g_dup.json: byte 69: node #2: id 'A' is node #0's too" \
            "g_negative.json: byte 158: edge #0: evidence's \"sentence\", \"start\" and \"end\" must be whole" \
            "g_huge.json: byte 176: edge #0: evidence's \"sentence\", \"start\" and \"end\" must be whole" \
            "g_v99.json: byte 36: graph file version 99: this tahaluf reads version 1" \
            "g_nul.json: byte 47: node #0: its id holds a control character"; do
  file=${case%%:*}
  row "graph file: ${file%.json}" 1 "$case" -- "$bin" export "$file" --format dot -o keep.json
  also "-o target untouched" cmp -s keep.json g.json
  row "graph file among others: ${file%.json}" 1 "$file: byte" -- "$bin" build "$file" g.json -o built.json
  also "the good graph is built all the same" cmp -s built.json g.json
done

# ---- 6. One bad byte in a knowledge file costs its row, not the file,
# and the run says so with exit status 1 (the whole actors.tsv was dropped
# and build exited 0, before).
mkdir lex
cp "$here"/data/*.tsv lex/
line=$(grep -n '^SISI	' lex/actors.tsv | cut -d: -f1)
python3 - "$line" <<'PY'
import sys
line = int(sys.argv[1])
rows = open("lex/actors.tsv", "rb").read().split(b"\n")
rows[line - 1] = rows[line - 1].replace(b"Sisi", b"Si\xffi", 1)
open("lex/actors.tsv", "wb").write(b"\n".join(rows))
PY
"$bin" build "$here"/graphs/articles/*.txt -o full.json 2>/dev/null
row "bad byte in actors.tsv" 1 "lex/actors.tsv:$line: byte" -- \
  "$bin" build --lexicon lex "$here"/graphs/articles/*.txt -o partial.json
also "the row is named as skipped" has err "invalid UTF-8; row skipped"
also "build says its graph lacks them" has err "knowledge row(s) skipped: partial.json was built without them"
also "only that row's actor is missing" python3 -c "
import json
full = {n['id'] for n in json.load(open('full.json'))['nodes']}
part = {n['id'] for n in json.load(open('partial.json'))['nodes']}
assert len(full - part) <= 2 and len(part) >= len(full) - 2, (len(full), len(part), sorted(full - part))"
row "bad byte in actors.tsv, extract" 1 "knowledge row(s) skipped" -- \
  "$bin" extract --lexicon lex "$here/graphs/articles/01_ar_saudi_pakistan_pact.txt"
row "bad byte in actors.tsv, lexicon check" 1 "actors.tsv:$line: byte" -- "$bin" lexicon check --lexicon lex
# A knowledge row the loader must refuse: the project's files with ROW
# appended to FILE; lexicon check names the row's line and MESSAGE.
bad_knowledge_row() {
  local name=$1 file=$2 line_text=$3 message=$4 dir
  dir=lex_$(echo "$name" | tr -c 'a-z' '_')
  mkdir "$dir"
  cp "$here"/data/*.tsv "$dir"/
  printf '%s\n' "$line_text" >> "$dir/$file"
  row "$name, lexicon check" 1 "$file:$(wc -l < "$dir/$file"): $message" -- "$bin" lexicon check --lexicon "$dir"
}
# A state-led body whose leader is no state; a person as a body's branch; an
# attendance cue that is no visit.
bad_knowledge_row "lead_state on a person" roles.tsv "$(printf 'SISI\tleads\tSAUDI_COALITION\tlead_state\t2015\t')" \
  "'SISI' is no state, which lead_state needs; row skipped"
bad_knowledge_row "branch on a person" roles.tsv "$(printf 'SISI\tmember_of\tEGY\tbranch\t2014\t')" \
  "'SISI': position branch is for a body (not a person or state) that is member_of another; row skipped"
bad_knowledge_row "attend cue with another relation" cues.tsv "$(printf 'en\tmeet\tattended by\tattend')" \
  "attend cues take relation 'visit'"

# ---- 7. Concurrent writers: each index file describes the graph file its
# own process wrote, so an index that is used always agrees with the JSON
# (in 3 of 12 rounds of 4 merges it did not, before).
python3 - <<'PY'
import json
g = json.load(open("g.json", encoding="utf-8"))
for k in range(4):  # four different graphs: every fourth edge left out
    v = dict(g, edges=[e for i, e in enumerate(g["edges"]) if i % 4 != k])
    json.dump(v, open("v%d.json" % k, "w", encoding="utf-8"), ensure_ascii=False)
PY
mismatches=0
for round in $(seq 12); do
  for k in 0 1 2 3; do "$bin" merge "v$k.json" -o same.json --quiet & done
  wait
  "$bin" stats same.json --json >from_index 2>/dev/null
  "$bin" stats - --json <same.json >from_json 2>/dev/null
  cmp -s from_index from_json || mismatches=$((mismatches + 1))
done
row "4 concurrent merges -o same.json, 12 rounds" 0 "" -- true
also "the index file used always agrees with the graph file ($mismatches rounds did not)" test "$mismatches" -eq 0
also "no temporary file left" no_temporary_files

# ---- 8. The minor ones.
# A triple line whose subject has no id, or an empty one (hashing it
# copied from a null pointer: UBSan's report, in the sanitizer run).
{ echo '{"subject":{"id":""},"relation":"meet","object":{"id":"B"}}'
  echo '{"subject":{"name":"x"},"relation":"meet","object":{"id":"B"}}'
  echo "$good_triple"; } >empty_id.triples.jsonl
row "empty id in a triple line" 1 'empty_id.triples.jsonl:1: a triple needs "subject" and "object" objects' -- \
  "$bin" build empty_id.triples.jsonl -o empty_id.json
also "the good triple is built" test -s empty_id.json
{ echo '{"subject":{"id":"A\u0000B"},"relation":"meet","object":{"id":"B"}}'; echo "$good_triple"; } >nul.triples.jsonl
row "NUL in a triple line's id" 1 "nul.triples.jsonl:1: a subject or object id holds a control character" -- \
  "$bin" build nul.triples.jsonl -o nul.json
# -o keeps the file's mode and writes through a symbolic link.
cp g.json real.json
chmod 640 real.json
ln -s real.json link.json
row "-o through a symlink to a file of mode 640" 0 "" -- "$bin" export g.json --format dot -o link.json
also "the link is still a link" test -L link.json
also "its target was written" has real.json "digraph"
also "the mode is kept" test "$(stat -c %a real.json)" = 640
# SIGTERM during a write leaves no temporary file, and the -o target whole.
python3 "$here/tools/synthetic_graph.py" 30000 --seed 3 >big.json
cp g.json target.json
caught=0
for attempt in 1 2 3 4 5; do
  "$bin" build big.json -o target.json --no-index --quiet 2>/dev/null &
  pid=$!
  for _ in $(seq 4000); do
    ls target.json.tmp.* >/dev/null 2>&1 && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.002
  done
  kill -STOP $pid 2>/dev/null
  if ls target.json.tmp.* >/dev/null 2>&1; then
    kill -TERM $pid
    kill -CONT $pid
    wait $pid
    status=$?
    caught=1
    break
  fi
  kill -CONT $pid 2>/dev/null
  wait $pid
  cp g.json target.json
done
row "SIGTERM during a write" 0 "" -- true
also "the write was caught in the act" test "$caught" -eq 1
also "the process ended by SIGTERM" test "${status:-0}" -eq 143
also "no temporary file left" no_temporary_files
also "the -o target untouched" cmp -s target.json g.json
# 2024-02-31 is no date.
printf -- '---\ndate: 2024-02-31\n---\nEgypt and Qatar signed a defence pact.\n' >feb31.txt
printf '{"id":"f","text":"Egypt and Qatar signed a defence pact.","date":"2024-02-31"}\n%s\n' "$good_line" >feb31.jsonl
row "front matter date 2024-02-31" 1 "feb31.txt:2: front matter date is not ISO (yyyy-mm-dd): 2024-02-31" -- \
  "$bin" extract feb31.txt
row "JSON Lines date 2024-02-31" 1 'feb31.jsonl:1: "date" is not ISO (yyyy-mm-dd): 2024-02-31' -- "$bin" extract feb31.jsonl
also "the good line is extracted" has out '"doc":"good"'
row "--since 2024-02-31" 2 "--since takes a date YYYY, YYYY-MM or YYYY-MM-DD, not '2024-02-31'" -- \
  "$bin" stats g.json --since 2024-02-31
row "--since 2024-02-29 (a leap day)" 0 "" -- "$bin" stats g.json --since 2024-02-29

# An article longer than the reader's 64 KB block, and the same read through
# a pipe (no size known ahead): every block is read, none twice.
for i in $(seq 1 3000); do echo "Egypt and Qatar signed a defence pact on day $i."; done >long.txt
"$bin" extract - <long.txt >long_stdin.jsonl 2>/dev/null
row "article of 150 KB, read in blocks" 0 "" -- "$bin" extract long.txt
also "as many triples as read from standard input" test "$(wc -l <out)" -eq "$(wc -l <long_stdin.jsonl)"
also "the last sentence is read" grep -q "day 3000\." out
row "article of 150 KB through a pipe" 0 "" -- "$bin" extract <(cat long.txt)
also "as many triples as the file gives" test "$(wc -l <out)" -eq "$(wc -l <long_stdin.jsonl)"

echo "hostile inputs: $rows rows, $pass checks passed, $fail failed"
test "$fail" -eq 0
