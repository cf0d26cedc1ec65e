"""tahaluf.dask's pieces without a cluster: partitions cover the corpus line
for line, and building them one by one and joining the results gives
`tahaluf build`'s graph file and its messages, bad lines included."""
import json

import tahaluf
import tahaluf.dask as tdask
from conftest import own_articles, run_cli


def write_corpus(path, bad_lines):
    docs = [{"id": d["id"], "text": d["text"][d["body_start"]:], "date": d["date"]}
            for d in tahaluf.read_documents(own_articles())]
    lines = [json.dumps(d, ensure_ascii=False) for d in docs]
    lines.insert(6, "")  # a blank line is no document
    for at, text in bad_lines:  # at its line number in the file
        lines.insert(at - 1, text)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(docs)


def test_partitions_cover_the_corpus_in_order(tmp_path):
    corpus = tmp_path / "c.jsonl"
    docs = write_corpus(corpus, [])
    data = corpus.read_bytes()
    parts = tdask.plan([str(corpus)], partition_size=4)
    assert [p.start for p in parts] == [0] + [p.end for p in parts[:-1]]
    assert parts[-1].end == len(data)
    assert all(p.documents == 4 for p in parts[:-1]) and sum(p.documents for p in parts) == docs
    for p in parts:
        assert data[:p.start].count(b"\n") + 1 == p.first_line
        assert p.origin == str(corpus)


def test_parts_built_and_joined_give_the_cli_graph_and_its_messages(tmp_path):
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, [(3, "{broken"), (12, json.dumps({"id": "x", "text": "ok", "date": "soon"}))])
    cli = run_cli("build", "--no-index", str(corpus), "-o", str(tmp_path / "cli.json"), check=False)
    assert cli.returncode == 1
    results = [tdask.build_partition(p) for p in tdask.plan([str(corpus)], partition_size=3)]
    graph, documents, errors = tdask.join_results(*results)
    assert graph == (tmp_path / "cli.json").read_bytes()
    reported = ["tahaluf: " + e[0] for e in errors]
    assert reported == cli.stderr.decode("utf-8").splitlines()[:-1]
    assert [(e[2], e[4]) for e in errors] == [(3, "syntax"), (12, "syntax")]
    assert documents == len(own_articles())
    # Sent rather than read, the bytes give the same.
    part = tdask.plan([str(corpus)], partition_size=3)[1]
    sent = corpus.read_bytes()[part.start:part.end]
    assert tdask.build_partition(part, data=sent) == tdask.build_partition(part)
