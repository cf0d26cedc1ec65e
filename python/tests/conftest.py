"""Shared by the Python tests: where the CLI, the sources and the dev
articles are, and the articles to test on.

ctest sets TAHALUF_CLI, TAHALUF_SOURCE_DIR and PYTHONPATH (python/CMakeLists.txt);
run by hand, the defaults below find build/ next to python/.
"""
import glob
import json
import os
import subprocess

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("TAHALUF_SOURCE_DIR") or os.path.dirname(os.path.dirname(HERE))
CLI = os.environ.get("TAHALUF_CLI") or os.path.join(SOURCE_DIR, "build", "tahaluf")
SHARED = os.environ.get("TAHALUF_SHARED") or os.path.join(SOURCE_DIR, "..", "shared")
DEV_DIR = os.path.join(SHARED, "eval", "dev")


def pytest_addoption(parser):
    parser.addoption("--docs", type=int, default=600,
                     help="documents in the replicated corpus of the Dask tests (default 600)")


def dev_articles():
    return sorted(glob.glob(os.path.join(DEV_DIR, "*.txt")))


def own_articles():
    """The project's own articles: the example graph's and the scored ones."""
    return sorted(glob.glob(os.path.join(SOURCE_DIR, "graphs", "articles", "*.txt")) +
                  glob.glob(os.path.join(SOURCE_DIR, "tests", "extraction", "*.txt")))


@pytest.fixture(params=["dev", "own"])
def articles(request):
    """The dev articles (skipped, with a message, where ../shared is absent)
    and the project's own."""
    if request.param == "dev":
        paths = dev_articles()
        if not paths:
            pytest.skip("%s is absent: the dev articles are not checked" % DEV_DIR)
        return paths
    return own_articles()


def run_cli(*args, check=True):
    """Runs the tahaluf command; its completed process (stdout as bytes)."""
    return subprocess.run([CLI, *args], capture_output=True, check=check)


def normalised(obj):
    """JSON text with sorted keys: equal for equal JSON values."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
