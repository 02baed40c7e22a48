"""Insights endpoints (API v1)."""

from ninja import Router

router = Router(tags=["insights"])
