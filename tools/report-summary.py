#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Turns `minutes convert --report` files into a Markdown summary (for a
GitHub job summary, a GitLab job log or a bot comment).

Usage: report-summary.py REPORT.json...   (reports of report_version 1,
docs/report.schema.json).  Exits 1 when a report cannot be read."""
import json
import sys


def where(d):
    place = d.get('file') or 'minutes'
    if d.get('line'):
        place += f":{d['line']}"
    return place


def summarise(path):
    with open(path, encoding='utf-8', errors='surrogateescape') as f:
        r = json.load(f)
    if r.get('report_version') != 1:
        raise ValueError(f"{path}: report_version {r.get('report_version')!r}, this script reads 1")
    shard = r.get('shard')
    head = f"### {path}: {r['converted']} converted, {r['failed']} failed"
    if shard:
        head += f" (shard {shard['index']} of {shard['count']})"
    lines = [head, ""]
    for i in r['inputs']:
        mark = "✅" if i['ok'] else f"❌ status {i['status']}"
        lines.append(f"- `{i['input']}` {mark}, {len(i['outputs'])} outputs, {i['ms']} ms")
        for d in i['errors'] + i['warnings']:
            name = f" `-W{d['name']}`" if d.get('name') else ""
            lines.append(f"  - {d['severity']} at `{where(d)}`{name}: {d['message']}")
    return "\n".join(lines) + "\n"


def main(paths):
    status = 0
    for path in paths:
        try:
            print(summarise(path))
        except (OSError, ValueError, KeyError) as e:
            print(f"report-summary: {path}: {e}", file=sys.stderr)
            status = 1
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
