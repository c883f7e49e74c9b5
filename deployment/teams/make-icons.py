#!/usr/bin/env python3
"""Draws the Teams app icons (standard library only): color.png 192x192 (a white "R" on the accent colour)
and outline.png 32x32 (the same "R" in white on transparent). Run once; the PNGs are committed."""
import pathlib
import struct
import zlib

ACCENT = (0xE4, 0x57, 0x2E, 0xFF)
WHITE = (0xFF, 0xFF, 0xFF, 0xFF)
CLEAR = (0, 0, 0, 0)

# An "R" on an 8x8 grid, scaled to each icon.
GLYPH = [
    "XXXXXX..",
    "XX...XX.",
    "XX...XX.",
    "XXXXXX..",
    "XXXX....",
    "XX.XX...",
    "XX..XX..",
    "XX...XX.",
]


def png(size, pixels):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"".join(bytes(pixels(x, y)) for x in range(size)) for y in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def glyph_at(size, margin, x, y):
    inner = size - 2 * margin
    gx, gy = (x - margin) * 8 // inner, (y - margin) * 8 // inner
    return 0 <= gx < 8 and 0 <= gy < 8 and GLYPH[gy][gx] == "X" and x >= margin and y >= margin


here = pathlib.Path(__file__).resolve().parent
(here / "color.png").write_bytes(png(192, lambda x, y: WHITE if glyph_at(192, 48, x, y) else ACCENT))
(here / "outline.png").write_bytes(png(32, lambda x, y: WHITE if glyph_at(32, 4, x, y) else CLEAR))
