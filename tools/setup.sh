#!/usr/bin/env bash
# tahaluf set-up: installs what is missing, builds, and then either runs the
# main job on the bundled example articles (demo) or runs every test (test).
#
#   tools/setup.sh demo   # graphs/example.{json,dot,svg} + a path query
#   tools/setup.sh test   # unit, CLI, golden, export, score tests (ctest)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-demo}
build=${TAHALUF_BUILD_DIR:-$here/build}

packages=(g++ cmake pkgconf libboost-graph-dev libicu-dev rapidjson-dev
          libgraphviz-dev graphviz doctest-dev fonts-noto-core python3)
if [ "$mode" = test ]; then
  packages+=(chromium python3-networkx)
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
