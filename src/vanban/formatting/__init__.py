"""Pure formatting functions: date lines, numbering labels, numbers, text. No pydantic, no docx."""

from vanban.formatting.dates import format_date_line, format_day, format_month
from vanban.formatting.numbering import DEFAULT_LADDER, Ladder, LevelStyle, format_label, roman
from vanban.formatting.numbers import format_number, format_percent, format_rate
from vanban.formatting.text import clean_text, text_width_pt

__all__ = [
    "DEFAULT_LADDER",
    "Ladder",
    "LevelStyle",
    "clean_text",
    "format_date_line",
    "format_day",
    "format_label",
    "format_month",
    "format_number",
    "format_percent",
    "format_rate",
    "roman",
    "text_width_pt",
]
