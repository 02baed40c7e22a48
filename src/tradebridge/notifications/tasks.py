"""Background work of notifications (run by ``db_worker``): the e-mail of a notification."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django_tasks import task

from .models import Notification


@task()
def send_notification_email(notification_id: int) -> None:
    """Send a notification's e-mail, as rendered for its recipient, with its link."""
    notification = (
        Notification.objects.select_related("user")
        .filter(pk=notification_id, user__is_active=True)
        .first()
    )
    if notification is None:
        return
    body = notification.body
    if notification.link:
        body += "\n\n" + settings.SITE_URL.rstrip("/") + notification.link
    send_mail(notification.subject, f"{body}\n", None, [notification.user.email])


@task()
def send_address_email(subject: str, body: str, email: str) -> None:
    """Send a message rendered for someone without an account (``notify_address``)."""
    send_mail(subject, f"{body}\n", None, [email])
