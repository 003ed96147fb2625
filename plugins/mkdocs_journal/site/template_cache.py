"""Compiled theme templates kept across the rebuilds of one `mkdocs serve`.

Each rebuild makes a new Jinja environment, so MkDocs compiles Material's templates and ours
again: about 0.3 s of every save → reload. Jinja's bytecode cache keys a template by its name
and checks the source's checksum, so an edited override in `custom_dir` is compiled afresh.
"""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class MemoryBytecodeCache(BytecodeCache):
    """Bytecode in this process's memory: a few dozen templates, a few MB at most."""

    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        compiled = self._compiled.get(bucket.key)
        if compiled is not None:
            bucket.bytecode_from_string(compiled)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()


SERVE_TEMPLATES = MemoryBytecodeCache()
