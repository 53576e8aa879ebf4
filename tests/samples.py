"""Small valid minutes, reports and tables as plain data, for tests to change one thing in."""

from __future__ import annotations

import copy
from typing import Any

from .conftest import DATA, EXAMPLES

MINUTES_EXAMPLE = EXAMPLES / "minutes-giao-ban-hoa-giai-ngoc-thuy.yaml"
SEMINAR_EXAMPLE = EXAMPLES / "minutes-toa-dam-dan-van-ngoc-thuy.yaml"
REPORT_EXAMPLE = EXAMPLES / "report-hoa-giai-quy-ii-2020-ngoc-thuy.yaml"
SEED_000 = DATA / "seeds" / "000-giao-ban-hoa-giai-ngoc-thuy.txt"
SEED_001 = DATA / "seeds" / "001-toa-dam-dan-van-ngoc-thuy.txt"

ISSUER = {"name": ["ỦY BAN NHÂN DÂN", "PHƯỜNG NGỌC THỤY"], "code": "UBND"}


def table(**changes: Any) -> dict[str, Any]:
    """A table by team: TT, team, a group of two number columns, and their rate; a total row."""
    data: dict[str, Any] = {
        "table": "Kết quả hòa giải",
        "columns": [
            {"header": "TT", "type": "index"},
            {"header": "Tổ hòa giải", "key": "team"},
            {
                "header": "Số vụ việc",
                "columns": [
                    {"header": "Tiếp nhận", "key": "received", "type": "number"},
                    {"header": "Hòa giải thành", "key": "settled", "type": "number"},
                ],
            },
            {"header": "Tỷ lệ", "rate": ["settled", "received"]},
        ],
        "rows": [["Tổ 1", 4, 3], ["Tổ 2", 1311, 1230]],
        "total": "Tổng cộng",
    }
    data.update(changes)
    return data


def report(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": "report",
        "issuer": copy.deepcopy(ISSUER),
        "number": 96,
        "place": "Ngọc Thụy",
        "date": "2020-08-03",
        "period": "2020-Q2",
        "summary": "Kết quả công tác hòa giải {period}",
        "body": [
            "Mở đầu {period}.",
            {"results": [{"item": "Kết quả một."}]},
            {"next_tasks": [{"item": "Nhiệm vụ một."}]},
            "Trên đây là báo cáo.",
        ],
        "signature": {"title": "Chủ tịch", "name": "Nguyễn Văn A"},
        "recipients": ["Thường trực Đảng ủy"],
    }
    data.update(changes)
    return data


def minutes(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": "minutes",
        "issuer": copy.deepcopy(ISSUER),
        "number": 15,
        "date": "2020-08-06",
        "summary": "Cuộc họp giao ban",
        "start": "08:00",
        "end": "10:30",
        "venue": "Phòng họp số 1",
        "attendees": [
            {"name": "Lê Đăng Lễ", "title": "Phó Chủ tịch UBND phường"},
            {"group": "Tổ trưởng tổ hòa giải", "count": 26},
        ],
        "chair": {"name": "Nguyễn Anh Tuấn", "title": "Công chức Tư pháp phường"},
        "secretary": {"name": "Trần Thị Thu Hà", "title": "Công chức Văn phòng"},
        "conclusions": ["Thống nhất."],
    }
    data.update(changes)
    return data
