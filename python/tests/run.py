"""ctest's way into pytest: skips (exit 77, with a message) where pytest is
not installed for this interpreter, else runs pytest on the arguments."""
import sys

try:
    import pytest
except ImportError:
    print("skipped: pytest is not installed for %s (Debian: apt install python3-pytest)"
          % sys.executable)
    sys.exit(77)

# Debian's tornado warns about its own API when distributed starts a loop.
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider",
                      "-W", "ignore:make_current is deprecated:DeprecationWarning",
                      *sys.argv[1:]]))
