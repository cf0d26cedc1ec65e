#!/usr/bin/env python3
"""Documents per second for one graph built from the same generated corpus
three ways: the Python module in one process, Dask with local workers, and
the `tahaluf build` command; with the ratios between them, and a check that
the three graph files are the same bytes. Also extraction alone through
tahaluf.extract_many with one thread and with two (the GIL is let go while
the C++ works).

usage: /usr/bin/python3 tools/bench_python.py [--tahaluf build/tahaluf]
           [--docs 10000] [--workers 2] [--repeat 1] [ARTICLE_OR_FOLDER...]

The corpus repeats the articles given (default: ../shared/eval/dev, else
the project's own) to --docs documents (tools/replicate_corpus.py). Each
figure is the best of --repeat runs. The Dask figure counts from the
submission of the first partition to the graph file written, with the
cluster already up (its start-up is printed apart); the command's and the
module's count from start to graph file written, knowledge files loaded
(the command loads them in each run, some 30 ms). Two commands building
half the corpus each, side by side, show what parallelism the machine
gives at the time (on a shared machine, often less than its CPUs). Needs
the tahaluf module and, for the Dask figure, Debian's python3-distributed.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

import tahaluf

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)


def best(repeat, run):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="*", help="articles to repeat (files, folders)")
    parser.add_argument("--tahaluf", default=os.path.join(SOURCE, "build", "tahaluf"))
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=250)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    sources = args.articles
    if not sources:
        dev = os.path.join(SOURCE, "..", "shared", "eval", "dev")
        sources = [dev] if os.path.isdir(dev) else [os.path.join(SOURCE, "graphs", "articles"),
                                                     os.path.join(SOURCE, "tests", "extraction")]
    work = tempfile.mkdtemp(prefix="tahaluf-bench-")
    corpus = os.path.join(work, "corpus.jsonl")
    subprocess.run([sys.executable, os.path.join(HERE, "replicate_corpus.py"), *sources,
                    "-n", str(args.docs), "-o", corpus], check=True)
    print("corpus: %d documents, %.1f MB; %d CPUs" % (args.docs, os.path.getsize(corpus) / 1e6,
                                                     os.cpu_count()))
    tahaluf.knowledge()  # loaded once per process, as a notebook would
    outputs = {}
    rows = []

    def module():
        tahaluf.Graph.build([corpus]).save(os.path.join(work, "module.json"))

    rows.append(("module, 1 process", best(args.repeat, module)))
    outputs["module"] = os.path.join(work, "module.json")

    def cli():
        subprocess.run([args.tahaluf, "build", "--quiet", "--no-index", corpus,
                        "-o", os.path.join(work, "cli.json")], check=True)

    rows.append(("tahaluf build (CLI)", best(args.repeat, cli)))
    outputs["cli"] = os.path.join(work, "cli.json")

    # What the machine gives two processes at once (other users' load
    # included): two CLI builds of half the corpus each, side by side.
    with open(corpus, "rb") as f:
        lines = f.readlines()
    halves = [os.path.join(work, "half%d.jsonl" % k) for k in (0, 1)]
    for k, path in enumerate(halves):
        with open(path, "wb") as f:
            f.writelines(lines[k * len(lines) // 2:(k + 1) * len(lines) // 2])

    def two_clis():
        runs = [subprocess.Popen([args.tahaluf, "build", "--quiet", "--no-index", path,
                                  "-o", path + ".json"]) for path in halves]
        if any(r.wait() for r in runs):
            raise SystemExit("tahaluf build failed")

    rows.append(("2 x tahaluf build, half each, side by side", best(args.repeat, two_clis)))

    try:
        import distributed
        import tahaluf.dask as tdask
    except ImportError:
        distributed = None
        print("Dask: skipped, distributed is not installed for %s" % sys.executable)
    if distributed is not None:
        started = time.perf_counter()
        cluster = distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                           processes=True, host="127.0.0.1", dashboard_address=None)
        client = distributed.Client(cluster)
        print("Dask: local cluster of %d workers up in %.2f s" % (args.workers, time.perf_counter() - started))

        def dask():
            graph, _, _ = tdask.build(client, [corpus], partition_size=args.partition_size)
            tahaluf.Graph.from_json(graph).save(os.path.join(work, "dask.json"))

        try:
            rows.append(("Dask, %d local workers" % args.workers, best(args.repeat, dask)))
        finally:
            client.close()
            cluster.close()
        outputs["dask"] = os.path.join(work, "dask.json")

    def extract(threads):
        return lambda: sum(1 for _ in tahaluf.extract_many([corpus], threads=threads))

    rows.append(("extract_many, 1 thread (extraction only)", best(args.repeat, extract(1))))
    rows.append(("extract_many, 2 threads (extraction only)", best(args.repeat, extract(2))))

    cli_rate = args.docs / dict(rows)["tahaluf build (CLI)"]
    module_rate = args.docs / dict(rows)["module, 1 process"]
    print("\n%-44s %9s %12s %10s %12s" % ("", "seconds", "documents/s", "vs CLI", "vs module"))
    for name, seconds in rows:
        rate = args.docs / seconds
        print("%-44s %9.2f %12.0f %9.2fx %11.2fx" % (name, seconds, rate, rate / cli_rate, rate / module_rate))
    blobs = {name: open(path, "rb").read() for name, path in outputs.items()}
    same = len(set(blobs.values())) == 1
    print("\ngraph files (%s): %s, %.1f MB" % (", ".join(blobs), "byte-identical" if same else "DIFFERENT",
                                               len(blobs["cli"]) / 1e6))
    for name in os.listdir(work):
        os.remove(os.path.join(work, name))
    os.rmdir(work)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
