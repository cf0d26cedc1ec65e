"""The exceptions tahaluf raises (imported into the package namespace)."""


class Error(Exception):
    """Base class of tahaluf's own errors."""


class InputError(Error, ValueError):
    """Bad input: a document, a file, a line of one, or a graph file.

    The message reads as the CLI's do ("a.jsonl:12: ...", "doc-7: byte 17:
    ..."); the parts are kept as attributes:

    - ``source``: the document id, file name or "item N" the error is about;
    - ``line``: the 1-based line in that file, or None;
    - ``offset``: the byte offset in that file or text, or None;
    - ``code``: the kind of error: "io", "encoding", "empty", "syntax",
      "lexicon", "graph", "not_found", "usage".
    """

    def __init__(self, message, *, source=None, line=None, offset=None, code=None):
        super().__init__(message)
        self.source = source
        self.line = line
        self.offset = offset
        self.code = code


class UnknownActorError(Error, KeyError):
    """No actor in the graph goes by the name asked for.

    ``name`` is the name asked for; the message lists the closest names.
    """

    def __init__(self, message, *, name=None):
        super().__init__(message)
        self.name = name

    def __str__(self):
        return self.args[0]


def error_from_status(status):
    """The exception for a failed status (message, source, line, offset, code)."""
    message, source, line, offset, code = status
    if code == "not_found":
        return UnknownActorError(message, name=source)
    return InputError(message, source=source, line=line, offset=offset, code=code)


class InputWarning(UserWarning):
    """A bad document skipped (with errors="warn"); the message names it."""


class LexiconWarning(UserWarning):
    """A knowledge-file entry skipped on load; the message names file and line."""
