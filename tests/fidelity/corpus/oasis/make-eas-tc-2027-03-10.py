#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds eas-tc-2027-03-10.docx from eas-tc-2027-03-10.md with pandoc.

The same minutes in two formats, scored against one gold: the Word copy is
what a secretary gets by exporting the Markdown (no title metadata, so the
body starts with the same heading). SOURCE_DATE_EPOCH and the
fixed zip entry times make every run give the same file.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STAMP = (2027, 3, 11, 9, 0, 0)

env = dict(os.environ, SOURCE_DATE_EPOCH="1804755600")  # 2027-03-11 09:00 UTC
docx = subprocess.run(
    ["pandoc", "-f", "markdown", "-t", "docx",
     os.path.join(HERE, "eas-tc-2027-03-10.md")],
    env=env, check=True, stdout=subprocess.PIPE).stdout

docxkit.write_package(docx, __file__, "eas-tc-2027-03-10.docx", STAMP, mode=0o644)
