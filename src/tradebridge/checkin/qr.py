"""The QR code on a badge: it holds the registration's check-in code, bare.

Bare, not a URL: keyboard-wedge scanners type what the code holds as keystrokes of a US
keyboard, and a URL's ":" and "/" come out wrong under other layouts or an active Chinese input
method; a code of letters, digits, "-" and "_" survives them. The code alone proves nothing but
itself: the desk looks it up and checks that the registration is for the event (and item) being
checked in, so one person's badge cannot admit another, nor anyone to another event.
Plain Python (segno), no Django.
"""

from __future__ import annotations

import io
import re

import segno

# The modules of quiet zone the QR standard asks for around the symbol.
QUIET_ZONE = 4
# Codes the registrations app makes (``secrets.token_urlsafe``) and anything a scanner app sends.
_CODE = re.compile(r"[A-Za-z0-9_\-]{16,128}")


def make(code: str) -> segno.QRCode:
    """The QR code of a check-in code, with error correction M (15 % of it may be scratched or
    covered) and byte mode so that the code's case is kept."""
    return segno.make_qr(code, error="m", mode="byte", boost_error=False)


def png(code: str, *, scale: int = 8) -> bytes:
    """The QR code as a PNG image (``scale`` pixels per module, with its quiet zone)."""
    out = io.BytesIO()
    make(code).save(out, kind="png", scale=scale, border=QUIET_ZONE)
    return out.getvalue()


def dark_runs(code: str) -> tuple[int, list[tuple[int, int, int]]]:
    """The symbol's width in modules (without the quiet zone) and its dark modules as
    horizontal runs ``(row, first column, length)``: a PDF draws one rectangle per run instead
    of one per module. (Encoding is most of a badge's time: the code is encoded once.)"""
    matrix = make(code).matrix
    runs: list[tuple[int, int, int]] = []
    for row, line in enumerate(matrix):
        column = 0
        while column < len(line):
            if line[column]:
                start = column
                while column < len(line) and line[column]:
                    column += 1
                runs.append((row, start, column - start))
            else:
                column += 1
    return len(matrix), runs


def scanned_code(text: str) -> str:
    """The check-in code in what a scanner or a person typed: surrounding spaces dropped, and a
    URL (a phone app that wraps codes in one) reduced to its last path segment. Returns "" when
    nothing there can be a code."""
    text = text.strip()
    if "/" in text:
        text = text.rstrip("/").rsplit("/", 1)[-1]
    return text if _CODE.fullmatch(text) else ""
