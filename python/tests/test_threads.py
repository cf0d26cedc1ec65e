"""The GIL is let go while the C++ works: Python threads run at the same
time as extraction, and threads extracting together get what one gets."""
import threading
import time

import tahaluf
from conftest import own_articles


def long_text():
    """The project's own articles' bodies, many times over: one document
    that takes a while to extract."""
    bodies = [d["text"][d["body_start"]:] for d in tahaluf.read_documents(own_articles())]
    return "\n\n".join(bodies * 12)


def test_python_runs_while_a_thread_extracts():
    text = long_text()
    tahaluf.extract("warm up the knowledge files")
    counter = 0
    result = []
    worker = threading.Thread(target=lambda: result.append(tahaluf.extract(text)))
    started = time.perf_counter()
    worker.start()
    while worker.is_alive():
        counter += 1
    took = time.perf_counter() - started
    assert result and len(result[0]) > 100
    # While the GIL is held for a call, no other Python code runs: the loop
    # would count only a few iterations around the call. Let go, it counts
    # for as long as the extraction takes.
    assert took > 0.05, "extraction too quick to tell (%.3f s)" % took
    assert counter > 20000, "only %d iterations in %.2f s" % (counter, took)


def test_two_extractions_overlap_in_time():
    text = long_text()
    tahaluf.extract("warm up the knowledge files")
    spans = {}
    barrier = threading.Barrier(2)

    def work(name):
        barrier.wait()
        start = time.perf_counter()
        tahaluf.extract(text, doc_id=name)
        spans[name] = (start, time.perf_counter())

    threads = [threading.Thread(target=work, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    (a0, a1), (b0, b1) = spans["a"], spans["b"]
    overlap = min(a1, b1) - max(a0, b0)
    # Held, the GIL would run the two calls one after the other.
    assert overlap > 0.5 * min(a1 - a0, b1 - b0)


def test_threads_extracting_together_get_what_one_gets():
    docs = [{"id": d["id"], "text": d["text"], "date": d["date"]}
            for d in tahaluf.read_documents(own_articles())]
    expected = [tahaluf.extract(d["text"], doc_id=d["id"], date=d["date"]) for d in docs]
    results = {}

    def work(k):
        results[k] = [tahaluf.extract(d["text"], doc_id=d["id"], date=d["date"]) for d in docs]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[k] == expected for k in range(4))
    g = tahaluf.Graph.build(docs)
    answers = []
    threads = [threading.Thread(target=lambda: answers.append(g.blocs())) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == [g.blocs()] * 3
