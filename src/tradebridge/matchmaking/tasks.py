"""Background work of match-making (run by `db_worker`): scheduler runs and e-mails."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django_tasks import task

from tradebridge.accounts.models import User


@task()
def run_scheduler_task(run_id: int) -> str:
    from .scheduling import run_execute

    return run_execute(run_id).status


@task()
def send_notification_task(user_id: int, subject: str, body: str, session_id: int) -> None:
    from django.urls import reverse
    from django.utils import translation

    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return
    with translation.override(user.language or "en"):
        link = settings.SITE_URL.rstrip("/") + reverse(
            "matchmaking:agenda", kwargs={"pk": session_id}
        )
    send_mail(subject, f"{body}\n\n{link}\n", None, [user.email])
