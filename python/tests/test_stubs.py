"""The type stubs (.pyi) name what the package has: no more, no less."""
import ast
import inspect
import os

import tahaluf
import tahaluf.dask
from tahaluf import _core

PACKAGE = os.path.dirname(tahaluf.__file__)


def stub_names(name):
    """Top-level functions and classes of a stub, and each class's methods."""
    with open(os.path.join(PACKAGE, name), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    names, methods = set(), {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        if isinstance(node, ast.ClassDef):
            methods[node.name] = {n.name for n in node.body if isinstance(n, ast.FunctionDef)}
    return names, methods


def public(obj):
    return {n for n, _ in inspect.getmembers(obj) if not n.startswith("_")}


def test_the_package_stub_has_every_public_name_and_graph_method():
    names, methods = stub_names("__init__.pyi")
    functions = {n for n in tahaluf.__all__ if inspect.isfunction(getattr(tahaluf, n))}
    assert functions | {"Graph"} <= names
    assert methods["Graph"] - {"__init__", "__eq__"} == public(tahaluf.Graph)


def test_the_extension_stub_matches_the_extension():
    names, methods = stub_names("_core.pyi")
    assert names == public(_core) - {"StatusTuple"}
    for cls in ("Knowledge", "Documents", "Graph"):
        assert {m for m in methods[cls] if not m.startswith("_")} == public(getattr(_core, cls)), cls


def test_the_dask_stub_matches_the_module():
    names, _ = stub_names("dask.pyi")
    module = {n for n, v in vars(tahaluf.dask).items()
              if not n.startswith("_") and (inspect.isfunction(v) or inspect.isclass(v))
              and v.__module__ == "tahaluf.dask"}
    assert names == module
