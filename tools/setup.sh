#!/usr/bin/env bash
# tahaluf set-up: installs what is missing, builds, and then either runs the
# main job on the bundled example articles (demo) or runs every test (test).
#
#   tools/setup.sh demo   # graphs/example.{json,dot,svg} + a path query
#   tools/setup.sh test   # unit, CLI, hostile-input, layering, golden outputs, export, score, Python,
#                         # Dask tests (ctest); then the unit, CLI, hostile-input and fuzz-seed
#                         # tests again on an ASan+UBSan build (build-asan/)
#
# Both build the Python module too and make `import tahaluf` work in every
# python3 found (the one on PATH and Debian's /usr/bin/python3) by writing
# a tahaluf.pth file, pointing at build/python, into its site-packages.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-demo}
build=${TAHALUF_BUILD_DIR:-$here/build}

packages=(g++ cmake pkgconf libboost-graph-dev libicu-dev rapidjson-dev
          libgraphviz-dev graphviz doctest-dev fonts-noto-core python3
          python3-dev pybind11-dev)
if [ "$mode" = test ]; then
  packages+=(chromium python3-networkx python3-pytest python3-distributed python3-pandas)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)"
bin="$build/tahaluf"

# import tahaluf, with no environment variable, in each python3 there is.
pythons=()
for py in "$(command -v python3 || true)" /usr/bin/python3; do
  [ -x "$py" ] || continue
  real=$("$py" -c 'import sys; print(sys.executable)')
  case " ${pythons[*]} " in *" $real "*) continue ;; esac
  pythons+=("$real")
  status=0
  "$py" "$here/python/register_pth.py" "$build/python" || status=$?
  [ $status -eq 3 ] && continue
  [ $status -eq 0 ] || exit 1
  (cd / && env -u PYTHONPATH "$real" -c "import tahaluf; tahaluf.extract('زار حفتر باكستان')") || {
    echo "setup: import tahaluf fails in $real" >&2
    exit 1
  }
done

case "$mode" in
  demo)
    "$here/tools/make_example.sh" "$bin"
    ;;
  test)
    (cd "$build" && ctest --output-on-failure)
    # The same unit, CLI, hostile-input and fuzz-seed tests on an
    # AddressSanitizer + UndefinedBehaviorSanitizer build of the library,
    # the tests and the CLI (no Python module): a second build folder.
    asan=${TAHALUF_ASAN_BUILD_DIR:-$here/build-asan}
    cmake -S "$here" -B "$asan" -DCMAKE_BUILD_TYPE=Debug -DTAHALUF_SANITIZE=ON \
      -DTAHALUF_PYTHON=OFF >/dev/null
    cmake --build "$asan" -j"$(nproc)" --target tahaluf_tests tahaluf_cli tahaluf_fuzz_replay
    # Any report is fatal; tests/{asan,lsan}_suppressions.txt name the bugs
    # of Debian's Graphviz and font libraries that are not ours to fix.
    (cd "$asan" &&
      ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:suppressions=$here/tests/asan_suppressions.txt \
      LSAN_OPTIONS=suppressions=$here/tests/lsan_suppressions.txt:print_suppressions=0 \
      UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      ctest --output-on-failure -R '^(unit|cli|hostile|fuzz_seeds)$')
    ;;
  *)
    echo "usage: tools/setup.sh demo|test" >&2
    exit 2
    ;;
esac
