"""tahaluf in Python: alliance triples from Arabic and English news, and the
graphs they make, built, merged, queried and exported in-process.

    >>> import glob, tahaluf
    >>> [t["relation"] for t in tahaluf.extract("زار حفتر باكستان")]
    ['visit']
    >>> g = tahaluf.Graph.build(sorted(glob.glob("graphs/articles/*.txt")))  # or dicts
    >>> g.path("Khalifa Haftar", "Saudi Arabia")["paths"][0]["actors"]
    ['HAFTAR', 'ARE', 'RSF', 'SAU']

This runs the C++ of the `tahaluf` command, with the GIL released while it
works, so Python threads extract in parallel. What comes back is what the
command writes: triples are the objects of `tahaluf extract`'s JSON lines,
a graph holds the bytes `tahaluf build` writes, and each analytics answer
is the object its command prints with --json. Bad input raises InputError,
naming the document (or file and line) and the byte offset.

The knowledge files (data/*.tsv) are found as the command finds them; every
function that uses them takes data_dir= to point at a copy of your own.
"""
import collections
import concurrent.futures
import io
import json
import os
import threading
import warnings
from collections.abc import Mapping

from . import _core, _errors
from ._errors import Error, InputError, InputWarning, LexiconWarning, UnknownActorError

__all__ = [
    "Error", "InputError", "InputWarning", "LexiconWarning", "UnknownActorError",
    "Graph", "data_dir", "extract", "extract_many", "knowledge", "read_documents",
]

_warned_lock = threading.Lock()
_warned_dirs = set()


def data_dir():
    """The knowledge directory used when none is given.

    $TAHALUF_DATA when set, else the source tree's data/ for a module run
    from its build folder, else the installed share/tahaluf.
    """
    return _core.default_data_dir()


def knowledge(data_dir=None):
    """The knowledge files of data_dir (default: data_dir()), loaded once per
    process. Entries the loader skipped are reported once as LexiconWarning;
    a missing file raises InputError."""
    directory = os.fspath(data_dir) if data_dir is not None else _core.default_data_dir()
    k = _core.load_knowledge(directory)
    with _warned_lock:
        first = directory not in _warned_dirs
        _warned_dirs.add(directory)
    if first:
        for problem in k.problems:
            warnings.warn(problem[0], LexiconWarning, stacklevel=3)
    return k


def _utf8(value, what, where):
    """value (str or bytes) as UTF-8 bytes; a str that cannot be (a lone
    surrogate) is an InputError at its byte offset."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if not isinstance(value, str):
        raise TypeError("%s: %s must be str or bytes, not %s" % (where, what, type(value).__name__))
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as e:
        offset = len(value[:e.start].encode("utf-8", "surrogatepass"))
        raise InputError("%s: byte %d: %s holds a character UTF-8 cannot write (a lone surrogate)"
                         % (where, offset, what), source=where, offset=offset, code="encoding") from None


def _record(item, position, lang):
    """A dict {"id", "text", "date"?, "lang"?, "source"?, "title"?} as the
    record _core.Documents.add_records takes (lang, when given, replacing
    the dict's), or the status of what is wrong."""
    doc_id = item.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    where = doc_id if isinstance(doc_id, str) and doc_id else "item %d" % position

    def problem(message):
        return None, ("%s: %s" % (where, message), where, None, None, "syntax")

    if "text" not in item or doc_id is None:
        return problem('a document needs "id" and "text"')
    values = {key: item.get(key) or "" for key in ("date", "lang", "source", "title")}
    if lang:
        values["lang"] = lang
    if not isinstance(doc_id, str) or not all(isinstance(v, str) for v in values.values()):
        return problem('"id", "date", "lang", "source" and "title" must be strings')
    if not isinstance(item["text"], (str, bytes, bytearray, memoryview)):
        return problem('"text" must be a string, not %s' % type(item["text"]).__name__)
    try:
        text = _utf8(item["text"], '"text"', where)
        fields = [_utf8(values[key], '"%s"' % key, where) for key in ("date", "lang", "source", "title")]
    except InputError as e:
        return None, (str(e), where, None, e.offset, e.code)
    return (where, doc_id, text, *fields), None


def _gather(items, lang, errors):
    """Documents from dicts and file paths, in order; bad ones raise or warn."""
    if errors not in ("raise", "warn"):
        raise ValueError("errors must be 'raise' or 'warn', not %r" % (errors,))
    if isinstance(items, (str, bytes, os.PathLike, Mapping)):
        items = [items]
    docs = _core.Documents()
    problems = []
    records, paths = [], []

    def flush():
        if records:
            problems.extend(docs.add_records(records))
            records.clear()
        if paths:
            problems.extend(docs.add_files(paths, lang or ""))
            paths.clear()

    for position, item in enumerate(items, 1):
        if isinstance(item, Mapping):
            if paths:
                flush()
            record, problem = _record(item, position, lang)
            if problem:
                flush()
                problems.append(problem)
            else:
                records.append(record)
        elif isinstance(item, (str, bytes, os.PathLike)):
            if records:
                flush()
            paths.append(os.fsdecode(item))
        else:
            raise TypeError("item %d: a document is a dict with \"id\" and \"text\", or a file "
                            "path; not %s" % (position, type(item).__name__))
    flush()
    for problem in problems:
        error = _errors.error_from_status(problem)
        if errors == "raise":
            raise error
        warnings.warn(str(error), InputWarning, stacklevel=3)
    return docs


def _check_lang(lang):
    if lang not in (None, "", "ar", "en"):
        raise ValueError("lang must be 'ar' or 'en', not %r" % (lang,))


def read_documents(items, *, lang=None, errors="raise"):
    """The documents tahaluf reads from items, as dicts.

    items: file paths (a text file with optional front matter is one
    document, a .jsonl file one per line) and dicts {"id", "text", "date"?,
    "lang"?, "source"?, "title"?}. Each result has id, text, body_start (the
    first byte after the front matter; spans count from the text's start),
    date, lang (given, or detected by script), source, title and origin.
    lang= sets every document's language. A bad document raises
    InputError, or with errors="warn" is skipped with an InputWarning.
    """
    _check_lang(lang)
    return _gather(items, lang, errors).to_dicts()


def extract(text, *, lang=None, date=None, doc_id=None, data_dir=None):
    """The triples of one text, as a list of dicts with exactly the fields of
    `tahaluf extract`'s JSON lines (doc, sentence, subject, relation, object,
    polarity, cameo, plover, negated, hedged, date, lang, derivation,
    evidence).

    text: str or UTF-8 bytes; front matter between "---" lines is read as
    in a text file. lang: "ar" or "en" (default: by script); date: ISO date
    of the article (relative dates and roles are resolved against it);
    doc_id: the "doc" field (default "doc"). Invalid UTF-8, an empty text,
    a bad date or lang raise InputError naming doc_id and the byte offset.
    """
    doc_id = "doc" if doc_id is None else str(doc_id)
    _check_lang(lang)
    data = _utf8(text, "the text", doc_id)
    k = knowledge(data_dir)
    docs = _core.Documents()
    problems = docs.add_text(doc_id, data, date or "", lang or "")
    if problems:
        raise _errors.error_from_status(problems[0])
    return [json.loads(line) for line in k.extract(docs, 0)]


def extract_many(items, *, lang=None, errors="raise", threads=1, data_dir=None):
    """Triples of many documents, streamed: yields one dict per triple, in
    document order, each as extract() gives them.

    items: file paths and document dicts, as read_documents() takes them;
    read one at a time as the iteration reaches them. threads > 1 extracts
    that many documents at once (the C++ runs without the GIL); the order of
    what is yielded does not change. A bad document raises InputError, or
    with errors="warn" is skipped with an InputWarning.
    """
    _check_lang(lang)
    if threads < 1:
        raise ValueError("threads must be at least 1")
    k = knowledge(data_dir)
    if isinstance(items, (str, bytes, os.PathLike, Mapping)):
        items = [items]

    def documents():
        for position, item in enumerate(items, 1):
            if isinstance(item, Mapping):
                # Keep the item's place in the stream for its messages.
                record, problem = _record(item, position, lang)
                docs = _core.Documents()
                problems = [problem] if problem else docs.add_records([record])
            elif isinstance(item, (str, bytes, os.PathLike)):
                docs = _core.Documents()
                problems = docs.add_files([os.fsdecode(item)], lang or "")
            else:
                raise TypeError("item %d: a document is a dict with \"id\" and \"text\", or a file "
                                "path; not %s" % (position, type(item).__name__))
            for problem in problems:
                error = _errors.error_from_status(problem)
                if errors == "raise":
                    raise error
                warnings.warn(str(error), InputWarning, stacklevel=2)
            for i in range(len(docs)):
                yield docs, i

    if threads == 1:
        for docs, i in documents():
            for line in k.extract(docs, i):
                yield json.loads(line)
        return
    with concurrent.futures.ThreadPoolExecutor(max_workers=threads) as pool:
        pending = collections.deque()
        for docs, i in documents():
            pending.append(pool.submit(k.extract, docs, i))
            while len(pending) >= 2 * threads:
                for line in pending.popleft().result():
                    yield json.loads(line)
        while pending:
            for line in pending.popleft().result():
                yield json.loads(line)


_FILTER_KEYWORDS = ("relations", "polarity", "since", "until", "as_of", "min_evidence", "no_hedged")


def _filter(filters):
    unknown = sorted(set(filters) - set(_FILTER_KEYWORDS))
    if unknown:
        raise TypeError("unknown filter keyword(s) %s; the filters are %s"
                        % (", ".join(unknown), ", ".join(_FILTER_KEYWORDS)))
    relations = filters.get("relations") or []
    if isinstance(relations, str):
        relations = [relations]
    return _core.Filter(list(relations), filters.get("polarity") or "", filters.get("since") or "",
                        filters.get("until") or "", filters.get("as_of") or "",
                        int(filters.get("min_evidence", 1)), bool(filters.get("no_hedged", False)))


class Graph:
    """An alliance graph: actors, one relation per (subject, relation,
    object) fact, and every piece of evidence behind each.

    A Graph does not change once made: merge() returns a new one, so graphs
    can be shared between threads. Two graphs are equal when their graph
    files are byte for byte the same.

    Filters, taken by every analytics method as keywords (as the commands'
    flags): relations (names), polarity ("cooperative", "hostile" or
    "neutral"), since / until / as_of (YYYY[-MM[-DD]]), min_evidence (per
    tie), no_hedged (leave hedged evidence out).
    """

    __slots__ = ("_g",)

    def __init__(self):
        """An empty graph."""
        self._g = _core.Graph()

    @classmethod
    def _wrap(cls, handle):
        g = cls.__new__(cls)
        g._g = handle
        return g

    @classmethod
    def build(cls, docs_or_paths, *, lang=None, errors="raise", data_dir=None):
        """The graph of documents, as `tahaluf build` makes it: its graph file
        is byte for byte the one the command writes for the same documents in
        the same order. docs_or_paths: file paths (text files, .jsonl
        articles) and document dicts, as read_documents() takes them."""
        _check_lang(lang)
        k = knowledge(data_dir)
        docs = _gather(docs_or_paths, lang, errors)
        return cls._wrap(_core.Graph.from_trusted(k.build(docs)))

    @classmethod
    def load(cls, path):
        """The graph in a graph file (as `build`, `merge` and save() write
        them). A file that is not one raises InputError with the byte offset."""
        return cls._wrap(_core.Graph.read(os.fspath(path)))

    @classmethod
    def from_json(cls, text, *, source="graph"):
        """The graph in the text (str or bytes) of a graph file."""
        return cls._wrap(_core.Graph.from_bytes(_utf8(text, "the graph", source), source))

    def to_json(self):
        """The graph file's text, as `tahaluf build` writes it."""
        return self._g.to_bytes().decode("utf-8")

    def save(self, path):
        """Writes the graph file (atomically: a temporary file, then a rename).
        An index file PATH.tix left by an earlier graph there is removed; the
        analytics commands read the JSON, or run `tahaluf index PATH`."""
        path = os.fspath(path)
        self._g.save(path)
        try:
            os.remove(path + ".tix")
        except FileNotFoundError:
            pass

    def merge(self, *others):
        """A new graph holding this one and the others, as `tahaluf merge`
        makes it: the same whatever the order of the graphs."""
        for other in others:
            if not isinstance(other, Graph):
                raise TypeError("merge takes Graphs, not %s" % type(other).__name__)
        return Graph._wrap(self._g.merge([o._g for o in others]))

    @property
    def num_actors(self):
        return self._g.num_actors

    @property
    def num_relations(self):
        return self._g.num_relations

    def __eq__(self, other):
        if not isinstance(other, Graph):
            return NotImplemented
        return self._g.to_bytes() == other._g.to_bytes()

    __hash__ = None

    def __repr__(self):
        return "<tahaluf.Graph: %d actors, %d relations>" % (self.num_actors, self.num_relations)

    def __getstate__(self):
        return self._g.to_bytes()

    def __setstate__(self, state):
        self._g = _core.Graph.from_trusted(state)

    # Analytics: each returns the object `tahaluf COMMAND ... --json` prints.

    def path(self, a, b, *, k=None, all_simple=None, max_paths=None, max_hops=0, weighted=False,
             **filters):
        """Paths from actor a to actor b (names in either language, ids or
        aliases), as `tahaluf path --json`: every shortest path (up to
        max_paths, default 3), or the k shortest simple paths (k=), or every
        simple path of at most all_simple hops (up to max_paths, default
        100); weighted=True makes well-attested ties shorter. An unknown name
        raises UnknownActorError with the closest names."""
        if k is not None and all_simple is not None:
            raise ValueError("k and all_simple exclude each other")
        mode, hops = "shortest", max_hops
        if k is not None:
            if k < 1:
                raise ValueError("k must be at least 1")
            mode, max_paths = "k", k
        elif all_simple is not None:
            if all_simple < 1:
                raise ValueError("all_simple must be at least 1")
            mode, hops = "all_simple", all_simple
            max_paths = 100 if max_paths is None else max_paths
        max_paths = 3 if max_paths is None else max_paths
        return json.loads(self._g.path(a, b, _filter(filters), mode, max_paths, hops, weighted))

    def neighbors(self, actor, *, depth=1, top=50, **filters):
        """The actor's ego network to depth hops, as `tahaluf neighbors --json`
        (the first top members listed)."""
        return json.loads(self._g.neighbors(actor, _filter(filters), depth, top))

    def blocs(self, *, top=10, ties=3, resolution=1.0, **filters):
        """Alliance blocs (signed communities) and the ties across them, as
        `tahaluf blocs --json`."""
        return json.loads(self._g.blocs(_filter(filters), top, ties, resolution))

    def balance(self, *, weak=False, top=20, **filters):
        """Triads that break structural balance, as `tahaluf balance --json`."""
        return json.loads(self._g.balance(_filter(filters), weak, top))

    def brokers(self, *, top=10, sample=0, **filters):
        """Actors by betweenness, with their blocs, as `tahaluf brokers
        --json`; sample=N estimates betweenness from N source actors."""
        return json.loads(self._g.brokers(_filter(filters), top, sample))

    def timeline(self, actor, *, by=None, max_entries=0, **filters):
        """The actor's evidence by date, as `tahaluf timeline --json`; by="year"
        or "month" counts per period instead."""
        return json.loads(self._g.timeline(actor, _filter(filters), by or "", max_entries))

    def stats(self, *, top=10, **filters):
        """Counts by actor kind, relation, polarity, language and document, as
        `tahaluf stats --json`."""
        return json.loads(self._g.stats(_filter(filters), top))

    # Other tools.

    def export(self, format="graphml"):
        """The graph in an export format, as text, byte for byte what `tahaluf
        export --format F` writes: "graphml", "gexf", "node-link", "events" or
        "json". (Diagrams: `tahaluf export --format dot` and `tahaluf render`.)"""
        return self._g.export(format)

    def to_networkx(self):
        """A networkx.MultiDiGraph with every attribute of the GraphML export:
        nodes keyed by actor id (label, name, name_ar, kind, wikidata,
        aliases), one edge per relation keyed by its name (label, relation,
        polarity, cameo, plover, quad_class, symmetric, evidence_count,
        weight, hedged, first_date, last_date, documents, evidence as JSON).
        Attributes the export leaves out when empty are absent here too."""
        try:
            import networkx
        except ImportError as e:
            raise ImportError("to_networkx needs networkx (Debian: apt install python3-networkx)") from e
        xml = self._g.export("graphml").encode("utf-8")
        read = networkx.read_graphml(io.BytesIO(xml), force_multigraph=True)
        out = networkx.MultiDiGraph()
        out.add_nodes_from(read.nodes(data=True))
        for u, v, data in read.edges(data=True):
            data = {key: value for key, value in data.items() if key != "id"}
            out.add_edge(u, v, key=data["relation"], **data)
        return out

    def edges_frame(self):
        """A pandas.DataFrame with one row per relation: source, relation,
        target, polarity, cameo, plover, quad_class, symmetric,
        evidence_count, hedged (all its evidence is), first_date, last_date,
        documents ("|"-separated)."""
        return _frame(self._g.columns(False), "edges_frame")

    def evidence_frame(self):
        """A pandas.DataFrame with one row per piece of evidence: source,
        relation, target, doc, sentence, start, end (byte span of the
        sentence), text, date, lang, hedged, subject_surface,
        object_surface, speaker, event_date."""
        return _frame(self._g.columns(True), "evidence_frame")


def _frame(columns, what):
    try:
        import pandas
    except ImportError as e:
        raise ImportError("%s needs pandas (Debian: apt install python3-pandas)" % what) from e
    return pandas.DataFrame(columns)
