"""Letter — Công văn: the administrative document without a type name (Mẫu 1.5)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.formatting.numbering import LevelStyle
from vanban.models.base import Text
from vanban.models.body import BodyNode
from vanban.models.contact import Contact
from vanban.models.document import Ladder, NamedDocument

__all__ = ["LETTER_LADDER", "Letter"]

#: A letter is short: its points are numbered 1., a), -, + (no Roman part headings).
LETTER_LADDER = (LevelStyle.ARABIC, LevelStyle.LETTER, LevelStyle.DASH, LevelStyle.PLUS)


class Letter(NamedDocument):
    """Letter — công văn (Phụ lục III, Mẫu 1.5): the most common document of all.

    It has no type name and no type code: the symbol is the issuer's code and the drafting
    unit's ("Số: 152/UBND-VP": write ``code: UBND-VP``). The summary is printed "V/v …" under
    the number in the left column of the header (ô 5b), then "Kính gửi:" and the addressees,
    the body, and Nơi nhận starting "- Như trên;".
    """

    kind: Literal["letter"] = Field(default="letter", title="Loại văn bản")
    """Always "letter" (công văn)."""

    addressees: list[Text] = Field(min_length=1, title="Kính gửi (ô 9a)")
    """The bodies or people the letter is sent to."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, sections, items and tables, numbered by depth."""

    numbering: Ladder = Field(default=LETTER_LADDER, title="Cách đánh số đề mục")
    """Label style per depth; a letter's points are 1., a), -, + unless given."""

    contact: Contact | None = Field(default=None, title="Địa chỉ cơ quan, tổ chức (ô 13)")
    """The issuer's address, telephone, fax, e-mail and website, printed at the foot of the
    first page under a full-width rule; left out, nothing is printed there."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body
