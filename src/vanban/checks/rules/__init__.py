"""The Decree 30 format rules — quy tắc thể thức, one small function each, by section.

The rules are grouped by the section of Phụ lục I they enforce: :mod:`.page` (mục I, page
set-up), :mod:`.header` (mục II.1–II.5), :mod:`.body` (mục II.6) and :mod:`.closing` (mục II.7,
II.9 and Điều 8); :mod:`.legal` the legal bases, titled levels and articles (mục II.6);
:mod:`.localgov` adds what the two-tier local government of 2025 changed in the units a
document may name; :mod:`.forms` what a sample form of Phụ lục III adds (an invitation's
fields). Adding a rule is adding one function, decorated with
:func:`.base.rule`, in the right file; rules run and are reported section by section, in the
order of their functions.
"""

from __future__ import annotations

from vanban.checks.rules import body, closing, forms, header, legal, localgov, page
from vanban.checks.rules.base import RULES, Result, Rule

__all__ = ["RULES", "Result", "Rule"]

_SECTIONS = [module.__name__ for module in (page, header, body, legal, closing, localgov, forms)]
_ordered = sorted(RULES.values(), key=lambda rule: _SECTIONS.index(rule.check.__module__))
# The drawn-rules rule sums up the rules of three header parts: it is reported last.
_ordered.sort(key=lambda rule: rule.code == "ND30-RULE-DRAWN")
RULES.clear()
RULES.update((rule.code, rule) for rule in _ordered)
