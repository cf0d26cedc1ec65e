"""tahaluf.Graph: the graphs `tahaluf build` and `merge` write, the answers
the analytics commands print with --json, and the exports' attributes."""
import json
import os
import pickle

import pytest

import tahaluf
from conftest import SOURCE_DIR, run_cli

EXAMPLE = os.path.join(SOURCE_DIR, "graphs", "example.json")


def cli_build(paths, out):
    run_cli("build", "--quiet", "--no-index", *paths, "-o", str(out))
    return out.read_bytes()


def test_build_writes_the_cli_graph_byte_for_byte(articles, tmp_path):
    expected = cli_build(articles, tmp_path / "cli.json")
    g = tahaluf.Graph.build(articles)
    assert g.to_json().encode("utf-8") == expected
    g.save(tmp_path / "module.json")
    assert (tmp_path / "module.json").read_bytes() == expected
    assert tahaluf.Graph.load(tmp_path / "cli.json") == g
    assert g.num_relations == json.loads(expected)["edges"].__len__()


def test_build_from_dicts_equals_the_cli_on_json_lines(articles, tmp_path):
    docs = [{"id": d["id"], "text": d["text"][d["body_start"]:], "date": d["date"], "lang": d["lang"]}
            for d in tahaluf.read_documents(articles)]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    assert tahaluf.Graph.build(docs).to_json().encode("utf-8") == cli_build([str(corpus)], tmp_path / "g.json")
    assert tahaluf.Graph.build(str(corpus)) == tahaluf.Graph.build(docs)


def test_merge_equals_the_cli_merge_in_any_order(articles, tmp_path):
    half = len(articles) // 2
    a = tahaluf.Graph.build(articles[:half])
    b = tahaluf.Graph.build(articles[half:])
    a.save(tmp_path / "a.json")
    b.save(tmp_path / "b.json")
    run_cli("merge", "--quiet", "--no-index", str(tmp_path / "b.json"), str(tmp_path / "a.json"),
            "-o", str(tmp_path / "ab.json"))
    merged = a.merge(b)
    assert merged.to_json().encode("utf-8") == (tmp_path / "ab.json").read_bytes()
    assert b.merge(a) == merged
    assert merged.merge(tahaluf.Graph()) == merged
    # Graphs do not change: merge made a new one.
    assert a == tahaluf.Graph.build(articles[:half])


def test_save_removes_an_index_file_left_from_an_earlier_graph(tmp_path):
    path = tmp_path / "g.json"
    run_cli("build", "--quiet", EXAMPLE, "-o", str(path))
    assert (tmp_path / "g.json.tix").exists()
    tahaluf.Graph.load(EXAMPLE).merge(tahaluf.Graph.build([os.path.join(
        SOURCE_DIR, "tests", "extraction", "55_en_araghchi_riyadh_mbs.txt")])).save(path)
    assert not (tmp_path / "g.json.tix").exists()
    assert json.loads(run_cli("stats", str(path), "--json").stdout) == tahaluf.Graph.load(path).stats()


ANALYTICS = [
    (("path", "Khalifa Haftar", "Saudi Arabia"), "path", ("Khalifa Haftar", "Saudi Arabia"), {}),
    (("path", "حفتر", "السعودية", "--k", "3", "--weighted"), "path", ("حفتر", "السعودية"),
     {"k": 3, "weighted": True}),
    (("path", "HAFTAR", "PAK", "--all-simple", "3", "--cooperative"), "path", ("HAFTAR", "PAK"),
     {"all_simple": 3, "polarity": "cooperative"}),
    (("path", "HAFTAR", "SAU", "--since", "2025-01", "--min-evidence", "2"), "path", ("HAFTAR", "SAU"),
     {"since": "2025-01", "min_evidence": 2}),
    (("neighbors", "HAFTAR", "--depth", "2"), "neighbors", ("HAFTAR",), {"depth": 2}),
    (("neighbors", "SAU", "--top", "3", "--hostile"), "neighbors", ("SAU",), {"top": 3, "polarity": "hostile"}),
    (("blocs",), "blocs", (), {}),
    (("blocs", "--top", "2", "--ties", "1", "--resolution", "1.5"), "blocs", (),
     {"top": 2, "ties": 1, "resolution": 1.5}),
    (("balance", "--weak", "--top", "1"), "balance", (), {"weak": True, "top": 1}),
    (("brokers", "--sample", "5", "--top", "3"), "brokers", (), {"sample": 5, "top": 3}),
    (("brokers", "--relation", "visit,meet"), "brokers", (), {"relations": ["visit", "meet"]}),
    (("timeline", "HAFTAR", "--by", "month"), "timeline", ("HAFTAR",), {"by": "month"}),
    (("timeline", "SAU", "--max", "2", "--no-hedged"), "timeline", ("SAU",),
     {"max_entries": 2, "no_hedged": True}),
    (("stats", "--top", "2", "--until", "2025-06"), "stats", (), {"top": 2, "until": "2025-06"}),
]


@pytest.mark.parametrize("cli_args,method,args,kwargs", ANALYTICS,
                         ids=[" ".join(row[0]) for row in ANALYTICS])
def test_analytics_answer_as_the_commands_print_with_json(cli_args, method, args, kwargs):
    command, rest = cli_args[0], cli_args[1:]
    expected = json.loads(run_cli(command, EXAMPLE, *rest, "--json").stdout)
    got = getattr(tahaluf.Graph.load(EXAMPLE), method)(*args, **kwargs)
    assert got == expected


def test_an_unknown_actor_names_the_closest_ones():
    g = tahaluf.Graph.load(EXAMPLE)
    with pytest.raises(tahaluf.UnknownActorError) as e:
        g.path("Kalifa Haftr", "SAU")
    assert "closest: Khalifa Haftar (HAFTAR)" in str(e.value)
    assert e.value.name == "Kalifa Haftr"
    assert isinstance(e.value, KeyError)


def test_to_networkx_has_every_attribute_of_the_graphml_export(tmp_path):
    networkx = pytest.importorskip("networkx")
    run_cli("export", EXAMPLE, "--format", "graphml", "-o", str(tmp_path / "g.graphml"))
    exported = networkx.read_graphml(str(tmp_path / "g.graphml"), force_multigraph=True)
    g = tahaluf.Graph.load(EXAMPLE).to_networkx()
    assert isinstance(g, networkx.MultiDiGraph)
    assert dict(g.nodes(data=True)) == dict(exported.nodes(data=True))
    by_relation = {(u, v, d["relation"]): {k: x for k, x in d.items() if k != "id"}
                   for u, v, d in exported.edges(data=True)}
    assert {(u, v, k): d for u, v, k, d in g.edges(keys=True, data=True)} == by_relation
    graph = json.loads(open(EXAMPLE, encoding="utf-8").read())
    assert g.number_of_edges() == len(graph["edges"])
    pact = g.edges["PAK", "SAU", "defense_pact"]
    assert pact["evidence_count"] == 2 and pact["symmetric"] is True
    assert json.loads(pact["evidence"])[0]["doc"] == "01_ar_saudi_pakistan_pact"


def test_frames_have_a_row_per_relation_and_per_piece_of_evidence():
    pytest.importorskip("pandas")
    g = tahaluf.Graph.load(EXAMPLE)
    graph = json.loads(g.to_json())
    edges = g.edges_frame()
    evidence = g.evidence_frame()
    assert len(edges) == len(graph["edges"])
    assert len(evidence) == sum(len(e["evidence"]) for e in graph["edges"])
    assert list(edges.columns[:3]) == ["source", "relation", "target"]
    first = graph["edges"][0]
    row = edges.iloc[0]
    assert (row.source, row.relation, row.target) == (first["source"], first["relation"], first["target"])
    assert row.evidence_count == len(first["evidence"])
    assert row.cameo == first["cameo"]
    counted = evidence.groupby(["source", "relation", "target"]).size()
    assert counted[(first["source"], first["relation"], first["target"])] == len(first["evidence"])
    ev = first["evidence"][0]
    assert (evidence.iloc[0].doc, evidence.iloc[0].start, evidence.iloc[0].text) == (
        ev["doc"], ev["start"], ev["text"])


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "node-link", "events", "json"])
def test_exports_equal_the_cli(fmt, tmp_path):
    if fmt == "json":
        run_cli("build", "--quiet", "--no-index", EXAMPLE, "-o", str(tmp_path / "out"))
        assert tahaluf.Graph.load(EXAMPLE).export(fmt).encode("utf-8") == (tmp_path / "out").read_bytes()
        return
    run_cli("export", EXAMPLE, "--format", fmt, "-o", str(tmp_path / "out"))
    assert tahaluf.Graph.load(EXAMPLE).export(fmt).encode("utf-8") == (tmp_path / "out").read_bytes()


def test_graphs_pickle_as_their_graph_file():
    g = tahaluf.Graph.load(EXAMPLE)
    copy = pickle.loads(pickle.dumps(g))
    assert copy == g
    assert copy.path("HAFTAR", "SAU") == g.path("HAFTAR", "SAU")
    assert repr(g) == "<tahaluf.Graph: %d actors, %d relations>" % (g.num_actors, g.num_relations)
    assert tahaluf.Graph().num_actors == 0
