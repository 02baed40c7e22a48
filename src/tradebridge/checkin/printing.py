"""The worker's side of badge batches: render an event's badges with the batch's layout and
language, counting progress in the batch's row (the waiting page reads it)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone, translation

from . import badges, selectors
from .models import BadgePrint

# How often (in badges) the batch's progress is written.
PROGRESS_EVERY = 20


def badge_print_execute(print_id: int) -> str:
    """Render batch ``print_id`` unless another worker took it; returns its status."""
    if not BadgePrint.objects.filter(pk=print_id, status=BadgePrint.Status.QUEUED).update(
        status=BadgePrint.Status.RUNNING
    ):
        return str(BadgePrint.objects.get(pk=print_id).status)
    batch = BadgePrint.objects.select_related("event").get(pk=print_id)
    try:
        with translation.override(batch.language):
            rows = selectors.badges_of(batch.event)
            BadgePrint.objects.filter(pk=print_id).update(total=len(rows))

            def progress(done: int) -> None:
                if done % PROGRESS_EVERY == 0:
                    BadgePrint.objects.filter(pk=print_id).update(done=done)

            title = f"{selectors.event_badge_title(batch.event)}"
            pdf = badges.render(rows, layout=batch.layout, title=title, progress=progress)  # type: ignore[arg-type]
    except Exception:
        badge_print_fail(print_id)
        raise
    with transaction.atomic():
        BadgePrint.objects.filter(pk=print_id, status=BadgePrint.Status.RUNNING).update(
            status=BadgePrint.Status.DONE, done=len(rows), pdf=pdf, finished_at=timezone.now()
        )
    return BadgePrint.Status.DONE


def badge_print_fail(print_id: int) -> None:
    """The batch failed (its worker died, or rendering raised): the page says so and staff may
    ask again."""
    BadgePrint.objects.filter(
        pk=print_id, status__in=[BadgePrint.Status.QUEUED, BadgePrint.Status.RUNNING]
    ).update(status=BadgePrint.Status.FAILED, finished_at=timezone.now())
