"""Document types and their codes — tên loại văn bản và chữ viết tắt (Phụ lục III, mục I).

Only the codes Decree 30 uses. The codes of Circular 01/2011 it replaced (GN, TTh, NP, UQ, GT) and
"CV", which a công văn never carries, are not here, so they cannot be produced.
"""

from __future__ import annotations

from enum import Enum

__all__ = ["DocumentType"]


class DocumentType(Enum):
    """Administrative document type — tên loại văn bản hành chính, with its code in the symbol."""

    RESOLUTION = ("Nghị quyết", "NQ")
    DECISION = ("Quyết định", "QĐ")
    DIRECTIVE = ("Chỉ thị", "CT")
    REGULATION = ("Quy chế", "QC")
    RULE = ("Quy định", "QyĐ")
    COMMUNIQUE = ("Thông cáo", "TC")
    NOTICE = ("Thông báo", "TB")
    GUIDANCE = ("Hướng dẫn", "HD")
    PROGRAMME = ("Chương trình", "CTr")
    PLAN = ("Kế hoạch", "KH")
    SCHEME = ("Phương án", "PA")
    PROPOSAL = ("Đề án", "ĐA")
    PROJECT = ("Dự án", "DA")
    REPORT = ("Báo cáo", "BC")
    MINUTES = ("Biên bản", "BB")
    SUBMISSION = ("Tờ trình", "TTr")
    CONTRACT = ("Hợp đồng", "HĐ")
    TELEGRAM = ("Công điện", "CĐ")
    MEMORANDUM = ("Bản ghi nhớ", "BGN")
    AGREEMENT = ("Bản thỏa thuận", "BTT")
    POWER_OF_ATTORNEY = ("Giấy ủy quyền", "GUQ")
    INVITATION = ("Giấy mời", "GM")
    INTRODUCTION = ("Giấy giới thiệu", "GGT")
    LEAVE = ("Giấy nghỉ phép", "GNP")
    DISPATCH_SLIP = ("Phiếu gửi", "PG")
    TRANSFER_SLIP = ("Phiếu chuyển", "PC")
    NOTIFICATION_SLIP = ("Phiếu báo", "PB")

    def __init__(self, term: str, code: str) -> None:
        self.term = term
        self.code = code

    @property
    def heading(self) -> str:
        """The type name as printed above the summary: "KẾ HOẠCH"."""
        return self.term.upper()

    @classmethod
    def codes(cls) -> frozenset[str]:
        """Every current type code."""
        return frozenset(t.code for t in cls)
