"""The closing — phần kết thúc (Phụ lục I, mục II.7, II.9; Điều 8): signature, recipients, parts."""

from __future__ import annotations

import re

from vanban.checks.limits import ACADEMIC_TITLE, SIZES_PT
from vanban.checks.parts import PREFIX, Located
from vanban.checks.rules.base import (
    Result,
    _not_bold,
    _not_capitals,
    _size_problems,
    fail,
    not_applicable,
    ok,
    rule,
    unchecked,
)
from vanban.checks.view import normal
from vanban.i18n import N_, text
from vanban.models.kinds import DocumentType


@rule("ND30-SIGN-PREFIX", "Phụ lục I, mục II.7.b")
def sign_prefix(doc: Located) -> list[Result]:
    """Quyền hạn của người ký (signing authority): TM., KT., TL., TUQ., Q. with the full stop."""
    lines = doc.signature_titles
    if not lines:
        return [unchecked(N_("no signature block found"))]
    out = []
    found = 0
    for line in lines:
        match = PREFIX.match(normal(line.shown))
        if match is None:
            continue
        found += 1
        prefix = re.sub(r"\s", "", match.group("prefix"))
        if "/" in prefix:
            out.append(
                fail(
                    N_(
                        "'{prefix}' is the Party form; a state document writes '{replace}.'",
                        prefix=prefix,
                        replace=prefix.replace("/", ""),
                    ),
                    line.where,
                )
            )
        elif not match.group("dot"):
            out.append(
                fail(
                    N_(
                        "'{prefix}' needs a full stop: '{prefix}.'",
                        prefix=prefix,
                    ),
                    line.where,
                )
            )
    if not found:
        return [not_applicable(N_("no authority prefix: the head signs in their own name"))]
    return out or [ok(N_("authority written with its full stop"), lines[0].where)]


@rule("ND30-SIGN-TITLE-CAPS", "Phụ lục I, mục II.7.đ")
def sign_title_caps(doc: Located) -> list[Result]:
    """Quyền hạn, chức vụ người ký in hoa (signing authority and title in capitals)."""
    lines = doc.signature_titles
    if not lines:
        return [unchecked(N_("no signature block found"))]
    return _not_capitals(lines, N_("the signer's title")) or [ok(N_("in capitals"), lines[0].where)]


@rule("ND30-SIGN-TITLE-BOLD", "Phụ lục I, mục II.7.đ")
def sign_title_bold(doc: Located) -> list[Result]:
    """Quyền hạn, chức vụ người ký đậm (signing authority and title bold)."""
    lines = doc.signature_titles
    if not lines:
        return [unchecked(N_("no signature block found"))]
    return _not_bold(lines, N_("the signer's title")) or [ok(N_("bold"), lines[0].where)]


@rule("ND30-SIGN-NAME-BOLD", "Phụ lục I, mục II.7.đ")
def sign_name_bold(doc: Located) -> list[Result]:
    """Họ tên người ký đậm (signer's name bold)."""
    if not doc.signers:
        return [unchecked(N_("no signer's name found"))]
    return _not_bold(doc.signers, N_("the signer's name")) or [ok(N_("bold"), doc.signers[0].where)]


@rule("ND30-SIGN-NAME-NO-TITLE", "Phụ lục I, mục II.7.c")
def sign_name_no_title(doc: Located) -> list[Result]:
    """Không ghi học hàm, học vị trước họ tên (no academic title before the signer's name)."""
    if not doc.signers:
        return [unchecked(N_("no signer's name found"))]
    out = [
        fail(
            N_(
                "'{text}': no academic title before the name",
                text=normal(line.text),
            ),
            line.where,
        )
        for line in doc.signers
        if ACADEMIC_TITLE.match(normal(line.text))
    ]
    return out or [ok(N_("the name alone"), doc.signers[0].where)]


# -- recipients (mục II.9) ------------------------------------------------------------------------


def _no_recipients(doc: Located) -> list[Result]:
    # Mẫu 1.9 prints "Nơi nhận: - Lưu: VT, Hồ sơ." under the minutes, as the custom of filing
    # them; minutes kept in the meeting's file need not list any, and the model allows none.
    if doc.document_type is DocumentType.MINUTES:
        return [not_applicable(N_("minutes may carry no 'Nơi nhận:' (Mẫu 1.9)"))]
    return [unchecked(N_("no 'Nơi nhận:' found"))]


@rule("ND30-RECIPIENTS-LABEL", "Phụ lục I, mục II.9.d")
def recipients_label(doc: Located) -> list[Result]:
    """Nơi nhận (recipients label): "Nơi nhận:", bold italic, 12 pt."""
    line = doc.recipients_label
    if line is None:
        return _no_recipients(doc)
    out = []
    text = normal(line.shown)
    if text != "Nơi nhận:":
        out.append(
            fail(
                N_(
                    "'{text}'; the label is 'Nơi nhận:'",
                    text=text,
                ),
                line.where,
            )
        )
    if not all(p.props.bold and p.props.italic for p in line.visible):
        out.append(fail(N_("the label is not bold italic"), line.where))
    out += _size_problems([line], *SIZES_PT["recipients label"], N_("the label"))
    return out or [ok(N_("'Nơi nhận:' bold italic 12 pt"), line.where)]


@rule("ND30-RECIPIENTS-ITEM-SIZE", "Phụ lục I, mục II.9.d")
def recipients_item_size(doc: Located) -> list[Result]:
    """Cỡ chữ phần liệt kê nơi nhận (recipient items size): 11 pt."""
    if doc.recipients_label is None:
        return _no_recipients(doc)
    items = doc.recipient_items
    if not items:
        return [unchecked(N_("no recipients listed"), doc.recipients_label.where)]
    return _size_problems(items, *SIZES_PT["recipient"], N_("the recipient")) or [
        ok(
            N_(
                "{items} items at 11 pt",
                items=len(items),
            )
        )
    ]


@rule("ND30-RECIPIENTS-ITEM-FORM", "Phụ lục I, mục II.9.d")
def recipients_item_form(doc: Located) -> list[Result]:
    """Phần liệt kê nơi nhận (recipient items): "- …;" each, the last "- Lưu: VT, … ."."""
    if doc.recipients_label is None:
        return _no_recipients(doc)
    items = doc.recipient_items
    if not items:
        return [fail(N_("no recipients listed under 'Nơi nhận:'"), doc.recipients_label.where)]
    out = []
    for number, item in enumerate(items, start=1):
        text = normal(item.text)
        last = number == len(items)
        if not text.startswith("-"):
            out.append(
                fail(
                    N_(
                        "'{text}' does not start with '-'",
                        text=text,
                    ),
                    item.where,
                )
            )
        if last:
            if not re.match(r"^-\s*Lưu\s*:", text):
                out.append(
                    fail(
                        N_(
                            "'{text}': the last line is '- Lưu: VT, … .'",
                            text=text,
                        ),
                        item.where,
                    )
                )
            elif not (text.endswith(".") or re.search(r"\.\(\d+\)$", text)):
                out.append(
                    fail(
                        N_(
                            "'{text}' does not end with '.'",
                            text=text,
                        ),
                        item.where,
                    )
                )
        elif not text.endswith(";"):
            out.append(
                fail(
                    N_(
                        "'{text}' does not end with ';'",
                        text=text,
                    ),
                    item.where,
                )
            )
    return out or [
        ok(
            N_(
                "{items} items, the last '- Lưu: …'",
                items=len(items),
            )
        )
    ]


# -- presence of the parts (Điều 8) and how rules are drawn -------------------------------------


@rule("ND30-PARTS", "Điều 8, khoản 1; Phụ lục I, mục IV")
def parts(doc: Located) -> list[Result]:
    """Thành phần thể thức chính (main components): each one is present."""
    missing = []
    if doc.national_name is None:
        missing.append(N_("the national name (Quốc hiệu, ô 1)"))
    if doc.motto is None:
        missing.append(N_("the motto (Tiêu ngữ, ô 1)"))
    if not doc.issuer_lines:
        missing.append(N_("the issuing body (ô 2)"))
    # Internal minutes may carry no number (Mẫu 1.9 shows "Số: …/BB-…", but minutes that are
    # not issued as a document are commonly kept unnumbered); every other kind needs one.
    if doc.number is None and doc.document_type is not DocumentType.MINUTES:
        missing.append(N_("the number and symbol ('Số:', ô 3)"))
    if doc.date is None and doc.document_type is not DocumentType.MINUTES:
        missing.append(N_("the place and date (ô 4)"))
    if doc.type_name is None and doc.subject is None:
        missing.append(N_("the type name and summary (ô 5a), or a V/v summary (ô 5b)"))
    if not doc.body:
        missing.append(N_("the body (ô 6)"))
    if not doc.signature_titles and not doc.signers:
        missing.append(N_("the signer's title and name (ô 7)"))
    if doc.recipients_label is None and doc.document_type is not DocumentType.MINUTES:
        missing.append(N_("the recipients ('Nơi nhận:', ô 9b)"))
    if missing:
        return [
            fail(
                N_(
                    "not found: {missing}",
                    missing="; ".join(text(m) for m in missing),
                )
            )
        ]
    return [ok(N_("every main component was found"))]
