"""Placeholder."""

from __future__ import annotations


class EmbeddingIndex:
    """Placeholder."""
