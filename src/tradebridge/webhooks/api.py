"""Webhook endpoints and deliveries (API v1, staff)."""

from ninja import Router

router = Router(tags=["webhooks"])
