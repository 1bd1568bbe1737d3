# SPDX-License-Identifier: MIT
"""Finding the corpus's documents and getting their canonical XML.

A unit is one document in one format: corpus/<family>/<stem>.<fmt> scored
against corpus/<family>/<stem>.gold.json.  Its XML comes from running
`minutes convert SRC -t xml -o -`, or, with --outputs DIR, from
DIR/<family>/<stem>.<fmt>.xml (the layout --keep DIR writes)."""
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor

FORMATS = ("md", "txt", "docx")


class Unit:
    def __init__(self, family, stem, fmt, corpus):
        self.family, self.stem, self.fmt = family, stem, fmt
        self.dir = os.path.join(corpus, family)
        self.source = os.path.join(self.dir, "%s.%s" % (stem, fmt))
        self.gold_path = os.path.join(self.dir, stem + ".gold.json")
        self.xml = None
        self.error = None

    @property
    def name(self):
        return "%s/%s.%s" % (self.family, self.stem, self.fmt)

    def output_name(self):
        return os.path.join(self.family, "%s.%s.xml" % (self.stem, self.fmt))


def discover(corpus):
    """(units sorted by family, stem, format; problems: documents without gold,
    gold without documents)."""
    units, problems = [], []
    if not os.path.isdir(corpus):
        return units, problems
    for family in sorted(os.listdir(corpus)):
        fdir = os.path.join(corpus, family)
        if not os.path.isdir(fdir):
            continue
        files = set(os.listdir(fdir))
        stems_with_docs = set()
        for f in sorted(files):
            stem, dot, fmt = f.rpartition(".")
            if not dot or fmt not in FORMATS or stem.endswith(".gold"):
                continue
            stems_with_docs.add(stem)
            if stem + ".gold.json" not in files:
                problems.append("%s/%s: no %s.gold.json beside it" % (family, f, stem))
                continue
            units.append(Unit(family, stem, fmt, corpus))
        for f in sorted(files):
            if f.endswith(".gold.json") and f[:-len(".gold.json")] not in stems_with_docs:
                problems.append("%s/%s: no document of that stem" % (family, f))
    units.sort(key=lambda u: (u.family, u.stem, FORMATS.index(u.fmt)))
    return units, problems


def _convert(minutes, unit, keep):
    try:
        r = subprocess.run([minutes, "convert", unit.source, "-t", "xml", "-o", "-"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        unit.error = "minutes did not run: %s" % e
        return
    if r.returncode != 0:
        first = r.stderr.decode("utf-8", "replace").strip().splitlines()
        unit.error = "minutes exited %d%s" % (r.returncode, ": " + first[-1] if first else "")
    unit.xml = r.stdout or None
    if keep and unit.xml:
        path = os.path.join(keep, unit.output_name())
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(unit.xml)


def convert_all(units, minutes, jobs, keep=None):
    """Fill unit.xml (and unit.error) by running minutes, jobs at a time."""
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        list(pool.map(lambda u: _convert(minutes, u, keep), units))


def read_outputs(units, outputs):
    for u in units:
        path = os.path.join(outputs, u.output_name())
        try:
            with open(path, "rb") as f:
                u.xml = f.read()
        except OSError as e:
            u.error = "no output: %s" % e.strerror
