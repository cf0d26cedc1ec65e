// Documents through extraction on every core, streaming: the CLI's
// `extract`, `mentions` and `build` read a batch of documents
// (DocumentReader), extract them on N threads, one Extractor each, and hand
// each document's result on in input order; this thread reads the next
// batch and hands on the last one's results while the workers extract.
// Extraction of a document depends on nothing but the document (extract.h),
// so what is handed on, and so every output, is the same for every N; and
// only a batch of documents and their results is in memory at once, however
// large the corpus.
//
// Usage:
//   ExtractInOrder<std::string>(args.positional, args, knowledge, jobs,
//       [](const Extractor& ex, const Document& doc, std::string* out) { ... },
//       [&](const Document& doc, std::string& out) { writer.Write(out); }, &bad);
#ifndef TAHALUF_TOOLS_PIPELINE_H_
#define TAHALUF_TOOLS_PIPELINE_H_

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include "cli.h"
#include "tahaluf/extract.h"
#include "tahaluf/files.h"

namespace tahaluf::cli {

// The -j / --jobs flag, and its value: the machine's cores when absent;
// false (a usage error, reported) when it is no whole number from 1 up.
Flag JobsFlag();
bool ParseJobs(const Args& args, size_t* jobs);

// Input bytes read per batch for each thread: enough documents that the
// threads finish a batch at about the same time, few enough that memory
// stays small.
constexpr size_t kBatchBytesPerJob = 2u << 20;

// Reads the documents of `paths` (--lang, --jsonl as ReadDocuments)
// and calls work(extractor, doc, &result) for each on one of `jobs`
// threads, then done(doc, result) for each on this thread, in input order.
// Bad inputs are reported and counted in *bad. Returns the documents read.
template <typename Result>
size_t ExtractInOrder(const std::vector<std::string>& paths, const Args& args,
                      const Knowledge& knowledge, size_t jobs,
                      const std::function<void(const Extractor&, const Document&, Result*)>& work,
                      const std::function<void(const Document&, Result&)>& done, size_t* bad) {
  DocumentReadOptions options;
  options.lang = args.Get("--lang");
  options.stdin_jsonl = args.Has("--jsonl");
  DocumentReader reader(paths, options);
  jobs = std::max<size_t>(jobs, 1);
  std::vector<std::unique_ptr<Extractor>> extractors;
  for (size_t t = 0; t < jobs; ++t) {
    extractors.push_back(std::make_unique<Extractor>(knowledge.lexicon, knowledge.grammar));
  }
  // A batch of documents and their results. While the workers extract one,
  // this thread reads the next and writes the one before.
  struct Batch {
    std::vector<Document> docs;
    std::vector<Result> results;
    std::atomic<size_t> next{0};
    std::vector<std::thread> workers;
  };
  auto read = [&](Batch* b) {
    std::vector<Status> errors;
    const bool more = reader.Next(kBatchBytesPerJob * jobs, &b->docs, &errors);
    for (const Status& e : errors) Report(e);
    *bad += errors.size();
    return more;
  };
  auto start = [&](Batch* b) {
    b->results.resize(b->docs.size());
    b->next = 0;
    const size_t threads = std::min(jobs, b->docs.size());
    for (size_t t = 0; t < threads; ++t) {
      b->workers.emplace_back([b, t, &extractors, &work] {
        for (size_t i; (i = b->next.fetch_add(1)) < b->docs.size();) {
          work(*extractors[t], b->docs[i], &b->results[i]);
        }
      });
    }
  };
  auto finish = [](Batch* b) {
    for (std::thread& th : b->workers) th.join();
    b->workers.clear();
  };
  size_t count = 0;
  auto current = std::make_unique<Batch>();
  auto following = std::make_unique<Batch>();
  bool more = read(current.get());
  if (more) start(current.get());
  while (more) {
    more = read(following.get());
    finish(current.get());
    if (more) start(following.get());
    for (size_t i = 0; i < current->docs.size(); ++i) done(current->docs[i], current->results[i]);
    count += current->docs.size();
    current->docs.clear();
    current->results.clear();
    std::swap(current, following);
  }
  return count;
}

}  // namespace tahaluf::cli

#endif  // TAHALUF_TOOLS_PIPELINE_H_
