"""tahaluf.extract and extract_many give the triples `tahaluf extract` prints."""
import json
import os

import tahaluf
from conftest import normalised, run_cli


def cli_triples(paths):
    out = run_cli("extract", "--quiet", *paths).stdout.decode("utf-8")
    return [json.loads(line) for line in out.splitlines()]


def test_the_readme_example_finds_the_visit():
    triples = tahaluf.extract("زار حفتر باكستان")
    assert [(t["subject"]["id"], t["relation"], t["object"]["id"]) for t in triples] == [
        ("HAFTAR", "visit", "PAK")]
    assert triples[0]["doc"] == "doc"
    assert triples[0]["lang"] == "ar"


def test_extract_many_equals_the_cli_byte_for_byte_after_normalising(articles):
    cli = cli_triples(articles)
    module = list(tahaluf.extract_many(articles))
    assert len(cli) > 100
    assert [normalised(t) for t in module] == [normalised(t) for t in cli]
    # The same keys in the same order, too.
    assert [list(t) for t in module] == [list(t) for t in cli]


def test_extract_of_a_file_text_equals_the_cli(articles):
    cli = cli_triples(articles)
    module = []
    for path in articles:
        with open(path, encoding="utf-8") as f:
            stem = os.path.splitext(os.path.basename(path))[0]
            module += tahaluf.extract(f.read(), doc_id=stem)
    assert [normalised(t) for t in module] == [normalised(t) for t in cli]


def test_documents_as_dicts_with_date_and_language_given(tmp_path):
    text = "Pakistan and Saudi Arabia signed a mutual defence agreement."
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": text, "date": "2025-09-17"}) + "\n")
    cli = cli_triples([str(tmp_path / "a.jsonl")])
    module = list(tahaluf.extract_many([{"id": "a", "text": text, "date": "2025-09-17"}]))
    assert module == cli
    assert [t["relation"] for t in module] == ["defense_pact"]
    assert {t["date"] for t in module} == {"2025-09-17"}
    # lang= is every document's language, as `extract --lang` makes it.
    assert tahaluf.read_documents([{"id": "a", "text": text}])[0]["lang"] == "en"
    assert tahaluf.read_documents([{"id": "a", "text": text}], lang="ar")[0]["lang"] == "ar"


def test_extract_many_streams_one_item_at_a_time(articles):
    pulled = []

    def items():
        for path in articles:
            pulled.append(path)
            yield path

    stream = tahaluf.extract_many(items())
    first = next(stream)
    assert first["doc"] == os.path.splitext(os.path.basename(articles[0]))[0]
    assert len(pulled) == 1
    rest = list(stream)
    assert len(pulled) == len(articles)
    assert len(rest) > 0


def test_threads_change_nothing_but_the_speed(articles):
    one = list(tahaluf.extract_many(articles))
    three = list(tahaluf.extract_many(articles, threads=3))
    assert three == one


def test_read_documents_gives_the_documents_as_tahaluf_reads_them(articles):
    docs = tahaluf.read_documents(articles)
    assert [d["id"] for d in docs] == [os.path.splitext(os.path.basename(p))[0] for p in articles]
    with open(articles[0], encoding="utf-8") as f:
        assert docs[0]["text"] == f.read()
    assert all(d["lang"] in ("ar", "en") for d in docs)
