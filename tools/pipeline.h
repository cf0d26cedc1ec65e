// Documents through extraction on every core, streaming: the CLI's
// `extract`, `mentions` and `build` read a batch of documents
// (DocumentReader), extract them on N threads, one Extractor each, and hand
// each document's result on in input order before reading the next batch.
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
  size_t count = 0;
  std::vector<Document> docs;
  std::vector<Status> errors;
  while (reader.Next(kBatchBytesPerJob * jobs, &docs, &errors)) {
    for (const Status& e : errors) Report(e);
    *bad += errors.size();
    errors.clear();
    std::vector<Result> results(docs.size());
    std::atomic<size_t> next{0};
    const size_t threads = std::min(jobs, docs.size());
    while (extractors.size() < threads) {
      extractors.push_back(std::make_unique<Extractor>(knowledge.lexicon, knowledge.grammar));
    }
    auto run = [&](size_t t) {
      for (size_t i; (i = next.fetch_add(1)) < docs.size();) work(*extractors[t], docs[i], &results[i]);
    };
    std::vector<std::thread> pool;
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(run, t);
    if (threads > 0) run(0);
    for (std::thread& th : pool) th.join();
    for (size_t i = 0; i < docs.size(); ++i) done(docs[i], results[i]);
    count += docs.size();
    docs.clear();
  }
  return count;
}

}  // namespace tahaluf::cli

#endif  // TAHALUF_TOOLS_PIPELINE_H_
