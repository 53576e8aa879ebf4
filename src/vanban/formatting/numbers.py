"""Numbers and percentages the Vietnamese way (babel, locale vi): 1.315 and 93,8%."""

from __future__ import annotations

from decimal import Decimal

__all__ = ["RateError", "format_number", "format_percent", "format_rate"]

LOCALE = "vi_VN"


class RateError(ZeroDivisionError, ValueError):
    """A rate whose denominator is zero: a fault in the data, never "0%"."""


def format_number(value: int | float | Decimal, decimals: int = 2) -> str:
    """A number with "." for thousands and "," for decimals, trailing zeros dropped.

    >>> format_number(1315), format_number(1234567.5)
    ('1.315', '1.234.567,5')
    """
    from babel.numbers import format_decimal  # on first use: most plans print no figures

    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def format_percent(value: float | Decimal, decimals: int = 1) -> str:
    """A ratio (0.938) as a Vietnamese percentage, without a space before "%".

    >>> format_percent(0.938), format_percent(0.75), format_percent(1)
    ('93,8%', '75%', '100%')
    """
    from babel.numbers import format_percent as babel_percent

    pattern = "#,##0" + ("." + "#" * decimals if decimals else "") + "%"
    return babel_percent(value, format=pattern, locale=LOCALE)


def format_rate(numerator: int | float, denominator: int | float, decimals: int = 1) -> str:
    """numerator/denominator as a percentage; a zero denominator raises :class:`RateError`.

    >>> format_rate(3, 4)
    '75%'
    """
    if denominator == 0:
        raise RateError(f"rate {numerator}/{denominator}: the denominator is zero")
    return format_percent(Decimal(str(numerator)) / Decimal(str(denominator)), decimals)
