"""The one-document script a user would write with plain docxtpl: context JSON → .docx.

Usage: python benchmarks/bare_docxtpl.py CONTEXT.json TEMPLATE.docx OUT.docx
"""

import json
import sys

from docxtpl import DocxTemplate

with open(sys.argv[1], encoding="utf-8") as source:
    context = json.load(source)
template = DocxTemplate(sys.argv[2])
template.render(context, autoescape=True)
template.save(sys.argv[3])
