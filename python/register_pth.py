"""Makes `import tahaluf` find the package built in BUILD/python, for the
interpreter running this script, with no environment variable: writes
tahaluf.pth (one line, the folder) into its site-packages, or into the
user's when that is not writable. Skips, saying why, an interpreter the
extension was not built for (another Python version).

usage: PYTHON python/register_pth.py BUILD/python     (tools/setup.sh runs it)
Exit status: 0 registered, 3 skipped, 1 failed.
"""
import glob
import importlib.machinery
import os
import site
import sys
import sysconfig


def main():
    folder = os.path.abspath(sys.argv[1])
    built = glob.glob(os.path.join(folder, "tahaluf", "_core.*"))
    if not built:
        print("register_pth: no extension in %s/tahaluf (build first)" % folder, file=sys.stderr)
        return 1
    suffix = os.path.basename(built[0])[len("_core"):]
    if suffix not in importlib.machinery.EXTENSION_SUFFIXES:
        print("register_pth: %s skipped: the module is built for %s, this Python loads %s"
              % (sys.executable, suffix, " ".join(importlib.machinery.EXTENSION_SUFFIXES)))
        return 3
    candidates = [sysconfig.get_paths()["purelib"]]
    if site.ENABLE_USER_SITE:
        candidates.append(site.getusersitepackages())
    for target in candidates:
        try:
            os.makedirs(target, exist_ok=True)
            path = os.path.join(target, "tahaluf.pth")
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                f.write(folder + "\n")
            os.replace(path + ".tmp", path)
        except OSError:
            continue
        print("register_pth: %s imports tahaluf from %s (%s)" % (sys.executable, folder, path))
        return 0
    print("register_pth: %s: cannot write tahaluf.pth into %s" % (sys.executable, " or ".join(candidates)),
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
