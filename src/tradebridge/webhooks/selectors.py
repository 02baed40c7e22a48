"""Reads of webhooks: endpoints with their delivery counts, and one endpoint's deliveries."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from .models import Delivery, Endpoint


def endpoints_listed() -> QuerySet[Endpoint]:
    """Every endpoint, newest first, with how many deliveries failed or are retrying."""
    return Endpoint.objects.annotate(
        delivery_count=Count("deliveries"),
        failed_count=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.FAILED)),
        retrying_count=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.RETRYING)),
    ).order_by("-created_at", "-pk")


def deliveries_of(endpoint: Endpoint, *, status: str | None = None) -> QuerySet[Delivery]:
    """An endpoint's deliveries, newest first (optionally of one status)."""
    deliveries = Delivery.objects.filter(endpoint=endpoint)
    if status:
        deliveries = deliveries.filter(status=status)
    return deliveries.order_by("-created_at", "-pk")
