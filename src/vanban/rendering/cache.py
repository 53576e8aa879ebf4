"""Prepared templates kept in memory and on disk (bộ nhớ đệm): a new process needs no docxtpl.

Preparing a template needs docxtpl and python-docx (a quarter of a second to import) and tens
of milliseconds of work; a prepared template is only Jinja code, XML text and compressed parts.
Each one is stored once, keyed by the SHA-256 of the template's bytes and a fingerprint of what
shaped it (this module, the engine and its sandbox, docxtpl, python-docx, Jinja and the Python
version), in:

- ``$VANBAN_CACHE_DIR`` when set;
- otherwise the user's cache folder: ``$XDG_CACHE_HOME/vanban`` or ``~/.cache/vanban``,
  ``~/Library/Caches/vanban`` on macOS, ``%LOCALAPPDATA%\\vanban\\Cache`` on Windows.

``VANBAN_NO_CACHE=1`` turns the cache off. Entries are written atomically; one that cannot be
read is prepared again and replaced. An entry holds compiled Jinja code (``marshal``), so the
folder is trusted as Python trusts its own ``__pycache__``.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import jinja2

from vanban.errors import TemplateError
from vanban.forksafe import ForkSafeLock
from vanban.i18n import N_
from vanban.rendering import engine, packaging, sandbox
from vanban.rendering.engine import PreparedTemplate
from vanban.rendering.packaging import PackedPart

__all__ = ["cache_dir", "load_prepared", "prepare", "prepared"]

#: Bumped whenever the layout of an entry changes.
FORMAT = 1
#: Entries kept per template: versions side by side (virtual environments, an editable install
#: being worked on) each have their own, and older ones go.
KEEP = 8
_SUFFIX = ".prepared"


def cache_dir() -> Path | None:
    """The folder prepared templates are kept in, or None when the cache is turned off."""
    if os.environ.get("VANBAN_NO_CACHE", "") not in ("", "0"):
        return None
    chosen = os.environ.get("VANBAN_CACHE_DIR")
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "vanban" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "vanban"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "vanban"


def _stamp(path: str | None) -> str:
    if path is None:
        return "-"
    try:
        stat = os.stat(path)
    except OSError:
        return "-"
    return f"{path}:{stat.st_mtime_ns}:{stat.st_size}"


def _origin(module: str) -> str | None:
    # find_spec locates a package without importing it: docxtpl stays unloaded on a hit.
    spec = importlib.util.find_spec(module)
    return spec.origin if spec is not None else None


def fingerprint() -> str:
    """What a prepared template depends on besides the template: code and library versions."""
    parts = [
        str(FORMAT),
        sys.implementation.cache_tag or sys.version,
        jinja2.__version__,
        _stamp(engine.__file__),
        _stamp(packaging.__file__),
        _stamp(sandbox.__file__),  # the sandbox decides what compiled code intercepts
        _stamp(__file__),
        _stamp(_origin("docxtpl")),
        _stamp(_origin("docx")),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _entry(folder: Path, data: bytes) -> Path:
    return folder / f"{hashlib.sha256(data).hexdigest()[:32]}-{fingerprint()}{_SUFFIX}"


def _encode(template: PreparedTemplate) -> bytes:
    state = template.state()
    state["packed"] = {n: (p.crc, p.size, p.deflated) for n, p in state["packed"].items()}
    state["format"] = FORMAT
    return marshal.dumps(state)


def _decode(blob: bytes, name: str) -> PreparedTemplate:
    state: dict[str, Any] = marshal.loads(blob)
    if state.pop("format", None) != FORMAT:
        raise ValueError("another format")
    state.pop("name", None)
    state["packed"] = {n: PackedPart(n, *fields) for n, fields in state["packed"].items()}
    return PreparedTemplate.restore(name, **state)


def load_prepared(data: bytes, name: str) -> PreparedTemplate | None:
    """The prepared template for a template's bytes, if the cache holds it."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return _decode(_entry(folder, data).read_bytes(), name)
    except Exception:  # a missing, partial or foreign entry: prepare again
        return None


def _store(folder: Path, data: bytes, template: PreparedTemplate) -> None:
    entry = _entry(folder, data)
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".", suffix=".part", dir=folder)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(_encode(template))
            os.replace(temp, entry)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        _prune(folder, entry.name.split("-", 1)[0])


def _prune(folder: Path, prefix: str) -> None:
    """Keep the newest few entries of one template: one per vanban install that uses it."""

    def modified(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0

    entries = sorted(folder.glob(f"{prefix}-*{_SUFFIX}"), key=modified, reverse=True)
    for old in entries[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()


def prepare(path: Path, data: bytes) -> PreparedTemplate:
    """The template ``path`` (whose bytes are ``data``) prepared, from the cache when it can be."""
    template = load_prepared(data, path.name)
    if template is None:
        template = PreparedTemplate(data, name=path.name)
        folder = cache_dir()
        if folder is not None:
            _store(folder, data, template)
    return template


# A process forked while another thread holds it gets a fresh one (vanban.forksafe).
_LOCK = ForkSafeLock()


def prepared(path: Path) -> PreparedTemplate:
    """The prepared template at ``path``, prepared once per process (and again if it changes).

    A template prepared by an earlier process is taken from the cache on disk.
    """
    try:
        stat = path.stat()
    except OSError as exc:
        raise TemplateError(
            N_(
                "{path}: cannot read the template: {strerror}",
                path=path,
                strerror=exc.strerror,
            ),
            code="template_unreadable",
        ) from exc
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    with _LOCK:
        memory = engine._CACHE  # looked up per call: tests give each run an empty one
        template = memory.get(key)
        if template is None:
            template = memory[key] = prepare(path, engine.read_template(path))
        return template
