"""Badges (names, pinyin, QR codes) and check-in at the desk and by scanning apps."""

from __future__ import annotations
