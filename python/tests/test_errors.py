"""Bad input raises tahaluf.InputError naming the document (or file and
line) and the byte offset; nothing bad crashes the interpreter."""
import json
import random
import warnings

import pytest

import tahaluf
from conftest import own_articles


def test_invalid_utf8_names_the_document_and_the_byte():
    with pytest.raises(tahaluf.InputError) as e:
        tahaluf.extract(b"Egypt \xc3\x28 backs the army", doc_id="wire-7")
    assert (e.value.source, e.value.offset, e.value.code) == ("wire-7", 6, "encoding")
    assert str(e.value) == "wire-7: byte 6: invalid UTF-8; the document is skipped"


def test_a_lone_surrogate_is_reported_at_its_byte_offset():
    with pytest.raises(tahaluf.InputError) as e:
        tahaluf.extract("مصر \udcff", doc_id="d")
    assert e.value.offset == len("مصر ".encode("utf-8"))
    assert e.value.code == "encoding"


@pytest.mark.parametrize("kwargs,code,words", [
    ({"text": " \n "}, "empty", "no text"),
    ({"text": "Egypt backs the army.", "date": "17/09/2025"}, "syntax", '"date" is not ISO'),
    ({"text": "---\ndate: 2025-01-01\ntitle: open", "doc_id": "fm"}, "syntax", "never closed"),
])
def test_bad_documents_say_what_is_wrong(kwargs, code, words):
    with pytest.raises(tahaluf.InputError) as e:
        tahaluf.extract(**kwargs)
    assert e.value.code == code
    assert words in str(e.value)


def test_bad_arguments_are_value_and_type_errors():
    with pytest.raises(ValueError):
        tahaluf.extract("text", lang="fr")
    with pytest.raises(TypeError):
        tahaluf.extract(12)
    with pytest.raises(TypeError):
        list(tahaluf.extract_many([3.5]))
    g = tahaluf.Graph.build(own_articles()[:3])
    with pytest.raises(ValueError, match="unknown relation 'allies'"):
        g.stats(relations=["allies"])
    with pytest.raises(ValueError, match="since takes a date"):
        g.stats(since="last year")
    with pytest.raises(TypeError, match="unknown filter keyword"):
        g.stats(cooperative=True)
    with pytest.raises(ValueError):
        g.path("HAFTAR", "SAU", k=2, all_simple=3)


def test_a_dict_without_text_names_its_place_in_the_input():
    with pytest.raises(tahaluf.InputError) as e:
        tahaluf.Graph.build([{"id": "a", "text": "Egypt backs the army."}, {"id": None}])
    assert str(e.value) == 'item 2: a document needs "id" and "text"'
    assert e.value.source == "item 2"
    bad = [{"id": "n", "text": None}, {"id": "s", "text": "مصر \udcff"}, {"id": 4, "text": "Egypt backs the army."}]
    with pytest.raises(tahaluf.InputError, match='n: "text" must be a string, not NoneType'):
        tahaluf.read_documents(bad)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        kept = tahaluf.read_documents(bad, errors="warn")
    assert [d["id"] for d in kept] == ["4"]
    assert [str(w.message).split(":")[0] for w in caught] == ["n", "s"]


def test_json_lines_errors_name_file_and_line_and_can_be_skipped(tmp_path):
    corpus = tmp_path / "c.jsonl"
    good = {"id": "ok", "text": "Pakistan and Saudi Arabia signed a mutual defence agreement."}
    corpus.write_text(json.dumps(good) + "\nnot json\n" + json.dumps({"id": "e", "text": ""}) + "\n")
    with pytest.raises(tahaluf.InputError) as e:
        tahaluf.Graph.build([str(corpus)])
    assert (e.value.source, e.value.line, e.value.code) == (str(corpus), 2, "syntax")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        g = tahaluf.Graph.build([str(corpus)], errors="warn")
        triples = list(tahaluf.extract_many([str(corpus)], errors="warn"))
    messages = [str(w.message) for w in caught if issubclass(w.category, tahaluf.InputWarning)]
    assert messages[:2] == ["%s:2: not JSON (Invalid value. at column 2); the line is skipped" % corpus,
                            '%s:3: "text" is empty; skipped' % corpus]
    assert g.num_relations == 1
    assert [t["doc"] for t in triples] == ["ok"]


def test_missing_files_and_knowledge_are_input_errors(tmp_path):
    with pytest.raises(tahaluf.InputError) as e:
        tahaluf.Graph.build([str(tmp_path / "absent.txt")])
    assert e.value.code == "io" and e.value.source == str(tmp_path / "absent.txt")
    with pytest.raises(tahaluf.InputError) as e:
        tahaluf.Graph.load(tmp_path / "absent.json")
    assert e.value.code == "io"
    with pytest.raises(tahaluf.InputError) as e:
        tahaluf.extract("Egypt backs the army.", data_dir=str(tmp_path))
    assert e.value.source == str(tmp_path / "countries.tsv")


def test_a_broken_graph_file_names_the_byte():
    with pytest.raises(tahaluf.InputError) as e:
        tahaluf.Graph.from_json('{"format": "tahaluf-graph", "version": 1, "nodes": [}', source="g.json")
    assert e.value.source == "g.json"
    assert e.value.code == "graph"
    assert e.value.offset is not None


def test_random_bytes_raise_or_give_triples_but_never_crash():
    rng = random.Random(13)
    alphabet = "مصرتدعمالجيشوفدباكستانEgypt backs Haftar.,\n-:\"{}[]\u200f\x00"
    raised = 0
    for n in range(300):
        if n % 3 == 0:
            data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200)))
        else:
            data = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 300))).encode("utf-8")
        try:
            assert isinstance(tahaluf.extract(data), list)
        except tahaluf.InputError:
            raised += 1
        with pytest.raises(tahaluf.InputError):
            tahaluf.Graph.from_json(data)
    assert 0 < raised < 300
