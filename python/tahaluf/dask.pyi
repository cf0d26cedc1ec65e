# Type stubs of tahaluf.dask (the module's docstring tells how it works).
from typing import Any, NamedTuple, Optional, Sequence, TextIO

from ._core import StatusTuple

DEFAULT_PARTITION_SIZE: int
DEFAULT_FAN_IN: int

class Partition(NamedTuple):
    path: str
    origin: str
    start: int
    end: int
    first_line: int
    documents: int

Result = tuple[bytes, int, list[StatusTuple]]

class SchedulerUnreachable(Exception): ...

def plan(paths: Sequence[str], partition_size: int = ...) -> list[Partition]: ...
def build_partition(part: Partition, lang: str = ..., data_dir: Optional[str] = ...,
                    data: Optional[bytes] = ...) -> Result: ...
def join_results(*results: Result) -> Result: ...
def build(client: Any, paths: Sequence[str], *, partition_size: int = ..., fan_in: int = ...,
          lang: Optional[str] = ..., data_dir: Optional[str] = ..., send_data: bool = ...,
          progress: Optional[TextIO] = ...) -> Result: ...
def main(argv: Optional[Sequence[str]] = ...) -> int: ...
