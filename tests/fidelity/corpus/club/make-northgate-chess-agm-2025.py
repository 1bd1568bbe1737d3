#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build northgate-chess-agm-2025.docx from the Markdown minutes of the same stem,
the way a secretary exports notes to Word with pandoc (no smart quotes, so names
such as O'Rourke keep the apostrophe the .md has)."""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = os.path.join(HERE, "northgate-chess-agm-2025")

subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx",
                "-o", STEM + ".docx", STEM + ".md"], check=True)
