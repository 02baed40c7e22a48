"""Bilingual news articles and their RSS and Atom feeds."""

from __future__ import annotations
