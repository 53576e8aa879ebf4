"""Document types and their codes — tên loại văn bản và chữ viết tắt (Phụ lục III, mục I).

Defined with the decree's other words in :mod:`vanban.nd30`; here for the models that name it.
"""

from __future__ import annotations

from vanban.nd30 import DocumentType

__all__ = ["DocumentType"]
