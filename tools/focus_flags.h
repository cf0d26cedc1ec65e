// The flags `render` and `report` share: what to draw (focus.h) and how to
// label it (export.h), declared once so both commands take the same ones.
#ifndef TAHALUF_TOOLS_FOCUS_FLAGS_H_
#define TAHALUF_TOOLS_FOCUS_FLAGS_H_

#include <string>
#include <vector>

#include "cli.h"
#include "tahaluf/export.h"
#include "tahaluf/focus.h"

namespace tahaluf::cli {

// --around, --depth, --path, --relations, --cooperative, --hostile, --since,
// --until, --min-evidence, --top, --labels, --layout, --edge-labels,
// --no-legend.
std::vector<Flag> FocusFlags();

// Reads those flags. `positional` is the command's positionals: `--path A B`
// leaves B there (the parser takes one value per flag), so it is taken back:
// the last positional, or the first when only the last names a file; on
// return `*positional` holds the rest. False, with a
// message on stderr, on a bad value.
bool ParseFocusFlags(const Args& args, std::vector<std::string>* positional,
                     FocusOptions* focus, DotOptions* dot);

// Reads the graph file into `graph` and keeps in `part` what `focus` asks
// for. Reports a problem and returns its exit status (kExitBadInput, or
// kExitUsage for a focus that names no actor); kExitOk when all went well.
int LoadFocused(const std::string& path, const FocusOptions& focus, AllianceGraph* graph,
                AllianceGraph* part);

}  // namespace tahaluf::cli

#endif  // TAHALUF_TOOLS_FOCUS_FLAGS_H_
