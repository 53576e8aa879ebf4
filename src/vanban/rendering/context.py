"""Model → template context: the only bridge between the models and the templates.

Everything a template prints is prepared here as plain, finished text — labels computed, capitals
applied, punctuation of the recipient list set — so templates hold nothing but ``{{ }}``, loops
and ifs, and a user who restyles a template in Word cannot break the format rules.

The context of a document with a type name (plans, reports):

=================  ===========================================================================
key                what it holds
=================  ===========================================================================
parent_body        parent body in capitals, or "" (ô 2)
issuer_name        issuing body in capitals; "\\n" between lines (ô 2)
number_line        "Số: 12/KH-UBND", blank number in a draft (ô 3)
date_line          "Đoàn Kết, ngày 05 tháng 01 năm 2023" (ô 4)
type_name          "KẾ HOẠCH" (ô 5a)
summary            trích yếu (ô 5a)
addressees         "Kính gửi:\\t- Phòng Tư pháp quận;\\n- …", or "" (ô 9a; reports)
blocks             list of {style, text, table}: style is heading1, heading2, heading3, body or
                   table; a table block carries {unit, note, layout, rows: [{cells: [{text,
                   style, span}]}]} (ô 6)
recipients         "- UBND huyện;" … "- Lưu: VT, TP." (ô 9b)
signature_lines    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH" (ô 7a)
signer_name        "Phạm Xuân Luân" (ô 7b)
appendices         list of {label, title, reference, blocks}: "Phụ lục I", its title in
                   capitals, "(Kèm theo Báo cáo số … ngày … của …)", its body
=================  ===========================================================================

Minutes have their own context (:mod:`vanban.rendering.minutes_context`): the header keys with
an empty date line, the blocks, and the two signature columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from vanban.models.body import BodyNode
from vanban.models.document import Addressed, Document, LegalDocument, NamedDocument
from vanban.registry import Part, form_of
from vanban.rendering.parts import (
    END_MARK,
    Block,
    appendix_contexts,
    blocks_data,
    date_line,
    end_with,
    flatten_body,
    header_fields,
    recipient_lines,
    signature_lines,
    with_end_mark,
)

__all__ = ["END_MARK", "Block", "build_context", "flatten_body", "recipient_lines", "with_end_mark"]

#: The first line of Nơi nhận when the document has a Kính gửi part (Phụ lục I, II.9).
AS_ABOVE = "Như trên"


def addressee_text(addressees: list[str]) -> str:
    r"""The Kính gửi part (ô 9a): one recipient on the label's line, several one per line.

    With two or more, "Kính gửi:" stands alone and each recipient goes on a line of its own
    with "-" (Phụ lục I, II.9.d: "xuống dòng"); the style lines the dashes up (Mẫu 1.5).

    >>> addressee_text(["Bộ Nội vụ"])
    'Kính gửi:\tBộ Nội vụ.'
    >>> addressee_text(["UBND tỉnh", "Sở Tư pháp"])
    'Kính gửi:\n- UBND tỉnh;\n- Sở Tư pháp.'
    """
    if not addressees:
        return ""
    if len(addressees) == 1:
        return f"Kính gửi:\t{end_with(addressees[0], '.')}"
    lines = [f"- {end_with(a, ';')}" for a in addressees[:-1]]
    lines.append(f"- {end_with(addressees[-1], '.')}")
    return "Kính gửi:\n" + "\n".join(lines)


def addressees_of(document: NamedDocument) -> list[str]:
    """The Kính gửi list of a document whose form has that part, else []."""
    if not form_of(document).has(Part.ADDRESSEES):
        return []
    return list(cast(Addressed, document).addressees)


def legal_basis_lines(bases: Sequence[str]) -> list[str]:
    """The legal bases (căn cứ ban hành, Phụ lục I II.6.a): each ends with ";", the last with ".".

    >>> legal_basis_lines(["Căn cứ Luật A", "Căn cứ Nghị định B;", "Theo đề nghị của C;"])
    ['Căn cứ Luật A;', 'Căn cứ Nghị định B;', 'Theo đề nghị của C.']
    """
    lines = [end_with(b, ";") for b in bases[:-1]]
    return [*lines, end_with(bases[-1], ".")] if bases else lines


def legal_bases_of(document: NamedDocument) -> list[str]:
    """The legal bases of a document whose form has that part, else []."""
    if not form_of(document).has(Part.LEGAL_BASES):
        return []
    return legal_basis_lines(cast(LegalDocument, document).legal_bases)


def named_context(
    document: NamedDocument, body: Sequence[BodyNode] | None = None
) -> dict[str, Any]:
    """The template context of a document with a type name (Mẫu 1.4).

    ``body`` replaces the model's own body nodes when its kind prints them otherwise (a
    report's usual parts become sections).
    """
    nodes = document.body_nodes() if body is None else body
    blocks = with_end_mark(flatten_body(nodes, document.numbering))
    addressees = addressees_of(document)
    recipients = list(document.recipients)
    if addressees and not any(end_with(r.lstrip("- "), "") == AS_ABOVE for r in recipients):
        recipients.insert(0, AS_ABOVE)
    return {
        **header_fields(document),
        "date_line": date_line(document),
        "addressees": addressee_text(addressees),
        "authority_line": [],
        "legal_bases": legal_bases_of(document),
        "blocks": blocks_data(blocks),
        "recipients": recipient_lines(recipients, document.archive),
        "signature_lines": signature_lines(
            document.signature, form_of(document).profile.signing_words
        ),
        "signer_name": document.signature.name,
        "appendices": appendix_contexts(document),
    }


def build_context(document: Document) -> dict[str, Any]:
    """The template context of any document, by the builder its kind declares."""
    return form_of(document).load_context()(document)
