"""python3 -m tahaluf.dask build: on a scheduler and two workers this test
starts on 127.0.0.1 (and stops, whatever happens), and on a local cluster,
the graph file is byte for byte the one `tahaluf build` writes for the same
corpus, also when a worker is killed mid-run.

The corpus repeats the dev articles (the project's own where ../shared is
absent) to --docs documents (600 by default; `run.py test_dask.py --docs
10000` for the full check).
"""
import os
import re
import signal
import socket
import subprocess
import sys
import time

import pytest

distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed "
                                  "(Debian: apt install python3-distributed)")

from conftest import SOURCE_DIR, dev_articles, own_articles, run_cli  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dask_program(name):
    """The dask-scheduler / dask-worker program, run by this interpreter."""
    return [sys.executable, "-m", "distributed.cli.dask_" + name.split("-")[1]]


@pytest.fixture(scope="module")
def corpus(request, tmp_path_factory):
    docs = request.config.getoption("--docs")
    sources = dev_articles() or own_articles()
    path = tmp_path_factory.mktemp("corpus") / ("corpus-%d.jsonl" % docs)
    subprocess.run([sys.executable, os.path.join(SOURCE_DIR, "tools", "replicate_corpus.py"),
                    *sources, "-n", str(docs), "-o", str(path)], check=True)
    expected = path.with_suffix(".cli.json")
    started = time.monotonic()
    run_cli("build", "--quiet", "--no-index", str(path), "-o", str(expected))
    print("corpus: %d documents from %d articles; tahaluf build took %.2f s"
          % (docs, len(sources), time.monotonic() - started))
    return path, expected.read_bytes()


class Cluster:
    """A dask-scheduler and two dask-workers on 127.0.0.1, each on a port of
    its own; stop() ends every one still running."""

    def __init__(self, logdir):
        self.port = free_port()
        self.address = "tcp://127.0.0.1:%d" % self.port
        self.processes = []
        self.logdir = logdir
        self.start("scheduler", [*dask_program("dask-scheduler"), "--host", "127.0.0.1",
                                 "--port", str(self.port), "--no-dashboard"])
        self.workers = [
            self.start("worker-%d" % k, [*dask_program("dask-worker"), self.address,
                                         "--host", "127.0.0.1", "--worker-port", str(free_port()),
                                         "--nthreads", "1", "--no-nanny", "--no-dashboard",
                                         "--local-directory", os.path.join(logdir, "worker-%d" % k),
                                         "--name", "worker-%d" % k])
            for k in range(2)]
        with distributed.Client(self.address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)

    def start(self, name, argv):
        log = open(os.path.join(self.logdir, name + ".log"), "wb")
        process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.processes.append(process)
        return process

    def stop(self):
        for p in self.processes:
            if p.poll() is None:
                p.terminate()
        deadline = time.monotonic() + 15
        for p in self.processes:
            try:
                p.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


@pytest.fixture
def cluster(tmp_path):
    c = None
    try:
        c = Cluster(str(tmp_path))
        yield c
    finally:
        if c is not None:
            c.stop()
    assert all(p.poll() is not None for p in c.processes)


def dask_build(corpus_path, out, *args):
    return subprocess.Popen([sys.executable, "-m", "tahaluf.dask", "build", str(corpus_path),
                             "-o", str(out), *args], stderr=subprocess.PIPE, text=True)


def test_build_on_a_scheduler_and_two_workers_is_byte_identical(corpus, cluster, tmp_path):
    path, expected = corpus
    out = tmp_path / "dask.json"
    run = dask_build(path, out, "--scheduler", cluster.address, "--partition-size", "40",
                     "--fan-in", "2")
    _, log = run.communicate(timeout=240)
    assert run.returncode == 0, log
    assert out.read_bytes() == expected
    assert "partitions done" in log


def test_a_worker_killed_mid_run_changes_nothing(corpus, cluster, tmp_path):
    path, expected = corpus
    out = tmp_path / "dask.json"
    partitions = max(8, corpus_docs(path) // 25)
    size = max(1, corpus_docs(path) // partitions)
    run = dask_build(path, out, "--scheduler", cluster.address, "--partition-size", str(size))
    log = []
    killed_at = None
    for line in run.stderr:
        log.append(line)
        if killed_at is None and "partitions done" in line:
            done, total = map(int, line.split()[1].split("/"))
            killed_at = (done, total)
            os.kill(cluster.workers[0].pid, signal.SIGKILL)
            print("killed worker-0 after %d of %d partitions" % killed_at)
    run.wait(timeout=240)
    assert run.returncode == 0, "".join(log)
    assert killed_at is not None and killed_at[0] < killed_at[1], "the run ended before the kill"
    assert cluster.workers[0].wait(timeout=10) == -signal.SIGKILL
    assert "%d/%d partitions done" % (killed_at[1], killed_at[1]) in log[-2] + log[-1]
    assert out.read_bytes() == expected
    # The scheduler saw the worker go while it held work (results in its
    # memory, tasks running), which the others then did again.
    with open(os.path.join(cluster.logdir, "scheduler.log"), encoding="utf-8") as f:
        removed = re.findall(r"Remove worker .*name: worker-0, .*memory: (\d+), processing: (\d+)", f.read())
    assert len(removed) == 1, "the scheduler log does not say worker-0 was removed"
    assert sum(map(int, removed[0])) > 0


def test_build_on_a_local_cluster_is_byte_identical(corpus, tmp_path):
    path, expected = corpus
    out = tmp_path / "local.json"
    run = dask_build(path, out, "--workers", "2", "--partition-size", "100", "--quiet")
    _, log = run.communicate(timeout=240)
    assert run.returncode == 0, log
    assert "partitions done" not in log and "tahaluf" not in log, log
    assert out.read_bytes() == expected


def test_an_unreachable_scheduler_is_named(tmp_path):
    port = free_port()  # nobody listens there
    run = dask_build(tmp_path / "none.jsonl", tmp_path / "g.json", "--scheduler",
                     "tcp://127.0.0.1:%d" % port, "--connect-timeout", "2")
    _, log = run.communicate(timeout=60)
    assert run.returncode == 2
    assert "cannot reach the scheduler at tcp://127.0.0.1:%d" % port in log
    assert not (tmp_path / "g.json").exists()


def corpus_docs(path):
    with open(path, "rb") as f:
        return sum(1 for line in f if line.strip())
