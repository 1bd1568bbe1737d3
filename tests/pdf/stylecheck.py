#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Helpers of style.sh (the PDF writer's house style), standard library only.

  stylecheck.py png FILE W H RRGGBB    writes a W x H PNG of one colour
  stylecheck.py count PPM RRGGBB       pixels of that colour (within 6 a channel)
  stylecheck.py pixel PPM X Y RRGGBB   exit 1 unless the pixel at (X, Y) is that colour
"""
import struct
import sys
import zlib

TOLERANCE = 6


def rgb(hexa):
    return tuple(int(hexa[i:i + 2], 16) for i in (0, 2, 4))


def write_png(path, w, h, colour):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    row = b"\x00" + bytes(colour) * w
    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(row * h))
           + chunk(b"IEND", b""))
    with open(path, "wb") as f:
        f.write(png)


def read_ppm(path):
    """(width, height, bytes) of a binary PPM as pdftoppm writes it."""
    with open(path, "rb") as f:
        data = f.read()
    fields, at = [], 0
    while len(fields) < 4:
        while data[at:at + 1].isspace():
            at += 1
        end = at
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[at:end])
        at = end
    if fields[0] != b"P6" or fields[3] != b"255":
        sys.exit(f"{path}: not an 8-bit binary PPM")
    return int(fields[1]), int(fields[2]), data[at + 1:]


def near(px, want):
    return all(abs(a - b) <= TOLERANCE for a, b in zip(px, want))


def main(argv):
    cmd = argv[1]
    if cmd == "png":
        write_png(argv[2], int(argv[3]), int(argv[4]), rgb(argv[5]))
    elif cmd == "count":
        w, h, px = read_ppm(argv[2])
        want = rgb(argv[3])
        print(sum(1 for i in range(0, w * h * 3, 3) if near(px[i:i + 3], want)))
    elif cmd == "pixel":
        w, h, px = read_ppm(argv[2])
        x, y = int(argv[3]), int(argv[4])
        got = tuple(px[(y * w + x) * 3:(y * w + x) * 3 + 3])
        if not near(got, rgb(argv[5])):
            print("#%02x%02x%02x" % got)
            return 1
    else:
        sys.exit(f"stylecheck.py: unknown command {cmd}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
