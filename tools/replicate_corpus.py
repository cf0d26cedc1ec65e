#!/usr/bin/env python3
"""Writes a JSON Lines corpus of N articles made by repeating real ones, for
scale tests and benchmarks (`tahaluf build`, `python3 -m tahaluf.dask`).

usage: replicate_corpus.py ARTICLE_OR_FOLDER... -n N -o CORPUS.jsonl

Line i holds article i mod A (A articles, taken from the files and the .txt
files of the folders, in name order): its body (front matter left out) and
its date, lang, title and source. Its id is the article's id with "~k"
added, k = i div A, so that most lines are distinct documents; every 7th
copy (k mod 7 == 3) keeps the article's own id instead, a syndicated
duplicate whose evidence a graph holds once. Needs the tahaluf module.
"""
import argparse
import json
import os
import sys

import tahaluf


def articles(sources):
    paths = []
    for source in sources:
        if os.path.isdir(source):
            paths += sorted(os.path.join(source, n) for n in os.listdir(source) if n.endswith(".txt"))
        else:
            paths.append(source)
    return tahaluf.read_documents(paths)


def lines(docs, count):
    for i in range(count):
        doc = docs[i % len(docs)]
        copy = i // len(docs)
        record = {
            "id": doc["id"] if copy % 7 == 3 else "%s~%d" % (doc["id"], copy),
            "text": doc["text"].encode("utf-8")[doc["body_start"]:].decode("utf-8"),
            "date": doc["date"],
            "lang": doc["lang"],
            "title": doc["title"],
            "source": doc["source"],
        }
        yield json.dumps(record, ensure_ascii=False) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", help="article files and folders of .txt articles")
    parser.add_argument("-n", type=int, required=True, help="articles in the corpus")
    parser.add_argument("-o", "--output", required=True, help="the JSON Lines file to write")
    args = parser.parse_args(argv)
    docs = articles(args.sources)
    if not docs:
        parser.error("no articles in %s" % ", ".join(args.sources))
    with open(args.output, "w", encoding="utf-8") as out:
        out.writelines(lines(docs, args.n))
    print("replicate_corpus: %d articles from %d -> %s" % (args.n, len(docs), args.output),
          file=sys.stderr)


if __name__ == "__main__":
    main()
