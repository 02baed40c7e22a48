"""Background work of the pool (run by ``db_worker``): opportunity vectors and the follow-up
survey."""

from __future__ import annotations

from django.db import transaction
from django_tasks import task

from tradebridge.directory.semantic import text_vectors

from .surveys import survey_send
from .vectors import opportunity_vectors_refresh


@task()
def opportunity_vectors_task(opportunity_ids: list[int]) -> int:
    """An opportunity's vector follows its text."""
    return opportunity_vectors_refresh(opportunity_ids=opportunity_ids)


def opportunity_vectors_enqueue(opportunity_id: int) -> None:
    """Queue the refresh once the current transaction commits (nothing without a model)."""
    if text_vectors() is None:
        return
    transaction.on_commit(lambda: opportunity_vectors_task.enqueue([opportunity_id]))


@task()
def survey_send_task(dispatch_id: int) -> int:
    """Send an event's follow-up survey when it is due (claimed once)."""
    return survey_send(dispatch_id)
