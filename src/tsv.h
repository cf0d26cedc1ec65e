// Internal: the TSV dialect of the data files (see lexicon.h, extract.h for
// the public contract). UTF-8, tab-separated, `#` comment lines, blank lines
// ignored, first other line a header that must match exactly.
#ifndef TAHALUF_SRC_TSV_H_
#define TAHALUF_SRC_TSV_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "tahaluf/status.h"

namespace tahaluf {

// Calls `row(line_no, fields)` for every data row with exactly
// header.size() fields (trailing empty fields may be left out). Problems go
// to `problems`, each naming `source` and the line: a bad header (nothing
// of the file is read), and rows skipped for a wrong field count, invalid
// UTF-8 or a control character (with the byte offset); the other rows are
// read.
void ReadTsv(std::string_view content, std::string_view source,
             const std::vector<std::string_view>& header,
             std::vector<Status>* problems,
             const std::function<void(size_t, const std::vector<std::string_view>&)>& row);

std::vector<std::string_view> SplitBar(std::string_view s);  // "a|b" -> {a, b}

}  // namespace tahaluf

#endif  // TAHALUF_SRC_TSV_H_
