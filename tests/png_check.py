#!/usr/bin/env python3
"""Check that a PNG screenshot shows a drawing: decodes it with the standard library and
requires that a fair share of its pixels are neither white nor one flat colour.

    python3 tests/png_check.py SHOT.png
"""

import struct
import sys
import zlib


def pixels(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height, ctype, depth = 8, b"", 0, 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert depth == 8 and ctype in (2, 6), f"unexpected PNG colour type {ctype}/{depth}"
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    rows = []
    i = 0
    for _ in range(height):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pr) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def main():
    width, height, bpp, rows = pixels(sys.argv[1])
    inked = 0
    colours = set()
    for r in rows[::4]:
        for x in range(0, width * bpp, bpp * 4):
            px = r[x:x + 3]
            colours.add(bytes(px))
            if min(px) < 235:
                inked += 1
    sampled = (len(rows[::4])) * len(range(0, width * bpp, bpp * 4))
    share = inked / max(1, sampled)
    if share < 0.01 or len(colours) < 4:
        sys.exit(f"{sys.argv[1]}: the browser drew (almost) nothing ({share:.1%} inked, {len(colours)} colours)")
    print(f"{sys.argv[1]}: {width}x{height}, {share:.1%} of pixels inked, {len(colours)} colours")


if __name__ == "__main__":
    main()
