"""Pure formatting functions: date lines, numbering, numbers, amounts, text. No pydantic or docx."""

from vanban.formatting.amounts import amount_in_words, number_in_words
from vanban.formatting.dates import format_date_line, format_day, format_month
from vanban.formatting.numbering import DEFAULT_LADDER, Ladder, LevelStyle, format_label, roman
from vanban.formatting.numbers import format_number, format_percent, format_rate
from vanban.formatting.text import clean_text, text_width_pt

__all__ = [
    "DEFAULT_LADDER",
    "Ladder",
    "LevelStyle",
    "amount_in_words",
    "clean_text",
    "format_date_line",
    "format_day",
    "format_label",
    "format_month",
    "format_number",
    "format_percent",
    "format_rate",
    "number_in_words",
    "roman",
    "text_width_pt",
]
