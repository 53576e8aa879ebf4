"""The batch script a docxtpl user writes: each YAML file is a template context → a .docx.

Usage: python benchmarks/plain_batch.py TEMPLATE.docx OUT_DIR CONTEXT.yaml ...

PyYAML's ``safe_load`` (its pure-Python loader, as most scripts call it) and a new
``DocxTemplate`` per file, rendered with autoescape and saved: nothing validated or checked.
"""

import sys
from pathlib import Path

import yaml
from docxtpl import DocxTemplate

template, out = sys.argv[1], Path(sys.argv[2])
for name in sys.argv[3:]:
    with open(name, encoding="utf-8") as source:
        context = yaml.safe_load(source)
    document = DocxTemplate(template)
    document.render(context, autoescape=True)
    document.save(str(out / (Path(name).stem + ".docx")))
