"""Đọc tệp Word (the Word-file layer): the one place that knows how a .docx is built.

Rendering's finishing steps, :mod:`vanban.dump` and :mod:`vanban.checks` all read Word files
through these modules, so that they agree on what a file says:

- :mod:`~vanban.ooxml.ns` — namespaces and the ``w:`` names (no namespace string elsewhere);
- :mod:`~vanban.ooxml.package` — opening a .docx (path, bytes or file) within size limits;
- :mod:`~vanban.ooxml.walk` — blocks, cells and runs, looking through wrapper elements;
- :mod:`~vanban.ooxml.styles` — the style hierarchy: each effective value and where it came from;
- :mod:`~vanban.ooxml.units` — twips, half-points, EMU as millimetres and points.
"""
