"""Writing documents all or nothing: a full disk, an interruption or bad data never leaves a
partial file and never destroys the one that was there before."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path
from typing import Any

import pytest

import vanban
from vanban import OutputError
from vanban.cli import main
from vanban.rendering.output import write_atomic

from .conftest import DATA, PLAN_EXAMPLE
from .docx_read import open_docx

PREVIOUS = b"the document signed yesterday"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "plan.docx"
    path.write_bytes(PREVIOUS)
    return path


def untouched(target: Path) -> None:
    assert target.read_bytes() == PREVIOUS
    assert [p.name for p in target.parent.iterdir()] == [target.name], "a temporary file is left"


class _FailingStream(io.RawIOBase):
    """A file that takes the first half of what is written, then fails as ``error`` says."""

    def __init__(self, real: Any, error: BaseException) -> None:
        self.real, self.error = real, error

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.real.write(bytes(data)[: len(data) // 2])
        self.real.flush()
        raise self.error

    def fileno(self) -> int:
        return int(self.real.fileno())

    def close(self) -> None:
        self.real.close()
        super().close()


def fail_mid_write(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    real_fdopen = os.fdopen

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        return _FailingStream(real_fdopen(fd, mode, *args, **kwargs), error)

    monkeypatch.setattr(os, "fdopen", fdopen)


def test_disk_full_while_writing(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = vanban.load(PLAN_EXAMPLE).to_docx()
    fail_mid_write(monkeypatch, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    with pytest.raises(OutputError) as info:
        write_atomic(target, data)
    assert info.value.code == "output_failed"
    assert "No space left on device" in str(info.value)
    untouched(target)


def test_disk_full_on_fsync(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(OutputError) as info:
        vanban.render(vanban.load(PLAN_EXAMPLE), target)
    assert info.value.code == "output_failed"
    untouched(target)


def test_interrupted_while_writing(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fail_mid_write(monkeypatch, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):  # never swallowed, never turned into an error
        vanban.render(vanban.load(PLAN_EXAMPLE), target)
    untouched(target)


def test_interrupted_command_exits_130(
    target: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fail_mid_write(monkeypatch, KeyboardInterrupt())
    assert main(["render", str(PLAN_EXAMPLE), "-o", str(target)]) == 130
    assert capsys.readouterr().err.strip() == "vanban: interrupted"
    untouched(target)


def test_disk_full_from_the_command_line(
    target: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fail_mid_write(monkeypatch, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    assert main(["render", str(PLAN_EXAMPLE), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "No space left on device" in err and "[output_failed]" in err
    assert "Traceback" not in err
    untouched(target)


def test_bad_data_and_bad_template_keep_the_previous_file(
    target: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert main(["render", str(DATA / "invalid" / "number-zero.yaml"), "-o", str(target)]) == 2
    untouched(target)
    broken = tmp_path_factory.mktemp("templates") / "broken.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(vanban.TemplateError):
        vanban.render(vanban.load(PLAN_EXAMPLE), target, template=broken)
    untouched(target)


def test_success_replaces_the_previous_file(target: Path) -> None:
    vanban.render(vanban.load(PLAN_EXAMPLE), target)
    assert open_docx(target.read_bytes()).paragraphs
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    assert target.stat().st_mode & 0o777 == 0o644


def test_unwritable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(OutputError) as info:
        write_atomic(tmp_path / "plan.docx", b"x")
    assert info.value.code == "output_unwritable"
    assert "Permission denied" in str(info.value)


@pytest.mark.parametrize(
    ("where", "code"),
    [
        ("folder", "output_is_dir"),
        ("no/such/folder/plan.docx", "output_no_folder"),
        ("a-file/plan.docx", "output_unwritable"),
    ],
)
def test_impossible_targets(tmp_path: Path, where: str, code: str) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "a-file").write_bytes(b"")
    with pytest.raises(OutputError) as info:
        write_atomic(tmp_path / where, b"x")
    assert info.value.code == code


@pytest.mark.parametrize("output", ["a-file/", "a-file/sub.docx"])
def test_output_folder_that_cannot_be_made(
    tmp_path: Path, output: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-file").write_bytes(b"keep")
    assert main(["render", str(PLAN_EXAMPLE), "-o", f"{tmp_path}/{output}"]) == 2
    assert "[output_unwritable]" in capsys.readouterr().err
    assert (tmp_path / "a-file").read_bytes() == b"keep"


def test_docx_suffix_in_capitals_names_a_file(tmp_path: Path) -> None:
    assert main(["render", str(PLAN_EXAMPLE), "-o", str(tmp_path / "KE-HOACH.DOCX")]) == 0
    assert (tmp_path / "KE-HOACH.DOCX").is_file()
