"""Opening a .docx within bounds: damaged, encrypted and oversized packages are exit 2, never 3.

tests/data/docx/minimal.docx is a three-part Word document; the damaged ones are that file with
word/document.xml changed in place: corrupt-deflate.docx has 24 bytes of its deflate stream
flipped, encrypted-entry.docx has the "encrypted" flag set in its headers, method-99.docx names
compression method 99 (WinZip AES), zip-version-64.docx claims that its document part needs zip
version 6.4 to extract (found by the property test below: Python's zipfile refuses it with
NotImplementedError). The malformed-*.docx files are sound packages holding a
number no Word file holds: a size, spacing, indent, margin or cell width of "1e999", a VML
style "width:1.2.3pt", a symbol past the last code point or half of a surrogate pair.
Oversized packages are made here, not committed.
"""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vanban
from vanban.checks import Outcome, check
from vanban.checks.cli import run as check_cli
from vanban.cli import main
from vanban.dump import dump_docx
from vanban.errors import InputError, TemplateError
from vanban.ooxml.ns import W_NS
from vanban.ooxml.package import LIMITS, Limits, PackageError, verify_package

from .conftest import DATA, PLAN_EXAMPLE, time_bound

DOCX = DATA / "docx"
MINIMAL = DOCX / "minimal.docx"
DAMAGED = {
    "corrupt-deflate.docx": "is damaged",
    "encrypted-entry.docx": "is encrypted",
    "method-99.docx": "compression method 99",
    "zip-version-64.docx": "zip file version 6.4",
}
MIB = 1024 * 1024


def parts_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def package(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --- damaged entries (issue: exit 3 for corrupt deflate, encryption, method 99) -----------------


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_a_damaged_entry_is_a_clear_error_in_check_and_dump(name: str) -> None:
    path = DOCX / name
    for read in (check, dump_docx):
        with pytest.raises(InputError) as raised:
            read(path)
        assert raised.value.code == "docx_damaged"
        assert DAMAGED[name] in raised.value.issues[0].message
        if name != "zip-version-64.docx":  # refused with the archive, before any part is read
            assert "word/document.xml" in raised.value.issues[0].message


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_check_goes_on_to_the_next_file_in_text_and_json(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = str(DOCX / name)
    assert check_cli([bad, str(MINIMAL)]) == 2
    captured = capsys.readouterr()
    (line,) = captured.err.splitlines()
    assert line.startswith(f"vanban check: {bad}: ") and DAMAGED[name] in line
    assert "minimal.docx" in captured.out
    assert check_cli([bad, str(MINIMAL), "--format", "json"]) == 2
    first, second = json.loads(capsys.readouterr().out)
    assert first["error"]["code"] == "docx_damaged"
    assert second["file"] == str(MINIMAL) and "findings" in second


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_dump_command_exits_2(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dump", str(DOCX / name)]) == 2
    err = capsys.readouterr().err
    assert "docx_damaged" in err and "internal error" not in err


# --- malformed numbers (issue: exit 3 for "1e999", "1.2.3pt", w:sym "D800") ------------------

MALFORMED = sorted(DOCX.glob("malformed-*.docx"))


@pytest.mark.parametrize("path", MALFORMED, ids=[p.stem for p in MALFORMED])
def test_a_malformed_number_is_read_as_unreadable_not_an_internal_error(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert check_cli([str(path)]) in (0, 1)
    assert check_cli([str(path), "--format", "json"]) in (0, 1)
    assert main(["dump", str(path)]) == 0
    captured = capsys.readouterr()
    assert "internal error" not in captured.err
    if "sym" in path.name:
        assert "{symbol}" in captured.out


def test_an_unreadable_margin_is_not_evaluated() -> None:
    report = check(DOCX / "malformed-pgMar.docx")
    (top,) = [f for f in report.findings if f.code == "ND30-MARGIN-TOP"]
    assert top.outcome is Outcome.NOT_EVALUATED
    assert top.message == "no top margin is set, or it is unreadable"


# --- decompression bounds ------------------------------------------------------------------------


def test_a_part_over_the_bound_is_refused_before_it_is_decompressed() -> None:
    parts = parts_of(MINIMAL)
    parts["word/media/huge.bin"] = bytes(LIMITS.part_bytes + 1)  # 64 MiB of zeros: 65 KB zipped
    bomb = package(parts)
    assert len(bomb) < MIB
    for read in (check, dump_docx):
        with pytest.raises(InputError) as raised:
            read(bomb)
        assert raised.value.code == "docx_too_large"
        assert "word/media/huge.bin" in raised.value.issues[0].message


def test_the_total_and_the_number_of_parts_are_bounded() -> None:
    parts = parts_of(MINIMAL)
    small = Limits(part_bytes=MIB, total_bytes=3 * MIB, parts=10)
    verify_package(package(parts), small)
    with pytest.raises(PackageError, match="in all") as raised:
        verify_package(package({**parts, **{f"x/{i}": bytes(MIB) for i in range(3)}}), small)
    assert raised.value.code == "docx_too_large"
    with pytest.raises(PackageError, match="20 parts") as raised:
        verify_package(package({**parts, **{f"x/{i}": b"" for i in range(17)}}), small)
    assert raised.value.code == "docx_too_large"


def test_too_many_parts_in_check_and_dump() -> None:
    parts = parts_of(MINIMAL)
    many = package({**parts, **{f"word/x{i}.xml": b"" for i in range(LIMITS.parts)}})
    for read in (check, dump_docx):
        with pytest.raises(InputError) as raised:
            read(many)
        assert raised.value.code == "docx_too_large"


def test_a_part_that_lies_about_its_size_is_damaged() -> None:
    # The central directory says 10 bytes; the stream holds a megabyte: read up to 10, then
    # the checksum fails.
    parts = parts_of(MINIMAL)
    data = bytearray(package({**parts, "word/media/lie.bin": bytes(MIB)}))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/media/lie.bin")
    for header in (b"PK\x03\x04", b"PK\x01\x02"):
        at = data.find(header)
        while at != -1:
            name_at = at + (30 if header == b"PK\x03\x04" else 46)
            size_at = at + (22 if header == b"PK\x03\x04" else 24)
            if data[name_at : name_at + len(info.filename)] == info.filename.encode():
                data[size_at : size_at + 4] = (10).to_bytes(4, "little")
            at = data.find(header, at + 4)
    with pytest.raises(PackageError) as raised:
        verify_package(bytes(data))
    assert raised.value.code == "docx_damaged"


def test_a_zip_bomb_template_is_a_template_error(tmp_path: Path) -> None:
    template = Path(vanban.__file__).parent / "templates" / "document.docx"
    parts = parts_of(template)
    parts["word/media/huge.bin"] = bytes(LIMITS.part_bytes + 1)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(package(parts))
    with pytest.raises(TemplateError) as raised:
        vanban.render_bytes(vanban.load(PLAN_EXAMPLE), template=bomb)
    assert raised.value.code == "template_unreadable"
    assert "huge.bin" in str(raised.value)


# --- random input: never an internal error -------------------------------------------------------

MINIMAL_PARTS = parts_of(MINIMAL)


def _outcomes(tmp_path: Path, data: bytes) -> list[int]:
    path = tmp_path / "random.docx"
    path.write_bytes(data)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return [check_cli([str(path)]), check_cli([str(path), "--format", "json"]),
                main(["dump", str(path)])]  # fmt: skip


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=4096))
def test_random_bytes_never_end_in_an_internal_error(tmp_path: Path, data: bytes) -> None:
    with time_bound(60):
        assert set(_outcomes(tmp_path, data)) <= {0, 1, 2}


_XMLISH = st.text(alphabet="<>/=\"' wpr:tbodyxmlns1é\u0300", max_size=200)


@st.composite
def random_zips(draw: st.DrawFn) -> bytes:
    parts = dict(MINIMAL_PARTS)
    for name in draw(st.lists(st.sampled_from(sorted(parts)), max_size=2, unique=True)):
        choice = draw(st.integers(0, 3))
        if choice == 0:
            del parts[name]
        elif choice == 1:
            parts[name] = draw(st.binary(max_size=300))
        elif choice == 2:
            parts[name] = draw(_XMLISH).encode()
        else:  # cut the part short, as a broken upload would
            parts[name] = parts[name][: draw(st.integers(0, len(parts[name])))]
    data = bytearray(package(parts))
    if draw(st.booleans()):  # bytes of the archive itself changed: headers, checksums, streams
        for at, value in draw(st.lists(st.tuples(st.integers(0, len(data) - 1),
                                                 st.integers(0, 255)), max_size=3)):  # fmt: skip
            data[at] = value
    return bytes(data)


_TAGS = (
    "p", "r", "t", "rPr", "pPr", "sz", "b", "i", "caps", "jc", "spacing", "ind", "tbl", "tr",
    "tc", "tcPr", "tcW", "tblPr", "tblStyle", "sym", "dir", "bdo", "sdt", "sdtContent",
    "hyperlink", "fldSimple", "tab", "br", "pStyle", "rFonts", "sectPr", "pgSz", "pgMar", "pict",
)  # fmt: skip
_ATTRS = ("val", "w", "h", "top", "left", "right", "bottom", "line", "before", "after",
          "firstLine", "hanging", "char", "font", "type", "instr", "ascii", "orient")  # fmt: skip
_VALUES = ("1e999", "-1e999", "nan", "-1", "0", "12", "28", "1.2.3pt", "FFFFFFFFFFFFFFFFFFFF",
           "D800", "F0B7", "none", "true", "", "PAGE", "dxa", "pct")  # fmt: skip


def _element(children: list[str], tag: str, attrs: dict[str, str], text: str) -> str:
    shown = "".join(f' w:{k}="{v}"' for k, v in attrs.items())
    if tag == "pict":  # a VML shape whose style holds odd lengths
        return f'<w:pict><v:line style="width:{text or "1.2.3pt"};height:1e999pt"/></w:pict>'
    inner = "".join(children) + (text if tag == "t" else "")
    return f"<w:{tag}{shown}>{inner}</w:{tag}>"


_XML_TREE = st.recursive(
    st.builds(
        _element,
        st.just([]),
        st.sampled_from(_TAGS),
        st.dictionaries(st.sampled_from(_ATTRS), st.sampled_from(_VALUES), max_size=3),
        st.text(alphabet="Sốa \t", max_size=8),
    ),
    lambda inner: st.builds(
        _element,
        st.lists(inner, max_size=4),
        st.sampled_from(_TAGS),
        st.dictionaries(st.sampled_from(_ATTRS), st.sampled_from(_VALUES), max_size=3),
        st.just(""),
    ),
    max_leaves=30,
)


@st.composite
def random_documents(draw: st.DrawFn) -> bytes:
    """A sound package whose document.xml is random WordprocessingML with odd values."""
    body = "".join(draw(st.lists(_XML_TREE, min_size=1, max_size=6)))
    xml = (
        f'<w:document xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>{body}'
        "</w:body></w:document>"
    )
    return package({**MINIMAL_PARTS, "word/document.xml": xml.encode()})


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(random_zips() | random_documents())
def test_random_zips_never_end_in_an_internal_error(tmp_path: Path, data: bytes) -> None:
    with time_bound(60):
        assert set(_outcomes(tmp_path, data)) <= {0, 1, 2}
