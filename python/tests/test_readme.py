"""The README's Python example runs, and says what it gets."""
import doctest
import os
import re

import pytest

from conftest import SOURCE_DIR


def test_the_readme_example(monkeypatch, tmp_path):
    pytest.importorskip("pandas")
    pytest.importorskip("networkx")
    with open(os.path.join(SOURCE_DIR, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    blocks = [b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if ">>>" in b]
    assert len(blocks) == 1
    # In a folder of its own (the example writes a file) that sees graphs/.
    os.symlink(os.path.join(SOURCE_DIR, "graphs"), tmp_path / "graphs")
    monkeypatch.chdir(tmp_path)
    parser = doctest.DocTestParser()
    test = parser.get_doctest(blocks[0], {}, "README.md", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0 and runner.tries >= 10
    assert (tmp_path / "merged.json").exists()
