#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build cotel-interim-2020-05-19.txt from the .md with pandoc, the way a
Markdown note ends up as plain text: `pandoc -f markdown -t plain
--wrap=none`.  Both files are scored against one gold."""

import subprocess
import sys
from pathlib import Path

STEM = "cotel-interim-2020-05-19"

if __name__ == "__main__":
    here = Path(sys.argv[0]).resolve().parent
    text = subprocess.run(
        ["pandoc", "-f", "markdown", "-t", "plain", "--wrap=none",
         str(here / f"{STEM}.md")],
        check=True, capture_output=True, text=True).stdout
    (here / f"{STEM}.txt").write_text(text, encoding="utf-8")
