"""The bilateral project pool: opportunities, their review, expressions of interest and deals."""

from __future__ import annotations
