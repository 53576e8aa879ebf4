"""The scale cases render correctly: a plan of about 100 pages, a report with a 2,000-row table.

Each case runs ``benchmarks/scale.py`` in its own process, which prints the time and the peak
memory it took (shown with ``pytest -s``); the document it writes is checked here.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from vanban.formatting.numbering import DEFAULT_LADDER, format_label, style_at
from vanban.formatting.numbers import format_number, format_rate
from vanban.registry import KINDS

from .conftest import ROOT
from .docx_read import open_docx


def _load_scale() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scale", ROOT / "benchmarks" / "scale.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scale = _load_scale()


def run_case(case: str, out: Path) -> bytes:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "scale.py"), case, str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    print(f"\n{result.stdout.strip()}")
    return out.read_bytes()


def test_plan_of_a_hundred_pages(tmp_path: Path) -> None:
    document = open_docx(run_case("plan", tmp_path / "plan.docx"))
    texts = [p.text for p in document.paragraphs]
    sections, subsections, items, tasks = scale.PLAN_SHAPE
    expected: list[str] = []
    for s in range(1, sections + 1):
        label = format_label(style_at(DEFAULT_LADDER, 0), s, "")
        expected.append(f"{label} PHẦN {s}")
        for u in range(1, subsections + 1):
            expected.append(f"{u}. Nhóm nhiệm vụ {s}.{u}")
            letters = [format_label(style_at(DEFAULT_LADDER, 2), n, "") for n in range(1, 8)]
            for i in range(1, items + 1):
                expected.append(f"{letters[i - 1]} Nội dung {s}.{u}.{i}: {scale.SENTENCE}.")
            for t in range(1, tasks + 1):
                expected.append(f"{letters[items + t - 1]} Nhiệm vụ {s}.{u}.{t}: {scale.SENTENCE}.")
                expected.append("- Chủ trì: Công chức Tư pháp – Hộ tịch.")
                expected.append("- Phối hợp: Công an xã, Ban công tác Mặt trận các thôn.")
                expected.append(f"- Thời gian thực hiện: Quý {(t % 4) + 1}/2024.")
    start = texts.index("I. PHẦN 1")
    assert texts[start : start + len(expected)] == expected
    assert texts[start + len(expected)] == "Trên đây là Kế hoạch của UBND xã Đoàn Kết./."
    assert "X. PHẦN 10" in texts and "đ) Nội dung 10.12.5: " + scale.SENTENCE + "." in texts


@pytest.mark.skipif("report" not in KINDS, reason="the report kind has not landed")
def test_report_with_a_2000_row_table(tmp_path: Path) -> None:
    document = open_docx(run_case("report", tmp_path / "report.docx"))
    table = next(t for t in document.tables if len(t.rows) > scale.REPORT_ROWS)
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["TT", "Tổ hòa giải", "Số vụ việc", "Số vụ việc", "Tỷ lệ hòa giải thành"]
    assert rows[1] == ["TT", "Tổ hòa giải", "Tiếp nhận", "Hòa giải thành", "Tỷ lệ hòa giải thành"]
    data = scale.report_data()["body"][1]["rows"]
    assert len(rows) == 2 + len(data) + 1
    received = settled = 0
    for index, (row, (team, got, done)) in enumerate(zip(rows[2:-1], data, strict=True), 1):
        assert row == [format_number(index), team, str(got), str(done), format_rate(done, got)]
        received, settled = received + got, settled + done
    total = rows[-1]
    assert total[0] == total[1] == "Tổng cộng"  # the label spans the TT and team columns
    assert total[2:] == [format_number(received), format_number(settled),
                         format_rate(settled, received)]  # fmt: skip
