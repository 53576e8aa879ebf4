"""So sánh bản kết xuất (comparing dumps): what changed between two documents, in words.

Paragraphs are aligned on their text (``difflib.SequenceMatcher``), so inserting one paragraph
does not make every later one look changed; paragraphs whose text was edited are paired by
similarity. Matched paragraphs, tables, rows and cells are then compared attribute by
attribute. Each change is one line a reviewer can act on::

    section 1: left margin 30 mm → 25 mm
    paragraph 3 'KẾ HOẠCH': bold true → false
    Nơi nhận: item 3 removed (table 2 row 1 cell 1 paragraph 4 '- Lưu: VT.')
    table 3 row 2 cell 2: text '5' → '7'

Numbers are those of the new document, except for what was removed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from typing import TypeVar

from vanban.dump.model import Attrs, Block, Cell, DocumentDump, Paragraph, Row, Section, Table
from vanban.dump.properties import RUN_PROPERTIES
from vanban.i18n import _, language

__all__ = ["diff_dumps"]

T = TypeVar("T")

_RUN_KEYS = (*(key for key, _getter in RUN_PROPERTIES), "character style")
_NONE_BY_DEFAULT = {"underline", "borders", "color", "highlight", "vertical align", "numbering"}
_LIST_ITEM = re.compile(r"^\s*(?:[-+–•*]|\d+[.)]|[a-zđ]\))\s")
_MAX_TEXT_CHANGES = 3
_SNIPPET = 40
_WHOLE_TEXT = 80


def diff_dumps(old: DocumentDump, new: DocumentDump, *, lang: str | None = None) -> list[str]:
    """Readable change lines from ``old`` to ``new``; empty when the dumps are equal.

    ``lang`` ("vi", "en") is the language of the lines; by default the current one.
    """
    with language(lang):
        return _diff(old, new)


def _diff(old: DocumentDump, new: DocumentDump) -> list[str]:
    changes = _section_changes(old, new)
    changes += _block_changes(old.blocks, new.blocks, "")
    return changes


# --- sections, headers and footers ------------------------------------------------------------


def _section_changes(old: DocumentDump, new: DocumentDump) -> list[str]:
    changes: list[str] = []
    old_sections, new_sections = old.sections, new.sections
    for index in range(max(len(old_sections), len(new_sections))):
        place = _(
            "section {value}",
            value=index + 1,
        )
        if index >= len(old_sections):
            changes.append(
                _(
                    "{place} added, beginning with {new}",
                    place=place,
                    new=_opening(new, index),
                )
            )
            continue
        if index >= len(new_sections):
            changes.append(
                _(
                    "{place} removed (it began with {old})",
                    place=place,
                    old=_opening(old, index),
                )
            )
            continue
        before, after = old_sections[index], new_sections[index]
        changes += _attr_changes(place, before.attrs, after.attrs)
        if index > 0 and _opening(old, index) != _opening(new, index):
            changes.append(
                _(
                    "{place}: now begins with {new}, was {old}",
                    place=place,
                    new=_opening(new, index),
                    old=_opening(old, index),
                )
            )
        old_stories = {story.kind: story for story in before.stories}
        new_stories = {story.kind: story for story in after.stories}
        for kind in [*old_stories, *(k for k in new_stories if k not in old_stories)]:
            story_place = _(
                "{place} {kind}",
                place=place,
                kind=kind,
            )
            if kind not in new_stories:
                changes.append(
                    _(
                        "{story_place} removed",
                        story_place=story_place,
                    )
                )
            elif kind not in old_stories:
                changes.append(
                    _(
                        "{story_place} added: {blocks}",
                        story_place=story_place,
                        blocks=_blocks_snippet(new_stories[kind].blocks),
                    )
                )
            else:
                old_story, new_story = old_stories[kind], new_stories[kind]
                changes += _attr_changes(story_place, old_story.attrs, new_story.attrs)
                changes += _block_changes(old_story.blocks, new_story.blocks, f"{story_place} ")
    return changes


def _opening(dump: DocumentDump, section_index: int) -> str:
    """What section ``section_index`` (0-based) begins with, by its text."""
    seen = -1
    for position, item in enumerate(dump.body):
        if isinstance(item, Section):
            seen += 1
            if seen == section_index:
                following = dump.body[position + 1 : position + 2]
                if not following or isinstance(following[0], Section):
                    return "nothing"
                return _blocks_snippet([following[0]])
    return "nothing"


# --- paragraphs and tables in one container ---------------------------------------------------


def _block_changes(
    old: Sequence[Block], new: Sequence[Block], where: str, sole: str | None = None
) -> list[str]:
    """Changes in a list of blocks; ``sole`` names a cell's only paragraph by the cell."""
    if (
        sole is not None
        and len(old) == len(new) == 1
        and isinstance(old[0], Paragraph)
        and isinstance(new[0], Paragraph)
    ):
        return _paragraph_changes(sole, old[0], new[0])
    old_numbers, new_numbers = _numbers(old), _numbers(new)
    changes: list[str] = []
    for i, j in _align(old, new, _block_key, _block_text):
        if j is None:
            assert i is not None
            changes.append(_removed(old, i, _place(where, old[i], old_numbers[i])))
        elif i is None:
            changes.append(_inserted(new, j, _place(where, new[j], new_numbers[j])))
        else:
            place = _place(where, new[j], new_numbers[j])
            before, after = old[i], new[j]
            if isinstance(before, Paragraph) and isinstance(after, Paragraph):
                changes += _paragraph_changes(place, before, after)
            elif isinstance(before, Table) and isinstance(after, Table):
                changes += _table_changes(place, before, after)
    return changes


def _kind(block: Block) -> str:
    return "paragraph" if isinstance(block, Paragraph) else "table"


def _place(where: str, block: Block, number: int) -> str:
    """ "paragraph 3", "table 1", after ``where``, in the current language."""
    if isinstance(block, Paragraph):
        return _("{where}paragraph {number}", where=where, number=number)
    return _("{where}table {number}", where=where, number=number)


def _numbers(blocks: Sequence[Block]) -> list[int]:
    counts = {"paragraph": 0, "table": 0}
    numbers = []
    for block in blocks:
        counts[_kind(block)] += 1
        numbers.append(counts[_kind(block)])
    return numbers


def _block_key(block: Block) -> tuple[str, str]:
    return (_kind(block), _block_text(block))


def _block_text(block: Block) -> str:
    if isinstance(block, Paragraph):
        return block.text
    return " | ".join(_row_text(row) for row in block.rows)


def _row_text(row: Row) -> str:
    return " | ".join(_cell_text(cell) for cell in row.cells)


def _cell_text(cell: Cell) -> str:
    return " ".join(_block_text(block) for block in cell.blocks)


def _removed(blocks: Sequence[Block], index: int, place: str) -> str:
    block = blocks[index]
    if isinstance(block, Table):
        return _(
            "{place} removed ({block}): {snippet}",
            place=place,
            block=_table_shape(block),
            snippet=_snippet(_block_text(block)),
        )
    item = _list_item(blocks, index)
    if item is not None:
        return _(
            "{item} item {item2} removed ({place} {text})",
            item=item[0],
            item2=item[1],
            place=place,
            text=_snippet(block.text),
        )
    return _(
        "{place} removed: {text}",
        place=place,
        text=_snippet(block.text),
    )


def _inserted(blocks: Sequence[Block], index: int, place: str) -> str:
    block = blocks[index]
    if isinstance(block, Table):
        return _(
            "{place} inserted ({block}): {snippet}",
            place=place,
            block=_table_shape(block),
            snippet=_snippet(_block_text(block)),
        )
    item = _list_item(blocks, index)
    if item is not None:
        return _(
            "{item} item {item2} inserted ({place} {text})",
            item=item[0],
            item2=item[1],
            place=place,
            text=_snippet(block.text),
        )
    return _(
        "{place} inserted: {text}",
        place=place,
        text=_snippet(block.text),
    )


def _list_item(blocks: Sequence[Block], index: int) -> tuple[str, int] | None:
    """(label, item number) when ``blocks[index]`` is an item of a list under a label.

    A label is a short paragraph ending in a colon ("Nơi nhận:", "Kính gửi:"); its items are
    the paragraphs after it that start with a list mark ("- ", "+ ", "1.", "a)").
    """
    texts = [b.text if isinstance(b, Paragraph) else None for b in blocks]
    return _label_and_item(texts, index)


def _label_and_item(texts: Sequence[str | None], index: int) -> tuple[str, int] | None:
    text = texts[index]
    if text is None or not _LIST_ITEM.match(text):
        return None
    for position in range(index - 1, -1, -1):
        candidate = texts[position]
        if candidate is None:
            return None
        stripped = candidate.strip()
        if stripped.endswith(":") and len(stripped) <= 60 and not _LIST_ITEM.match(stripped):
            return stripped, index - position
        if not _LIST_ITEM.match(candidate):
            return None
    return None


def _table_shape(table: Table) -> str:
    columns = max((len(row.cells) for row in table.rows), default=0)
    return _(
        "{count} × {columns}",
        count=_count(len(table.rows), "row"),
        columns=_count(columns, "column"),
    )


def _count(number: int, noun: str) -> str:
    if noun == "row":
        return _("1 row") if number == 1 else _("{count} rows", count=number)
    return _("1 column") if number == 1 else _("{count} columns", count=number)


# --- one paragraph ------------------------------------------------------------------------------


def _paragraph_changes(place: str, old: Paragraph, new: Paragraph) -> list[str]:
    changes = _text_changes(place, old.text, new.text)
    named = _(
        "{place} {text}",
        place=place,
        text=_snippet(new.text),
    )
    changes += _attr_changes(named, old.attrs, new.attrs)
    changes += _run_changes(named, old, new)
    return changes


def _text_changes(place: str, old: str, new: str) -> list[str]:
    if old == new:
        return []
    if "\n" in old or "\n" in new:
        return _line_changes(place, old.split("\n"), new.split("\n"))
    if len(old) <= _WHOLE_TEXT and len(new) <= _WHOLE_TEXT:
        return [f"{place}: text {_quote(old)} → {_quote(new)}"]
    old_words, new_words = old.split(" "), new.split(" ")
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
    edits = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    changes = []
    for _tag, i1, i2, j1, j2 in edits[:_MAX_TEXT_CHANGES]:
        # One word of context on each side tells where in a long paragraph the edit is.
        before = _fragment(old_words, i1, i2)
        after = _fragment(new_words, j1, j2)
        changes.append(
            _(
                "{place} {new}: text {before} → {after}",
                place=place,
                new=_snippet(new),
                before=before,
                after=after,
            )
        )
    if len(edits) > _MAX_TEXT_CHANGES:
        changes.append(
            _(
                "{place}: and {value} more changes in the text",
                place=place,
                value=len(edits) - _MAX_TEXT_CHANGES,
            )
        )
    return changes


def _fragment(words: list[str], start: int, end: int) -> str:
    lead = "…" if start > 1 else ""
    tail = "…" if end < len(words) - 1 else ""
    return _quote(lead + " ".join(words[max(start - 1, 0) : end + 1]) + tail)


def _line_changes(place: str, old: list[str], new: list[str]) -> list[str]:
    changes: list[str] = []
    for i, j in _align(old, new, lambda line: ("line", line), lambda line: line):
        if i is not None and j is not None:
            if old[i] != new[j]:
                changes.append(
                    _(
                        "{place}: line {value} {old} → {new}",
                        place=place,
                        value=j + 1,
                        old=_quote(old[i]),
                        new=_quote(new[j]),
                    )
                )
            continue
        lines, index, verb = (old, i, _("removed")) if i is not None else (new, j, _("inserted"))
        assert index is not None
        item = _label_and_item(list(lines), index)
        if item is not None:
            changes.append(
                _(
                    "{item} item {item2} {verb} ({place} {lines})",
                    item=item[0],
                    item2=item[1],
                    verb=verb,
                    place=place,
                    lines=_quote(lines[index]),
                )
            )
        else:
            changes.append(
                _(
                    "{place}: line {value} {verb}: {lines}",
                    place=place,
                    value=index + 1,
                    verb=verb,
                    lines=_quote(lines[index]),
                )
            )
    return changes


def _run_changes(named: str, old: Paragraph, new: Paragraph) -> list[str]:
    changes: list[str] = []
    old_base, new_base = _run_base(old.attrs), _run_base(new.attrs)
    pairs = _align(old.runs, new.runs, lambda run: ("run", run.text), lambda run: run.text)
    for i, j in pairs:
        if i is not None and j is not None:
            text = new.runs[j].text
            before = _effective(old_base, old.runs[i].attrs)
            after = _effective(new_base, new.runs[j].attrs)
        elif i is not None:
            # The run now looks like the rest of its paragraph.
            text = old.runs[i].text
            if text not in new.text:
                continue
            before, after = _effective(old_base, old.runs[i].attrs), new_base
        else:
            assert j is not None
            text = new.runs[j].text
            if text not in old.text:
                continue
            before, after = old_base, _effective(new_base, new.runs[j].attrs)
        changes += _attr_changes(f"{named}: run {_snippet(text)}", before, after, joiner=" ")
    return changes


def _run_base(attrs: Attrs) -> Attrs:
    return {key: attrs[key] for key in _RUN_KEYS if key in attrs}


def _effective(base: Attrs, run: Attrs) -> Attrs:
    merged = {**base, **run}
    return {k: v for k, v in merged.items() if not v.startswith(("false", "none"))}


# --- tables -------------------------------------------------------------------------------------


def _table_changes(place: str, old: Table, new: Table) -> list[str]:
    changes = _attr_changes(place, old.attrs, new.attrs)
    for i, j in _align(old.rows, new.rows, lambda row: ("row", _row_text(row)), _row_text):
        if j is None:
            assert i is not None
            changes.append(
                _(
                    "{place} row {value} removed: {snippet}",
                    place=place,
                    value=i + 1,
                    snippet=_snippet(_row_text(old.rows[i])),
                )
            )
            continue
        if i is None:
            changes.append(
                _(
                    "{place} row {value} inserted: {snippet}",
                    place=place,
                    value=j + 1,
                    snippet=_snippet(_row_text(new.rows[j])),
                )
            )
            continue
        row_place = _(
            "{place} row {value}",
            place=place,
            value=j + 1,
        )
        before, after = old.rows[i], new.rows[j]
        changes += _attr_changes(row_place, before.attrs, after.attrs)
        cell_pairs: list[tuple[int | None, int | None]]
        if len(before.cells) == len(after.cells):
            cell_pairs = [(k, k) for k in range(len(after.cells))]
        else:
            cell_pairs = _align(
                [_cell_text(c) for c in before.cells],
                [_cell_text(c) for c in after.cells],
                lambda text: ("cell", text),
                lambda text: text,
            )
        for ci, cj in cell_pairs:
            if cj is None:
                assert ci is not None
                text = _cell_text(before.cells[ci])
                changes.append(
                    _(
                        "{row_place} cell {value} removed: {text}",
                        row_place=row_place,
                        value=ci + 1,
                        text=_snippet(text),
                    )
                )
            elif ci is None:
                text = _cell_text(after.cells[cj])
                changes.append(
                    _(
                        "{row_place} cell {value} inserted: {text}",
                        row_place=row_place,
                        value=cj + 1,
                        text=_snippet(text),
                    )
                )
            else:
                cell_place = _(
                    "{row_place} cell {value}",
                    row_place=row_place,
                    value=cj + 1,
                )
                old_cell, new_cell = before.cells[ci], after.cells[cj]
                changes += _attr_changes(cell_place, old_cell.attrs, new_cell.attrs)
                changes += _block_changes(
                    old_cell.blocks, new_cell.blocks, f"{cell_place} ", sole=cell_place
                )
    return changes


# --- attributes ---------------------------------------------------------------------------------


def _attr_changes(place: str, old: Attrs, new: Attrs, joiner: str = ": ") -> list[str]:
    changes = []
    for key in [*old, *(k for k in new if k not in old)]:
        before, after = old.get(key), new.get(key)
        if before != after:
            shown_before = _shown(key, before, after)
            shown_after = _shown(key, after, before)
            if shown_before != shown_after:
                changes.append(
                    _(
                        "{place}{joiner}{key} {shown_before} → {shown_after}",
                        place=place,
                        joiner=joiner,
                        key=key,
                        shown_before=shown_before,
                        shown_after=shown_after,
                    )
                )
    return changes


def _shown(key: str, value: str | None, other: str | None) -> str:
    if value is not None:
        return value
    if other is not None and other.startswith("true"):
        return "false"
    return "none" if key in _NONE_BY_DEFAULT else "(not set)"


# --- alignment ----------------------------------------------------------------------------------


def _align(
    old: Sequence[T],
    new: Sequence[T],
    key: Callable[[T], tuple[str, str]],
    text: Callable[[T], str],
) -> list[tuple[int | None, int | None]]:
    """Pairs (old index, new index), None on the side where an item is missing, in order."""
    old_keys, new_keys = [key(item) for item in old], [key(item) for item in new]
    matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    pairs: list[tuple[int | None, int | None]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs += [(i1 + k, j1 + k) for k in range(i2 - i1)]
        elif tag == "delete":
            pairs += [(i, None) for i in range(i1, i2)]
        elif tag == "insert":
            pairs += [(None, j) for j in range(j1, j2)]
        else:
            kinds = [k[0] for k in old_keys[i1:i2]], [k[0] for k in new_keys[j1:j2]]
            texts = [text(item) for item in old[i1:i2]], [text(item) for item in new[j1:j2]]
            for i, j in _pair_edited(kinds, texts):
                pairs.append((None if i is None else i1 + i, None if j is None else j1 + j))
    return pairs


def _pair_edited(
    kinds: tuple[list[str], list[str]], texts: tuple[list[str], list[str]]
) -> list[tuple[int | None, int | None]]:
    """Pair items whose text was edited: one for one when the run lengths agree, else by
    similarity (the pairing with the greatest total similarity that keeps the order)."""
    old_kinds, new_kinds = kinds
    n, m = len(old_kinds), len(new_kinds)
    if n == m and old_kinds == new_kinds:
        return [(k, k) for k in range(n)]
    if n * m > 4_000:
        return [(i, None) for i in range(n)] + [(None, j) for j in range(m)]
    # Words, not characters: as telling for prose, and a long paragraph has ten times fewer.
    old_words = [text.split() for text in texts[0]]
    new_words = [text.split() for text in texts[1]]
    scores: dict[tuple[int, int], float] = {}

    def similarity(i: int, j: int) -> float:
        if (i, j) not in scores:
            ratio = 0.0
            if old_kinds[i] == new_kinds[j]:
                matcher = SequenceMatcher(None, old_words[i], new_words[j], autojunk=False)
                if matcher.real_quick_ratio() >= 0.5 and matcher.quick_ratio() >= 0.5:
                    ratio = matcher.ratio()
            scores[i, j] = ratio if ratio >= 0.5 else 0.0
        return scores[i, j]

    best = [[0.0] * (m + 1) for _row in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            score = similarity(i, j)
            take = best[i + 1][j + 1] + score if score > 0 else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        score = similarity(i, j)
        if score > 0 and best[i][j] == best[i + 1][j + 1] + score:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs += [(k, None) for k in range(i, n)] + [(None, k) for k in range(j, m)]
    return pairs


# --- quoting ------------------------------------------------------------------------------------


def _snippet(text: str) -> str:
    """The first words of a text, quoted, for naming a paragraph."""
    words = " ".join(text.split())
    if not words:
        return "(empty)"
    if len(words) > _SNIPPET:
        cut = words[:_SNIPPET].rsplit(" ", 1)[0] if " " in words[:_SNIPPET] else words[:_SNIPPET]
        words = cut + "…"
    return _(
        "'{words}'",
        words=words,
    )


def _quote(text: str) -> str:
    return "'" + text.replace("\n", "\\n").replace("\t", "\\t") + "'"


def _blocks_snippet(blocks: Sequence[Block]) -> str:
    if not blocks:
        return "nothing"
    first = blocks[0]
    if isinstance(first, Paragraph):
        return _(
            "paragraph {text}",
            text=_snippet(first.text),
        )
    return _(
        "a table {snippet}",
        snippet=_snippet(_block_text(first)),
    )
