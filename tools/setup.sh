#!/usr/bin/env bash
# tahaluf set-up: installs what is missing, builds, and then either runs the
# main job on the bundled example articles (demo) or runs every test (test).
#
#   tools/setup.sh demo   # graphs/example.{json,dot,svg} + a path query
#   tools/setup.sh test   # unit, CLI, layering, golden outputs, export, score, Python, Dask tests (ctest)
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
    cd "$build"
    ctest --output-on-failure
    ;;
  *)
    echo "usage: tools/setup.sh demo|test" >&2
    exit 2
    ;;
esac
