#!/usr/bin/env python3
"""The house keeps to its floors: includes and calls point down only.

Reads the layer list (tests/layers.txt) and checks, failing with a line per
problem:
  - every library file (include/tahaluf/*.h, src/*.h, src/*.cc) is in the
    list once, and every file the list names exists;
  - every #include "tahaluf/..." or "..." of a library file names a file of
    its own unit or of a unit on a lower floor (never up, never sideways to
    another unit on the same floor), and every #include "tahaluf/..." in
    tools/ names a library header;
  - no #include chain of library files comes back to where it started;
  - with --objects (the library's object files, as CMake builds them):
    every call from one object file into another (a symbol one uses and the
    other defines, by nm) goes to the same unit or down, so calls can go
    round no circle either;
  - README.md's data-flow table lists the same floors, stages and public
    headers, in the same order;
  - no library file is over 800 lines (a file that grows past it is doing
    more than one job: split it by job).

It first runs itself on a small tree holding every fault, to show that it
catches them.

Usage: tests/layering_test.py [--source DIR] [--objects BUILD/CMakeFiles/tahaluf.dir/src/*.o ...]
"""

import argparse
import os
import re
import subprocess
import sys


def parse_layers(path):
    """[(floor, stage, [unit files...]), ...] and {file: (floor, unit name)}."""
    floors, owner, problems = [], {}, []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) != 3 or not parts[0].isdigit():
                problems.append("%s:%d: expected FLOOR | STAGE | UNITS" % (path, number))
                continue
            floor, stage, units = int(parts[0]), parts[1], parts[2].split()
            if floor != len(floors):
                problems.append("%s:%d: floor %d out of order" % (path, number, floor))
            unit_files = []
            for unit in units:
                if "=" in unit:
                    name, files = unit.split("=", 1)
                    files = files.split(",")
                elif unit.startswith("src/") and not unit.endswith((".h", ".cc")):
                    name, files = unit, [unit + ".h", unit + ".cc"]
                elif "/" in unit:
                    name, files = unit, [unit]
                else:
                    name, files = unit, ["include/tahaluf/%s.h" % unit, "src/%s.cc" % unit]
                for f_ in files:
                    if f_ in owner:
                        problems.append("%s:%d: %s is listed twice" % (path, number, f_))
                    owner[f_] = (floor, name)
                unit_files.append((name, files))
            floors.append((floor, stage, unit_files))
    return floors, owner, problems


INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def includes_of(path):
    with open(path, encoding="utf-8") as f:
        return INCLUDE.findall(f.read())


def resolve_include(source_file, target):
    """The library file an #include names, relative to the source tree."""
    if target.startswith("tahaluf/"):
        return "include/" + target
    return os.path.normpath(os.path.join(os.path.dirname(source_file), target))


def library_files(root):
    """include/tahaluf/*.h and everything .h or .cc under src/."""
    out = ["include/tahaluf/" + name for name in os.listdir(os.path.join(root, "include/tahaluf"))
           if name.endswith(".h")]
    for folder, _, names in os.walk(os.path.join(root, "src")):
        rel = os.path.relpath(folder, root)
        out += [rel + "/" + name for name in names if name.endswith((".h", ".cc"))]
    return sorted(out)


def check_includes(root, owner, problems):
    graph = {}
    for rel in library_files(root):
        if rel not in owner:
            problems.append("%s is on no floor of tests/layers.txt" % rel)
            continue
        floor, unit = owner[rel]
        graph[rel] = []
        for target in includes_of(os.path.join(root, rel)):
            dep = resolve_include(rel, target)
            if dep not in owner:
                problems.append('%s includes "%s", which is no library file on a floor' % (rel, target))
                continue
            graph[rel].append(dep)
            dep_floor, dep_unit = owner[dep]
            if dep_unit == unit:
                continue
            if dep_floor > floor:
                problems.append('%s (floor %d, %s) includes "%s" (floor %d, %s): up'
                                % (rel, floor, unit, target, dep_floor, dep_unit))
            elif dep_floor == floor:
                problems.append('%s (floor %d, %s) includes "%s" (%s, the same floor): sideways'
                                % (rel, floor, unit, target, dep_unit))
    for rel in sorted(os.listdir(os.path.join(root, "tools"))):
        if not rel.endswith((".h", ".cc")):
            continue
        for target in includes_of(os.path.join(root, "tools", rel)):
            if target.startswith("tahaluf/") and "include/" + target not in owner:
                problems.append('tools/%s includes "%s", which is no library header' % (rel, target))
    # Include cycles, file by file (within a unit too).
    state = {}

    def visit(node, stack):
        state[node] = 1
        stack.append(node)
        for dep in graph.get(node, []):
            if state.get(dep) == 1:
                problems.append("include cycle: " + " -> ".join(stack[stack.index(dep):] + [dep]))
            elif dep not in state:
                visit(dep, stack)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    return len(graph)


def source_of(obj):
    """src/x/y.cc for an object file .../tahaluf.dir/src/x/y.cc.o."""
    path = obj.replace(os.sep, "/")
    at = path.rfind("/src/")
    return path[at + 1:-2] if at >= 0 and path.endswith(".o") else path


def check_calls(objects, owner, problems):
    """Calls between object files, from the symbols each uses and defines."""
    defined, used = {}, {}
    for obj in objects:
        source = source_of(obj)
        out = subprocess.run(["nm", obj], capture_output=True, text=True, check=True).stdout
        used[source] = set()
        for fields in (line.split() for line in out.splitlines()):
            if len(fields) == 2 and fields[0] == "U":
                used[source].add(fields[1])
            elif len(fields) == 3 and fields[1] in "TDBR":
                defined.setdefault(fields[2], set()).add(source)
    calls = 0
    for source, symbols in sorted(used.items()):
        if source not in owner:
            problems.append("object file of %s comes from no file on a floor" % source)
            continue
        floor, unit = owner[source]
        for symbol in sorted(symbols):
            for target in defined.get(symbol, ()):
                if target == source or target not in owner:
                    continue
                calls += 1
                other_floor, other_unit = owner[target]
                if other_unit != unit and other_floor >= floor:
                    problems.append("%s (floor %d) calls %s in %s (floor %d): %s"
                                    % (source, floor, symbol, target, other_floor,
                                       "up" if other_floor > floor else "sideways"))
    return calls


def check_readme(root, floors, problems):
    """README's data-flow table: | floor | stage | headers | in -> out |."""
    with open(os.path.join(root, "README.md"), encoding="utf-8") as f:
        text = f.read()
    start = text.find("## Data flow")
    rows = []
    for line in text[start:].splitlines()[1:]:
        if line.startswith("## "):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0].isdigit():
            rows.append((int(cells[0]), cells[1], re.findall(r"`([a-z0-9_]+\.h)`", cells[2])))
    want = []
    for floor, stage, units in floors:
        headers = [os.path.basename(f_) for _, files in units for f_ in files
                   if f_.startswith("include/tahaluf/")]
        want.append((floor, stage, headers))
    if rows != want:
        problems.append("README.md's data-flow table does not show tests/layers.txt:")
        for k in range(max(len(rows), len(want))):
            have = rows[k] if k < len(rows) else None
            need = want[k] if k < len(want) else None
            if have != need:
                problems.append("  floor %s: README has %s, the layer list %s"
                                % (k, have, need))


MAX_LINES = 800


def check_sizes(root, problems):
    for rel in library_files(root):
        with open(os.path.join(root, rel), encoding="utf-8") as f:
            lines = sum(1 for _ in f)
        if lines > MAX_LINES:
            problems.append("%s has %d lines, over %d: split it by job" % (rel, lines, MAX_LINES))


def check_tree(source, objects):
    """Every problem found in the tree at `source`, and a summary line."""
    floors, owner, problems = parse_layers(os.path.join(source, "tests", "layers.txt"))
    # A unit's src/NAME.cc may be absent (a header-only unit), nothing else.
    for f_ in sorted(owner):
        if not f_.endswith(".cc") and not os.path.exists(os.path.join(source, f_)):
            problems.append("tests/layers.txt names %s, which does not exist" % f_)
    owner = {f_: v for f_, v in owner.items() if os.path.exists(os.path.join(source, f_))}
    files = check_includes(source, owner, problems)
    calls = check_calls(objects, owner, problems) if objects else None
    check_readme(source, floors, problems)
    check_sizes(source, problems)
    summary = ("%d library files on %d floors, none over %d lines; every include points down%s;"
               " README's table agrees"
               % (files, len(floors), MAX_LINES,
                  "" if calls is None else ", and so do %d calls between object files" % calls))
    return problems, summary


def self_test():
    """The checks fail where they should: a small tree with every fault."""
    import shutil
    import tempfile

    root = tempfile.mkdtemp()
    try:
        def write(rel, text):
            os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
            with open(os.path.join(root, rel), "w", encoding="utf-8") as f:
                f.write(text)

        write("tests/layers.txt", "0 | low | low side\n1 | high | high\n")
        write("include/tahaluf/low.h", "int Low();\n")
        write("include/tahaluf/side.h", '#include "tahaluf/low.h"\nint Side();\n')
        write("include/tahaluf/high.h", "int High();\n")
        write("include/tahaluf/loop.h", '#include "tahaluf/loop.h"\n')
        # low.cc includes and calls up (high) and sideways (side).
        write("src/low.cc", '#include "tahaluf/high.h"\n#include "tahaluf/side.h"\n'
                            "int Low() { return High() + Side(); }\n")
        write("src/side.cc", "int Side() { return 1; }\n" + "// a line\n" * MAX_LINES)
        write("src/high.cc", '#include "tahaluf/low.h"\nint High() { return 2; }\n')
        write("tools/x.cc", '#include "tahaluf/nothing.h"\n')
        write("README.md", "## Data flow\n\n| floor | stage | headers | x |\n|---|---|---|---|\n"
                           "| 0 | low | `low.h` | x |\n| 1 | high | `high.h` | x |\n")
        objects = []
        os.makedirs(os.path.join(root, "build", "src"))
        for name in ("low", "side", "high"):
            obj = os.path.join(root, "build", "src", name + ".cc.o")
            subprocess.run(["c++", "-c", "-I" + os.path.join(root, "include"),
                            os.path.join(root, "src", name + ".cc"), "-o", obj], check=True)
            objects.append(obj)
        problems, _ = check_tree(root, objects)
        expected = [
            "include/tahaluf/loop.h is on no floor",
            'src/low.cc (floor 0, low) includes "tahaluf/high.h" (floor 1, high): up',
            'src/low.cc (floor 0, low) includes "tahaluf/side.h" (side, the same floor): sideways',
            "src/low.cc (floor 0) calls _Z4Highv in src/high.cc (floor 1): up",
            "src/low.cc (floor 0) calls _Z4Sidev in src/side.cc (floor 0): sideways",
            'tools/x.cc includes "tahaluf/nothing.h", which is no library header',
            "README.md's data-flow table does not show tests/layers.txt:",
            "src/side.cc has %d lines, over %d" % (MAX_LINES + 1, MAX_LINES),
        ]
        missing = [e for e in expected if not any(p.startswith(e) for p in problems)]
        for e in missing:
            print("FAIL: the self-test tree should give: " + e)
        write("tests/layers.txt", "0 | low | low side loop\n1 | high | high\n")
        problems, _ = check_tree(root, None)
        if not any(p.startswith("include cycle: include/tahaluf/loop.h") for p in problems):
            print("FAIL: the self-test tree should give an include cycle")
            missing.append("cycle")
        return not missing
    finally:
        shutil.rmtree(root)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", default=os.path.dirname(here))
    ap.add_argument("--objects", nargs="*", default=[],
                    help="the library's object files (CMake: $<TARGET_OBJECTS:tahaluf>), to check calls")
    args = ap.parse_args()
    if not self_test():
        return 1
    problems, summary = check_tree(args.source, args.objects)
    for p in problems:
        print("FAIL: " + p)
    if problems:
        return 1
    print("ok: the checks catch up, sideways, cyclic and unlisted includes and calls in a test tree")
    print("ok: " + summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
