#!/usr/bin/env python3
"""Extraction speed, memory and scaling, against grep, in one run.

usage: tools/bench_extract.py [--bin build/tahaluf] [--mb 100] [--docs-mb 1 4 16 64]
                              [--jobs N] [--work DIR] [--keep]

From the project's own articles (graphs/articles, tests/extraction,
tests/dev3, tests/heldout: bilingual, written for the project) it makes
  - a JSON Lines corpus of --mb megabytes (the articles over and over, each
    copy with its own id) and one of 10 MB;
  - single documents of 1, 4, 16 and 64 MB (the articles' bodies one after
    another in one text file);
and prints:
  - MB/s and sentences/s of `tahaluf extract` at -j 1 and -j N (N: the
    machine's cores), and of `grep -F -o` with every name of the lexicon
    (data/actors.tsv names and aliases, data/countries.tsv capitals,
    demonyms and aliases) as patterns, on the same corpus, and the ratios;
  - whether -j 1 and -j N wrote the same bytes;
  - peak RSS of extract at 10 MB and at --mb MB (/usr/bin/time -v when
    present, else the children's ru_maxrss);
  - seconds per MB of extract -j 1 on each single document.
Timings are wall-clock seconds of one run each: on a busy machine they vary.
"""
import argparse
import hashlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ARTICLE_DIRS = ["graphs/articles", "tests/extraction", "tests/dev3", "tests/heldout"]
MB = 1_000_000


def articles():
    """(id, body, front matter) of the project's own articles, in name order."""
    out = []
    for d in ARTICLE_DIRS:
        folder = os.path.join(ROOT, d)
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                text = f.read()
            meta = {}
            if text.startswith("---\n"):
                end = text.find("\n---\n", 4)
                for line in text[4:end].split("\n"):
                    key, _, value = line.partition(":")
                    meta[key.strip()] = value.strip()
                text = text[end + 5:]
            out.append((name[:-4], text, meta))
    return out


def write_corpus(arts, path, size):
    """JSON Lines, article i mod A with id '<id>~<i div A>', until `size` bytes."""
    written = i = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < size:
            art_id, body, meta = arts[i % len(arts)]
            record = {"id": "%s~%d" % (art_id, i // len(arts)), "text": body}
            for key in ("date", "lang", "title", "source"):
                if meta.get(key):
                    record[key] = meta[key]
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            i += 1
    return i


def write_document(arts, path, size):
    """One text document: the bodies one after another until `size` bytes."""
    written = i = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write("---\ndate: 2025-01-01\n---\n")
        while written < size:
            body = arts[i % len(arts)][1].strip() + "\n\n"
            out.write(body)
            written += len(body.encode("utf-8"))
            i += 1


def lexicon_names(path):
    """Every name of the lexicon's TSV files, one a line, for grep -F."""
    names = set()

    def add(value):
        for name in value.split("|"):
            if name.strip():
                names.add(name.strip())

    for tsv, columns in (("actors.tsv", (2, 3, 4)), ("countries.tsv", (1, 2, 3, 4, 5))):
        with open(os.path.join(ROOT, "data", tsv), encoding="utf-8") as f:
            header = True
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                if header:
                    header = False
                    continue
                fields = line.rstrip("\n").split("\t")
                for c in columns:
                    if c < len(fields):
                        add(fields[c])
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(names)) + "\n")
    return len(names)


def run(cmd, out_path=os.devnull):
    """(seconds, peak RSS in KiB, stderr) of one run of `cmd`."""
    timer = shutil.which("time") and os.path.exists("/usr/bin/time")
    with open(out_path, "wb") as out, tempfile.NamedTemporaryFile("r") as rusage:
        full = (["/usr/bin/time", "-v", "-o", rusage.name] if timer else []) + cmd
        start = time.perf_counter()
        proc = subprocess.run(full, stdout=out, stderr=subprocess.PIPE)
        took = time.perf_counter() - start
        if proc.returncode not in (0, 1):
            sys.exit("bench_extract: %s failed: %s" % (" ".join(cmd), proc.stderr.decode()[-500:]))
        if timer:
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", rusage.read())
            rss = int(m.group(1)) if m else 0
        else:
            rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest so far
    return took, rss, proc.stderr.decode("utf-8", "replace")


def digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", default=os.path.join(ROOT, "build", "tahaluf"))
    parser.add_argument("--mb", type=float, default=100, help="corpus size for throughput (MB)")
    parser.add_argument("--docs-mb", type=float, nargs="*", default=[1, 4, 16, 64],
                        help="sizes of the single documents (MB)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="N of -j N")
    parser.add_argument("--work", help="folder for the generated files (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    args = parser.parse_args(argv)
    work = args.work or tempfile.mkdtemp(prefix="bench_extract.")
    os.makedirs(work, exist_ok=True)
    try:
        bench(args, work)
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)


def bench(args, work):
    arts = articles()
    arabic = sum(len(b.encode()) for _, b, _ in arts if len(re.findall("[\u0600-\u06ff]", b)) * 2 > len(b))
    total = sum(len(b.encode()) for _, b, _ in arts)
    print("articles: %d of the project's own (%d%% of bytes in Arabic ones); %d cores, load %.1f"
          % (len(arts), 100 * arabic // max(total, 1), os.cpu_count() or 1, os.getloadavg()[0]))
    patterns = os.path.join(work, "names.txt")
    npat = lexicon_names(patterns)
    big = os.path.join(work, "corpus.jsonl")
    small = os.path.join(work, "corpus10.jsonl")
    ndocs = write_corpus(arts, big, args.mb * MB)
    write_corpus(arts, small, 10 * MB)
    size = os.path.getsize(big) / MB
    print("corpus: %.1f MB, %d documents" % (size, ndocs))

    def sentences(stderr):
        m = re.search(r"(\d+) sentence\(s\)", stderr)
        return int(m.group(1)) if m else 0

    rows = []
    outs = {}
    for jobs in (1, args.jobs):
        out = os.path.join(work, "out%d.jsonl" % jobs)
        took, rss, err = run([args.bin, "extract", "-j", str(jobs), big], out)
        outs[jobs] = digest(out)
        os.remove(out)
        rows.append(("extract -j %d" % jobs, took, sentences(err), rss))
    nsent = rows[0][2]
    # To a file: GNU grep stops at the first match when it writes to /dev/null.
    grep_out = os.path.join(work, "grep.out")
    took, _, _ = run(["grep", "-F", "-o", "-f", patterns, big], grep_out)
    os.remove(grep_out)
    rows.append(("grep -F -o (%d names)" % npat, took, nsent, None))
    print("\n%-26s %8s %8s %12s" % ("", "seconds", "MB/s", "sentences/s"))
    for name, took, _, _ in rows:
        print("%-26s %8.2f %8.2f %12.0f" % (name, took, size / took, nsent / took))
    j1, jn, grep = rows[0][1], rows[1][1], rows[2][1]
    print("extract -j 1 / grep speed:  %.3f (1/%.1f)" % (grep / j1, j1 / grep))
    print("extract -j %d / grep speed:  %.3f (1/%.1f)" % (args.jobs, grep / jn, jn / grep))
    print("extract -j %d / -j 1 speed:  %.2fx" % (args.jobs, j1 / jn))
    print("output of -j 1 and -j %d:    %s" % (args.jobs, "identical" if outs[1] == outs[args.jobs] else "DIFFERENT"))

    _, rss10, _ = run([args.bin, "extract", "-j", "1", small])
    _, rss10n, _ = run([args.bin, "extract", "-j", str(args.jobs), small])
    print("\npeak RSS (MiB)     10 MB   %.0f MB   ratio" % size)
    print("extract -j 1      %6.1f  %6.1f   %5.2f" % (rss10 / 1024, rows[0][3] / 1024, rows[0][3] / rss10))
    print("extract -j %-2d     %6.1f  %6.1f   %5.2f" % (args.jobs, rss10n / 1024, rows[1][3] / 1024, rows[1][3] / rss10n))

    print("\nsingle document   seconds   s/MB   x of the first")
    first = None
    for mb in args.docs_mb:
        doc = os.path.join(work, "doc%g.txt" % mb)
        write_document(arts, doc, mb * MB)
        took, rss, _ = run([args.bin, "extract", "-j", "1", doc])
        per = took / (os.path.getsize(doc) / MB)
        first = first or per
        print("%5g MB          %8.2f  %6.3f   %5.2f   (peak RSS %.0f MiB)" % (mb, took, per, per / first, rss / 1024))
        os.remove(doc)


if __name__ == "__main__":
    main()
