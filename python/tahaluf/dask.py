"""A corpus's graph built on a Dask distributed cluster.

    python3 -m tahaluf.dask build CORPUS.jsonl... -o GRAPH.json [--scheduler ADDRESS]

The JSON Lines corpus (one article a line, as `tahaluf build` reads it) is
cut into partitions of consecutive lines. Each partition is a Dask task:
a worker reads its lines, extracts them and builds the partition's graph
file. The partial graphs are then joined in corpus order by a tree of
tasks on the workers (fan-in 4 by default), so the client only ever holds
the final graph. Joining keeps corpus order and is associative
(JoinGraphParts in corpus.h), so the graph file written is byte for byte
the one `tahaluf build CORPUS.jsonl -o GRAPH.json` writes, whatever the
partitioning, the tree or which worker ran what. A worker lost mid-run is
Dask's to handle: its tasks, and the results it held, are computed again
elsewhere; the result does not change.

Without --scheduler a local cluster of --workers processes (one thread
each) is started on 127.0.0.1 and stopped at the end. With --scheduler,
workers read the corpus from the path given (make it one they can all
see: the same machine or a shared file system), or with --send-data the
client reads each partition and sends its bytes.

Bad lines are reported as the CLI reports them (file and line) and left
out; the exit status is then 1, as for `tahaluf build`.

In Python: tahaluf.dask.build(client, ["corpus.jsonl"]) returns the graph
file's bytes, the number of documents and the errors.
"""
import argparse
import collections
import logging
import mmap
import os
import subprocess
import sys
import time

import tahaluf
from tahaluf import _core, _errors

DEFAULT_PARTITION_SIZE = 500
DEFAULT_FAN_IN = 4


# Bytes [start, end) of the file at path, the number of its first line and
# its non-blank lines (documents); origin is the file's name as given, for
# messages.
Partition = collections.namedtuple("Partition", "path origin start end first_line documents")


def plan(paths, partition_size=DEFAULT_PARTITION_SIZE):
    """The partitions of the corpus files, in corpus order: runs of whole
    lines holding partition_size non-blank lines (documents) each, the last
    of a file fewer."""
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    parts = []
    for origin in paths:
        path = os.path.abspath(origin)
        try:
            size = os.path.getsize(path)
        except OSError as e:
            raise tahaluf.InputError("%s: cannot open: %s" % (origin, e.strerror),
                                     source=origin, code="io") from None
        if size == 0:
            continue
        with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
            start, first_line, line_no, docs, pos = 0, 1, 0, 0, 0
            while pos < size:
                end = data.find(b"\n", pos)
                end = size if end < 0 else end + 1
                line_no += 1
                if data[pos:end].strip():
                    docs += 1
                pos = end
                if docs == partition_size:
                    parts.append(Partition(path, origin, start, pos, first_line, docs))
                    start, first_line, docs = pos, line_no + 1, 0
            if start < size:
                parts.append(Partition(path, origin, start, size, first_line, docs))
    return parts


def build_partition(part, lang="", data_dir=None, data=None):
    """(graph file bytes, documents, errors) of one partition; runs on a
    worker. data: the partition's bytes, when the client sent them."""
    if data is None:
        with open(part.path, "rb") as f:
            f.seek(part.start)
            data = f.read(part.end - part.start)
    docs = _core.Documents()
    errors = docs.add_json_lines(data, part.origin, part.first_line, part.start, lang or "")
    graph = tahaluf.knowledge(data_dir).build(docs)
    return graph, len(docs), list(errors)


def join_results(*results):
    """Partial results of consecutive partitions joined in their order."""
    graph = _core.join_parts([r[0] for r in results])
    return graph, sum(r[1] for r in results), [e for r in results for e in r[2]]


def _empty_result():
    return _core.Graph().to_bytes(), 0, []


class _Progress:
    """'partitions done' on stderr: one line rewritten on a terminal,
    otherwise a line per partition at most once a second (and the last)."""

    def __init__(self, total, stream, quiet):
        self.total, self.stream, self.quiet = total, stream, quiet
        self.tty = stream.isatty()
        self.done = self.documents = 0
        self.last = 0.0

    def advance(self, documents):
        self.done += 1
        self.documents += documents
        now = time.monotonic()
        if self.quiet or (not self.tty and now - self.last < 1 and self.done < self.total):
            return
        self.last = now
        line = "tahaluf.dask: %d/%d partitions done (%d documents)" % (
            self.done, self.total, self.documents)
        self.stream.write(("\r" + line + ("\n" if self.done == self.total else "")) if self.tty
                          else line + "\n")
        self.stream.flush()


def build(client, paths, *, partition_size=DEFAULT_PARTITION_SIZE, fan_in=DEFAULT_FAN_IN, lang=None,
          data_dir=None, send_data=False, progress=None):
    """Builds the graph of the JSON Lines files on the cluster `client`
    (a distributed.Client). Returns (graph file bytes, documents, errors),
    errors as (message, source, line, offset, code) tuples. progress: a
    stream for the 'partitions done' line, or None."""
    import distributed

    if fan_in < 2:
        raise ValueError("fan_in must be at least 2")
    parts = plan(paths, partition_size)
    if not parts:
        return _empty_result()
    report = _Progress(len(parts), progress or sys.stderr, quiet=progress is None)
    futures = []
    for part in parts:
        data = None
        if send_data:
            with open(part.path, "rb") as f:
                f.seek(part.start)
                data = f.read(part.end - part.start)
        futures.append(client.submit(build_partition, part, lang or "", data_dir, data, pure=False))
    documents = {f.key: part.documents for f, part in zip(futures, parts)}
    # The joining tree, submitted at once: Dask runs each join as soon as
    # its inputs are done, on whichever worker holds them.
    level = futures
    while len(level) > 1:
        level = [client.submit(join_results, *level[i:i + fan_in], pure=False)
                 for i in range(0, len(level), fan_in)]
    for done in distributed.as_completed(futures):
        report.advance(documents[done.key])
    return level[0].result()


class SchedulerUnreachable(Exception):
    """No scheduler answered at the address given."""


def _connect(args):
    """(client, cluster or None) for the command line's choice."""
    import distributed

    if args.scheduler:
        try:
            return distributed.Client(args.scheduler, timeout=args.connect_timeout), None
        except (OSError, TimeoutError) as e:
            raise SchedulerUnreachable("cannot reach the scheduler at %s: %s" % (args.scheduler, e)) from None
    cluster = distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)
    return distributed.Client(cluster), cluster


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python3 -m tahaluf.dask",
        description="Build a corpus's graph on a Dask distributed cluster; the graph file is "
                    "byte for byte the one `tahaluf build` writes for the same corpus.")
    commands = parser.add_subparsers(dest="command", required=True)
    b = commands.add_parser("build", help="JSON Lines articles -> one graph file")
    b.add_argument("corpus", nargs="+", help="JSON Lines files, one article a line")
    b.add_argument("-o", "--output", required=True, help="the graph file to write")
    b.add_argument("--scheduler", help="address of a running scheduler (tcp://HOST:PORT); "
                                       "default: a local cluster on 127.0.0.1")
    b.add_argument("--connect-timeout", type=float, default=30,
                   help="seconds to wait for the scheduler (default 30)")
    b.add_argument("--workers", type=int, default=os.cpu_count(),
                   help="worker processes of the local cluster (default: one per CPU)")
    b.add_argument("--partition-size", type=int, default=DEFAULT_PARTITION_SIZE,
                   help="documents per partition (default %d)" % DEFAULT_PARTITION_SIZE)
    b.add_argument("--fan-in", type=int, default=DEFAULT_FAN_IN,
                   help="partial graphs joined per task (default %d)" % DEFAULT_FAN_IN)
    b.add_argument("--lang", choices=("ar", "en"), help="treat every article as Arabic or English")
    b.add_argument("--lexicon", help="knowledge directory (default: the one tahaluf.data_dir() names)")
    b.add_argument("--send-data", action="store_true",
                   help="the client reads the corpus and sends each partition's bytes "
                        "(for workers that cannot see the file)")
    b.add_argument("--quiet", action="store_true", help="report nothing but errors")
    args = parser.parse_args(argv)
    if args.partition_size < 1 or args.fan_in < 2 or (args.workers or 1) < 1:
        parser.error("--partition-size and --workers take at least 1, --fan-in at least 2")

    # Dask's own INFO lines (workers starting, directories purged) are not
    # the user's business; its warnings and errors still show.
    logging.getLogger("distributed").setLevel(logging.ERROR if args.quiet else logging.WARNING)
    started = time.monotonic()
    client, cluster = None, None
    try:
        client, cluster = _connect(args)
        if not args.quiet:
            workers = len(client.scheduler_info().get("workers", {}))
            print("tahaluf.dask: scheduler %s, %d worker(s)" % (client.scheduler.address, workers),
                  file=sys.stderr)
        graph, documents, errors = build(
            client, args.corpus, partition_size=args.partition_size, fan_in=args.fan_in,
            lang=args.lang, data_dir=args.lexicon, send_data=args.send_data,
            progress=None if args.quiet else sys.stderr)
    except tahaluf.InputError as e:
        print("tahaluf: %s" % e, file=sys.stderr)
        return 1
    except SchedulerUnreachable as e:
        print("tahaluf.dask: %s" % e, file=sys.stderr)
        return 2
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    for error in errors:
        print("tahaluf: %s" % error[0], file=sys.stderr)
    result = tahaluf.Graph._wrap(_core.Graph.from_trusted(graph))
    try:
        result.save(args.output)
    except tahaluf.InputError as e:
        print("tahaluf: %s" % e, file=sys.stderr)
        return 1
    if not args.quiet:
        line = "tahaluf: %d document(s) -> %d actors, %d relations in %.1f s" % (
            documents, result.num_actors, result.num_relations, time.monotonic() - started)
        if errors:
            line += "; %d input(s) skipped" % len(errors)
        print(line, file=sys.stderr)
    return 1 if errors else 0


def _python_with_dask():
    """Debian's interpreter, when this one lacks Dask distributed and that
    one has it (with tahaluf importable): a pyenv or venv python3 first on
    PATH does not see Debian's python3-distributed."""
    try:
        import distributed  # noqa: F401
        return None
    except ImportError:
        pass
    debian = "/usr/bin/python3"
    if not os.access(debian, os.X_OK) or os.path.realpath(debian) == os.path.realpath(sys.executable):
        return None
    check = subprocess.run([debian, "-c", "import distributed, tahaluf"], capture_output=True)
    return debian if check.returncode == 0 else None


if __name__ == "__main__":
    other = _python_with_dask()
    if other:
        print("tahaluf.dask: Dask distributed is not installed for %s; running with %s, which has it"
              % (sys.executable, other),
              file=sys.stderr)
        os.execv(other, [other, "-m", "tahaluf.dask", *sys.argv[1:]])
    try:
        import distributed  # noqa: F401
    except ImportError:
        sys.exit("tahaluf.dask needs Dask distributed, which %s does not have "
                 "(Debian: apt install python3-distributed)" % sys.executable)
    # The tasks must name functions of the module tahaluf.dask, which the
    # workers import, not of __main__.
    from tahaluf import dask as _module

    sys.exit(_module.main())
