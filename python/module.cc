// tahaluf._core: the C++ pipeline in-process for Python, through pybind11.
//
// Thin by design: it turns Python values into the library's types and
// back, lets go of the GIL while the library works (so Python threads run
// extraction and analytics in parallel), and turns a failed Status into
// the data of a tahaluf.InputError. What the library answers is handed
// over as the bytes the CLI prints (triple lines, graph files, analytics
// JSON), so the module and the CLI cannot drift apart. The API users see,
// with keywords, iterables, pandas and networkx, is tahaluf/__init__.py.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <sys/stat.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tahaluf/analytics_json.h"
#include "tahaluf/corpus.h"
#include "tahaluf/document.h"
#include "tahaluf/extract.h"
#include "tahaluf/files.h"
#include "tahaluf/formats.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/merge.h"
#include "tahaluf/paths.h"
#include "tahaluf/resolve.h"
#include "tahaluf/tie_index.h"

namespace py = pybind11;

namespace tahaluf::python {
namespace {

// ---------------------------------------------------------------------------
// Errors. A Status crosses into Python as a tuple (message, source, line,
// offset, code) that tahaluf/_errors.py makes into an InputError; C++ code
// throws StatusError and the translator registered below raises it.

struct StatusError {
  Status status;
};

std::string_view CodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kIo: return "io";
    case ErrorCode::kEncoding: return "encoding";
    case ErrorCode::kEmpty: return "empty";
    case ErrorCode::kSyntax: return "syntax";
    case ErrorCode::kLexicon: return "lexicon";
    case ErrorCode::kGraph: return "graph";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kUsage: return "usage";
    case ErrorCode::kStale: return "stale";
  }
  return "unknown";
}

py::tuple StatusTuple(const Status& s) {
  auto position = [](size_t p) -> py::object {
    return p == Status::kNoPosition ? py::object(py::none()) : py::object(py::int_(p));
  };
  return py::make_tuple(s.ToString(), s.source(), position(s.line()), position(s.offset()),
                        std::string(CodeName(s.code())));
}

py::list StatusTuples(const std::vector<Status>& errors) {
  py::list out;
  for (const Status& s : errors) out.append(StatusTuple(s));
  return out;
}

void ThrowIfFailed(Status s) {
  if (!s.ok()) throw StatusError{std::move(s)};
}

// ---------------------------------------------------------------------------
// Knowledge: the lexicon and cues of one data directory, loaded once per
// process, with extractors handed out one per thread at a time (an
// Extractor keeps ICU break and transliteration iterators, which are not
// to be shared between threads).

bool IsDirectory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// As the CLI finds it: $TAHALUF_DATA, the source tree's data/ when this
// module runs from its build, else the installed knowledge files.
std::string DefaultDataDir() {
  if (const char* env = std::getenv("TAHALUF_DATA"); env && *env) return env;
  if (IsDirectory(TAHALUF_DATA_DIR_BUILD)) return TAHALUF_DATA_DIR_BUILD;
  return TAHALUF_DATA_DIR_INSTALL;
}

class KnowledgeBase {
 public:
  // The knowledge of `dir`, loaded on first use; a missing file throws.
  static std::shared_ptr<KnowledgeBase> Get(const std::string& dir) {
    static std::mutex mu;
    static std::map<std::string, std::shared_ptr<KnowledgeBase>> loaded;
    std::lock_guard<std::mutex> lock(mu);
    auto it = loaded.find(dir);
    if (it != loaded.end()) return it->second;
    auto k = std::shared_ptr<KnowledgeBase>(new KnowledgeBase(dir));
    loaded.emplace(dir, k);
    return k;
  }

  const std::string& dir() const { return dir_; }
  const std::vector<Status>& problems() const { return problems_; }
  const Lexicon& lexicon() const { return knowledge_.lexicon; }

  // Calls fn(extractor) with an extractor no other thread is using.
  template <class Fn>
  auto WithExtractor(Fn fn) const {
    std::unique_ptr<Extractor> ex;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!idle_.empty()) {
        ex = std::move(idle_.back());
        idle_.pop_back();
      }
    }
    if (!ex) ex = std::make_unique<Extractor>(knowledge_.lexicon, knowledge_.grammar);
    struct GiveBack {
      const KnowledgeBase* kb;
      std::unique_ptr<Extractor>* ex;
      ~GiveBack() {
        std::lock_guard<std::mutex> lock(kb->mu_);
        kb->idle_.push_back(std::move(*ex));
      }
    } give_back{this, &ex};
    return fn(*ex);
  }

 private:
  explicit KnowledgeBase(std::string dir) : dir_(std::move(dir)) {
    ThrowIfFailed(LoadKnowledge(dir_, &knowledge_, &problems_));
  }

  std::string dir_;
  Knowledge knowledge_;
  std::vector<Status> problems_;
  mutable std::mutex mu_;
  mutable std::vector<std::unique_ptr<Extractor>> idle_;
};

std::shared_ptr<KnowledgeBase> LoadKnowledgeBase(const std::string& dir) {
  py::gil_scoped_release nogil;
  return KnowledgeBase::Get(dir);
}

// ---------------------------------------------------------------------------
// Documents: what extraction and building take, gathered from Python
// records, files and JSON Lines partitions, checked as the CLI checks them.

class Documents {
 public:
  size_t size() const { return docs_.size(); }
  const Document& at(size_t i) const {
    if (i >= docs_.size()) throw py::index_error("no document " + std::to_string(i));
    return docs_[i];
  }
  const std::vector<Document>& all() const { return docs_; }

  // Records (origin, id, text, date, lang, source, title) as the Python
  // layer made them from dicts; bytes, checked here. Returns the errors.
  py::list AddRecords(const std::vector<std::tuple<std::string, std::string, std::string,
                                                   std::string, std::string, std::string,
                                                   std::string>>& records) {
    return Add([&](std::vector<Document>* docs, std::vector<Status>* errors) {
      for (const auto& [origin, id, text, date, lang, source, title] : records) {
        Document d;
        d.origin = origin;
        d.id = id;
        d.text = text;
        d.date = date;
        d.lang = lang;
        d.source = source;
        d.title = title;
        Status s = CheckDocument(&d);
        if (s.ok()) {
          docs->push_back(std::move(d));
        } else {
          errors->push_back(std::move(s));
        }
      }
    });
  }

  // Text files and .jsonl files, as `tahaluf extract FILE...` reads them.
  py::list AddFiles(const std::vector<std::string>& paths, const std::string& lang) {
    return Add([&](std::vector<Document>* docs, std::vector<Status>* errors) {
      DocumentReadOptions options;
      options.lang = lang;
      ReadDocuments(paths, options, docs, errors);
    });
  }

  // One text given in memory, read as a text file named `doc_id` would be
  // (front matter allowed); `date` and `lang`, when not empty, replace
  // what the text says.
  py::list AddText(const std::string& doc_id, std::string text, const std::string& date,
                   const std::string& lang) {
    return Add([&](std::vector<Document>* docs, std::vector<Status>* errors) {
      Document d;
      Status s = ParseTextDocument(doc_id, std::move(text), &d);
      if (s.ok()) {
        d.id = doc_id;
        if (!date.empty()) d.date = date;
        if (!lang.empty()) d.lang = lang;
        s = CheckDocument(&d);
      }
      if (s.ok()) {
        docs->push_back(std::move(d));
      } else {
        errors->push_back(std::move(s));
      }
    });
  }

  // A run of whole lines of a JSON Lines file, starting at line
  // `first_line` (1-based) and byte `first_byte` of the file `origin`:
  // errors name the file's line and byte, as for the whole file.
  py::list AddJsonLines(const std::string& data, const std::string& origin, size_t first_line,
                        size_t first_byte, const std::string& lang) {
    return Add([&](std::vector<Document>* docs, std::vector<Status>* errors) {
      std::vector<Status> local;
      ParseJsonLines(origin, data, docs, &local);
      for (const Status& e : local) {
        const size_t line = e.line() == Status::kNoPosition ? e.line() : e.line() + first_line - 1;
        const size_t offset = e.offset() == Status::kNoPosition ? e.offset() : e.offset() + first_byte;
        errors->emplace_back(e.code(), e.source(), e.message(), line, offset);
      }
      if (!lang.empty()) {
        for (Document& d : *docs) d.lang = lang;
      }
    });
  }

  py::list ToDicts() const {
    py::list out;
    for (const Document& d : docs_) {
      py::dict item;
      item["id"] = d.id;
      item["text"] = d.text;
      item["body_start"] = d.body_begin;
      item["date"] = d.date;
      item["lang"] = d.lang;
      item["source"] = d.source;
      item["title"] = d.title;
      item["origin"] = d.origin;
      out.append(std::move(item));
    }
    return out;
  }

 private:
  // Runs read(docs, errors) without the GIL on lists of its own, then
  // appends what it read: the documents already here are only ever touched
  // with the GIL held, so threads may share this object.
  template <class Read>
  py::list Add(Read read) {
    std::vector<Document> docs;
    std::vector<Status> errors;
    {
      py::gil_scoped_release nogil;
      read(&docs, &errors);
    }
    for (Document& d : docs) docs_.push_back(std::move(d));
    return StatusTuples(errors);
  }

  std::vector<Document> docs_;
};

// The triples of one document, as `tahaluf extract` prints them.
std::vector<std::string> ExtractLines(const KnowledgeBase& kb, const Document& doc) {
  return kb.WithExtractor([&](const Extractor& ex) {
    Extraction r = ex.Extract(doc);
    std::vector<std::string> lines;
    lines.reserve(r.triples.size());
    for (const Triple& t : r.triples) lines.push_back(TripleJson(t));
    return lines;
  });
}

// ---------------------------------------------------------------------------
// Graphs: the graph file's bytes (as `build` and `merge` write them), with
// the read-only index the analytics run on and the editable graph the
// exports take, each made on first use. A GraphHandle never changes after
// it is made, so threads may share it.

class GraphHandle {
 public:
  GraphHandle() : json_(GraphJson(AllianceGraph())) {}

  // From a graph file's bytes, written again as tahaluf writes graphs (a
  // file tahaluf wrote comes out the same); a bad file throws kGraph with
  // the byte offset.
  static std::shared_ptr<GraphHandle> FromBytes(std::string_view bytes, const std::string& source) {
    auto g = std::make_shared<GraphHandle>();
    TieIndex index;
    ThrowIfFailed(IndexGraphJson(bytes, source, &index));
    g->json_ = GraphJson(index);
    return g;
  }
  // From bytes tahaluf itself wrote, unchecked.
  static std::shared_ptr<GraphHandle> FromTrusted(std::string json) {
    auto g = std::make_shared<GraphHandle>();
    g->json_ = std::move(json);
    return g;
  }

  const std::string& json() const { return json_; }

  // The read-only index (analytics) and the editable graph (exports).
  const TieIndex& index() const { return Once(index_once_, index_, index_status_, IndexGraphJson); }
  const AllianceGraph& graph() const { return Once(graph_once_, graph_, graph_status_, ReadGraphJson); }

  // The actor `name` names (id, name or alias, either language).
  uint32_t Resolve(const std::string& name) const {
    NameMatch m = ResolveActor(index(), name);
    if (m.vertex) return static_cast<uint32_t>(*m.vertex);
    std::string msg = "no actor called '" + name + "' in the graph";
    if (!m.suggestions.empty()) {
      msg += "; closest: ";
      for (size_t i = 0; i < m.suggestions.size(); ++i) msg += (i ? ", " : "") + m.suggestions[i];
    }
    throw StatusError{Status(ErrorCode::kNotFound, name, msg)};
  }

 private:
  // `value` read from the graph file by read(json, source, &value) on first
  // use, whichever thread asks first; its Status thrown on every use.
  template <class T, class Read>
  const T& Once(std::once_flag& once, T& value, Status& status, Read read) const {
    std::call_once(once, [&] { status = read(json_, "graph", &value); });
    ThrowIfFailed(status);
    return value;
  }

  std::string json_;
  mutable std::once_flag index_once_, graph_once_;
  mutable TieIndex index_;
  mutable AllianceGraph graph_;
  mutable Status index_status_, graph_status_;
};

using GraphPtr = std::shared_ptr<GraphHandle>;

// What the analytics filter keywords ask for; a bad value is a ValueError.
TieFilter MakeFilter(const std::vector<std::string>& relations, const std::string& polarity,
                     const std::string& since, const std::string& until, const std::string& as_of,
                     size_t min_evidence, bool no_hedged) {
  TieFilter f;
  for (const std::string& name : relations) {
    const RelationInfo* r = FindRelation(name);
    if (r == nullptr) {
      std::string known;
      for (const RelationInfo& x : Relations()) known += (known.empty() ? "" : ", ") + std::string(x.name);
      throw py::value_error("unknown relation '" + name + "' (known: " + known + ")");
    }
    f.relations.push_back(r);
  }
  if (polarity == "cooperative") {
    f.polarity = Polarity::kCooperative;
  } else if (polarity == "hostile") {
    f.polarity = Polarity::kHostile;
  } else if (polarity == "neutral") {
    f.polarity = Polarity::kNeutral;
  } else if (!polarity.empty()) {
    throw py::value_error("polarity must be 'cooperative', 'hostile' or 'neutral', not '" + polarity + "'");
  }
  auto day = [](const std::string& text, bool as_end, const char* what) {
    if (text.empty()) return kUndated;
    std::optional<Day> d = ParseDay(text, as_end);
    if (!d) throw py::value_error(std::string(what) + " takes a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + text + "'");
    return *d;
  };
  f.since = day(since, false, "since");
  f.until = day(until, true, "until");
  f.as_of = day(as_of, true, "as_of");
  if (f.since != kUndated && f.until != kUndated && f.since > f.until) {
    throw py::value_error("since is after until");
  }
  f.min_evidence = static_cast<uint32_t>(std::max<size_t>(1, min_evidence));
  f.skip_hedged = no_hedged;
  return f;
}

// The columns of a table with one row per relation (edges) or per piece
// of evidence, for pandas.DataFrame.
py::dict EdgeColumns(const AllianceGraph& ag, bool per_evidence) {
  const Graph& g = ag.graph();
  std::vector<std::string> source, relation, target, polarity, cameo, plover, first, last, documents;
  std::vector<bool> symmetric, hedged;
  std::vector<int> quad;
  std::vector<size_t> count;
  std::vector<std::string> doc, text, date, lang, subject_surface, object_surface, speaker, event_date;
  std::vector<uint32_t> sentence, start, end;
  {
    py::gil_scoped_release nogil;
    for (Edge e : ag.SortedEdges()) {
      const EdgeInfo& info = g[e];
      const RelationInfo& r = *info.relation;
      auto ends = [&] {
        source.push_back(g[boost::source(e, g)].id);
        relation.emplace_back(r.name);
        target.push_back(g[boost::target(e, g)].id);
      };
      if (per_evidence) {
        for (const Evidence& ev : info.evidence) {
          ends();
          doc.push_back(ev.doc);
          sentence.push_back(ev.sentence);
          start.push_back(ev.start);
          end.push_back(ev.end);
          text.push_back(ev.text);
          date.push_back(ev.date);
          lang.push_back(ev.lang);
          hedged.push_back(ev.hedged);
          subject_surface.push_back(ev.subject_surface);
          object_surface.push_back(ev.object_surface);
          speaker.push_back(ev.speaker);
          event_date.push_back(ev.event_date);
        }
        continue;
      }
      ends();
      const EdgeSummary sum = SummarizeEdge(info);
      polarity.emplace_back(PolarityName(r.polarity));
      cameo.emplace_back(r.cameo);
      plover.emplace_back(r.plover);
      quad.push_back(QuadClass(r.cameo));
      symmetric.push_back(r.symmetric);
      count.push_back(sum.evidence_count);
      hedged.push_back(sum.hedged);
      first.push_back(sum.first_date);
      last.push_back(sum.last_date);
      std::string joined;
      for (const std::string& d : sum.documents) joined += (joined.empty() ? "" : "|") + d;
      documents.push_back(std::move(joined));
    }
  }
  py::dict out;
  out["source"] = source;
  out["relation"] = relation;
  out["target"] = target;
  if (per_evidence) {
    out["doc"] = doc;
    out["sentence"] = sentence;
    out["start"] = start;
    out["end"] = end;
    out["text"] = text;
    out["date"] = date;
    out["lang"] = lang;
    out["hedged"] = hedged;
    out["subject_surface"] = subject_surface;
    out["object_surface"] = object_surface;
    out["speaker"] = speaker;
    out["event_date"] = event_date;
  } else {
    out["polarity"] = polarity;
    out["cameo"] = cameo;
    out["plover"] = plover;
    out["quad_class"] = quad;
    out["symmetric"] = symmetric;
    out["evidence_count"] = count;
    out["hedged"] = hedged;
    out["first_date"] = first;
    out["last_date"] = last;
    out["documents"] = documents;
  }
  return out;
}

// The text exports (formats.h); DOT, with its drawing choices, is the
// CLI's `export` and `render`.
std::string Export(const GraphHandle& g, const std::string& format) {
  std::optional<ExportFormat> f = ParseExportFormat(format);
  if (!f || *f == ExportFormat::kNeo4j || *f == ExportFormat::kDot) {
    throw py::value_error("format must be one of json, graphml, gexf, node-link, events; not '" +
                          format + "'");
  }
  py::gil_scoped_release nogil;
  switch (*f) {
    case ExportFormat::kGraphMl: return GraphMl(g.graph());
    case ExportFormat::kGexf: return Gexf(g.graph());
    case ExportFormat::kNodeLink: return NodeLinkJson(g.graph());
    case ExportFormat::kEvents: return EventsTsv(g.graph());
    default: return g.json();
  }
}

}  // namespace
}  // namespace tahaluf::python

PYBIND11_MODULE(_core, m) {
  using namespace tahaluf;
  using namespace tahaluf::python;
  m.doc() = "tahaluf's C++ pipeline; use the tahaluf package, not this module.";

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const StatusError& e) {
      py::object error = py::module_::import("tahaluf._errors").attr("error_from_status")(StatusTuple(e.status));
      PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(error.ptr())), error.ptr());
    }
  });

  m.def("default_data_dir", &DefaultDataDir,
        "The knowledge directory used when none is given: $TAHALUF_DATA, the "
        "source tree's data/ for a module run from its build, else the installed one.");

  py::class_<KnowledgeBase, std::shared_ptr<KnowledgeBase>>(m, "Knowledge")
      .def_property_readonly("data_dir", &KnowledgeBase::dir)
      .def_property_readonly("problems",
                             [](const KnowledgeBase& k) { return StatusTuples(k.problems()); })
      .def_property_readonly("actor_count", [](const KnowledgeBase& k) { return k.lexicon().size(); })
      .def("extract",
           [](const KnowledgeBase& k, const Documents& docs, size_t i) {
             Document doc = docs.at(i);  // a copy: `docs` may grow meanwhile
             py::gil_scoped_release nogil;
             return ExtractLines(k, doc);
           },
           py::arg("documents"), py::arg("i"),
           "The triples of document i, as the JSON lines `tahaluf extract` prints.")
      .def("build",
           [](const KnowledgeBase& k, const Documents& docs) {
             std::vector<Document> copy = docs.all();
             std::string json;
             {
               py::gil_scoped_release nogil;
               json = k.WithExtractor(
                   [&](const Extractor& ex) { return BuildGraphJson(copy, ex); });
             }
             return py::bytes(json);
           },
           py::arg("documents"), "The graph file `tahaluf build` writes for the documents.");
  m.def("load_knowledge", &LoadKnowledgeBase, py::arg("data_dir"),
        "The knowledge files of data_dir, loaded once per process.");

  py::class_<Documents>(m, "Documents")
      .def(py::init<>())
      .def("__len__", &Documents::size)
      .def("add_records", &Documents::AddRecords, py::arg("records"))
      .def("add_files", &Documents::AddFiles, py::arg("paths"), py::arg("lang"))
      .def("add_text", &Documents::AddText, py::arg("doc_id"), py::arg("text"), py::arg("date"),
           py::arg("lang"))
      .def("add_json_lines", &Documents::AddJsonLines, py::arg("data"), py::arg("origin"),
           py::arg("first_line"), py::arg("first_byte"), py::arg("lang"))
      .def("to_dicts", &Documents::ToDicts);

  m.def(
      "join_parts",
      [](const std::vector<std::string>& parts) {
        std::vector<Status> errors;
        std::string joined;
        {
          py::gil_scoped_release nogil;
          std::vector<GraphSource> sources;
          for (size_t i = 0; i < parts.size(); ++i) sources.push_back({"part " + std::to_string(i + 1), parts[i]});
          joined = JoinGraphParts(sources, &errors);
        }
        if (!errors.empty()) throw StatusError{errors.front()};
        return py::bytes(joined);
      },
      py::arg("parts"), "Graph files of consecutive parts of a corpus, joined in order (corpus.h).");

  py::class_<TieFilter>(m, "Filter")
      .def(py::init(&MakeFilter), py::arg("relations"), py::arg("polarity"), py::arg("since"),
           py::arg("until"), py::arg("as_of"), py::arg("min_evidence"), py::arg("no_hedged"));

  py::class_<GraphHandle, GraphPtr>(m, "Graph")
      .def(py::init<>())
      .def_static(
          "from_bytes",
          [](const std::string& bytes, const std::string& source) {
            py::gil_scoped_release nogil;
            return GraphHandle::FromBytes(bytes, source);
          },
          py::arg("data"), py::arg("source"))
      .def_static(
          "from_trusted", [](std::string bytes) { return GraphHandle::FromTrusted(std::move(bytes)); },
          py::arg("data"))
      .def_static(
          "read",
          [](const std::string& path) {
            py::gil_scoped_release nogil;
            std::string bytes;
            ThrowIfFailed(ReadFile(path, &bytes));
            return GraphHandle::FromBytes(bytes, path);
          },
          py::arg("path"))
      .def("to_bytes", [](const GraphHandle& g) { return py::bytes(g.json()); })
      .def(
          "save",
          [](const GraphHandle& g, const std::string& path) {
            py::gil_scoped_release nogil;
            ThrowIfFailed(WriteFileAtomically(path, g.json()));
          },
          py::arg("path"))
      .def(
          "merge",
          [](const GraphHandle& g, const std::vector<GraphPtr>& others) {
            py::gil_scoped_release nogil;
            std::vector<GraphSource> files = {{"graph", g.json()}};
            for (size_t i = 0; i < others.size(); ++i) {
              files.push_back({"other graph " + std::to_string(i + 1), others[i]->json()});
            }
            std::vector<Status> errors;
            std::string merged = MergeGraphFiles(files, &errors);
            if (!errors.empty()) throw StatusError{errors.front()};
            return GraphHandle::FromTrusted(std::move(merged));
          },
          py::arg("others"))
      .def_property_readonly("num_actors",
                             [](const GraphHandle& g) {
                               py::gil_scoped_release nogil;
                               return g.index().num_nodes();
                             })
      .def_property_readonly("num_relations",
                             [](const GraphHandle& g) {
                               py::gil_scoped_release nogil;
                               return g.index().num_ties();
                             })
      .def(
          "path",
          [](const GraphHandle& g, const std::string& a, const std::string& b, const TieFilter& filter,
             const std::string& mode, size_t max_paths, size_t max_hops, bool weighted) {
            PathOptions o;
            if (mode == "k") {
              o.mode = PathMode::kKShortest;
            } else if (mode == "all_simple") {
              o.mode = PathMode::kAllSimple;
            } else if (mode != "shortest") {
              throw py::value_error("mode must be 'shortest', 'k' or 'all_simple'");
            }
            o.max_paths = max_paths;
            o.max_hops = max_hops;
            o.weighted = weighted;
            py::gil_scoped_release nogil;
            const TieIndex& index = g.index();
            const uint32_t from = g.Resolve(a), to = g.Resolve(b);
            ActiveTies active(index, filter);
            return PathsJson(index, active, from, to, FindPaths(index, active, from, to, o), weighted);
          },
          py::arg("a"), py::arg("b"), py::arg("filter"), py::arg("mode"), py::arg("max_paths"),
          py::arg("max_hops"), py::arg("weighted"))
      .def(
          "neighbors",
          [](const GraphHandle& g, const std::string& actor, const TieFilter& filter, size_t depth,
             size_t top) {
            py::gil_scoped_release nogil;
            const TieIndex& index = g.index();
            const uint32_t center = g.Resolve(actor);
            ActiveTies active(index, filter);
            return NeighborhoodJson(index, active, Neighborhood(index, active, center, depth), top);
          },
          py::arg("actor"), py::arg("filter"), py::arg("depth"), py::arg("top"))
      .def(
          "blocs",
          [](const GraphHandle& g, const TieFilter& filter, size_t top, size_t ties, double resolution) {
            if (!(resolution > 0)) throw py::value_error("resolution must be a positive number");
            py::gil_scoped_release nogil;
            const TieIndex& index = g.index();
            ActiveTies active(index, filter);
            BlocOptions options;
            options.resolution = resolution;
            return BlocsJson(index, active, FindBlocs(index, active, options), top, ties);
          },
          py::arg("filter"), py::arg("top"), py::arg("ties"), py::arg("resolution"))
      .def(
          "balance",
          [](const GraphHandle& g, const TieFilter& filter, bool weak, size_t top) {
            py::gil_scoped_release nogil;
            const TieIndex& index = g.index();
            ActiveTies active(index, filter);
            return BalanceJson(index, active, FindUnbalancedTriads(index, active, weak, top), weak);
          },
          py::arg("filter"), py::arg("weak"), py::arg("top"))
      .def(
          "brokers",
          [](const GraphHandle& g, const TieFilter& filter, size_t top, size_t sample) {
            py::gil_scoped_release nogil;
            const TieIndex& index = g.index();
            ActiveTies active(index, filter);
            CentralityOptions options;
            options.sample = sample;
            Centrality c = ComputeCentrality(index, active, options);
            Blocs blocs = FindBlocs(index, active);
            return BrokersJson(index, c, blocs, TopBrokers(index, active, c, blocs, top));
          },
          py::arg("filter"), py::arg("top"), py::arg("sample"))
      .def(
          "timeline",
          [](const GraphHandle& g, const std::string& actor, const TieFilter& filter, const std::string& by,
             size_t max_entries) {
            if (!by.empty() && by != "year" && by != "month") {
              throw py::value_error("by must be 'year' or 'month', not '" + by + "'");
            }
            py::gil_scoped_release nogil;
            const TieIndex& index = g.index();
            const uint32_t who = g.Resolve(actor);
            ActiveTies active(index, filter);
            std::vector<TimelineEntry> entries = Timeline(index, active, who);
            if (by.empty()) return TimelineJson(index, who, entries, nullptr, max_entries);
            std::vector<TimelinePeriod> periods = SummarizeTimeline(
                index, entries, by == "year" ? Granularity::kYear : Granularity::kMonth);
            return TimelineJson(index, who, entries, &periods, max_entries);
          },
          py::arg("actor"), py::arg("filter"), py::arg("by"), py::arg("max_entries"))
      .def(
          "stats",
          [](const GraphHandle& g, const TieFilter& filter, size_t top) {
            py::gil_scoped_release nogil;
            const TieIndex& index = g.index();
            ActiveTies active(index, filter);
            return StatsJson(ComputeStats(index, active, top));
          },
          py::arg("filter"), py::arg("top"))
      .def("export", &Export, py::arg("format"))
      .def(
          "columns",
          [](const GraphHandle& g, bool per_evidence) {
            const AllianceGraph* ag;
            {
              py::gil_scoped_release nogil;
              ag = &g.graph();
            }
            return EdgeColumns(*ag, per_evidence);
          },
          py::arg("per_evidence"));
}
