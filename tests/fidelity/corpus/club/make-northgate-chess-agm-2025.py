#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build northgate-chess-agm-2025.docx from the Markdown minutes of the same stem,
the way a secretary exports notes to Word with pandoc (no smart quotes, so names
such as O'Rourke keep the apostrophe the .md has).  SOURCE_DATE_EPOCH (the core
properties' dates) and fixed zip entry times make every run give the same file."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "northgate-chess-agm-2025"
STAMP = (2026, 12, 7, 17, 40, 20)

env = dict(os.environ, SOURCE_DATE_EPOCH="1796665220")  # 2026-12-07 17:40:20 UTC
docx = subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx",
                       os.path.join(HERE, STEM + ".md")],
                      env=env, check=True, stdout=subprocess.PIPE).stdout
docxkit.write_package(docx, __file__, STEM + ".docx", STAMP)
