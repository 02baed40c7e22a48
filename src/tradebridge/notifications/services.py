"""Writes on notifications: telling people something, and marking it read."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.template import Context
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone, translation

from tradebridge.accounts.models import User

from .models import Notification
from .tasks import send_address_email, send_notification_email


def _render(template: str, part: str, context: Mapping[str, Any]) -> str:
    """A plain-text template: nothing is HTML-escaped (the inbox escapes when it shows it)."""
    loaded = get_template(f"{template}.{part}.txt")
    return str(loaded.template.render(Context(dict(context), autoescape=False))).strip()  # type: ignore[attr-defined]


def _message(template: str, context: Mapping[str, Any] | None, language: str) -> tuple[str, str]:
    """The subject (at most 300 characters) and body of a message, in ``language``."""
    with translation.override(language or settings.LANGUAGE_CODE):
        return (
            _render(template, "subject", context or {})[:300],
            _render(template, "body", context or {}),
        )


@transaction.atomic
def notify(
    *,
    users: Iterable[User],
    template: str,
    context: Mapping[str, Any] | None = None,
    link: tuple[str, Mapping[str, Any]] | None = None,
    about: models.Model | None = None,
    time_zone: str = "",
) -> list[Notification]:
    """Tell each active user something in their own language: an entry in their inbox and an
    e-mail, sent by a background task (the database queue stores the task in this transaction,
    so no worker sends before it commits).

    ``template`` names two templates, ``<template>.subject.txt`` and ``<template>.body.txt``,
    rendered with ``context`` in each recipient's language; ``link`` is a URL name and its
    arguments (reversed in that language), ``about`` what it is about, ``time_zone`` the zone
    its time is shown in. A user listed twice is told once. Returns the notifications."""
    recipients = {user.pk: user for user in users if user.is_active}
    about_type = ContentType.objects.get_for_model(about) if about is not None else None
    notifications = []
    for user in recipients.values():
        language = user.language or settings.LANGUAGE_CODE
        subject, body = _message(template, context, language)
        with translation.override(language):
            address = reverse(link[0], kwargs=dict(link[1])) if link else ""
        notifications.append(
            Notification(
                user=user,
                kind=template,
                subject=subject,
                body=body,
                link=address,
                about_type=about_type,
                about_id=about.pk if about is not None else None,
                time_zone=time_zone or settings.TIME_ZONE,
            )
        )
    created = Notification.objects.bulk_create(notifications)
    for notification in created:
        send_notification_email.enqueue(notification.pk)
    return created


@transaction.atomic
def notify_address(
    *,
    email: str,
    language: str,
    template: str,
    context: Mapping[str, Any] | None = None,
) -> None:
    """Tell someone who has no account (a person registered by staff or by a delegation's
    leader) by e-mail only, in ``language``: the same templates as ``notify``, rendered now,
    sent by a background task once this transaction commits. No inbox entry: there is no
    inbox to put it in. Nothing is sent without an address."""
    if not email:
        return
    subject, body = _message(template, context, language)
    send_address_email.enqueue(subject, body, email)


def notifications_mark_read(*, actor: User) -> int:
    """The user has read their notifications; returns how many were unread."""
    return Notification.objects.filter(user=actor, read_at__isnull=True).update(
        read_at=timezone.now()
    )
