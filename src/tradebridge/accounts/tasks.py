"""Background work of accounts (run by ``db_worker``): the e-mails of signing up."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from .models import User


def _site(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


@task()
def send_account_email(user_id: int, kind: str, token: str = "") -> None:
    """Send one of the account e-mails in its recipient's language: ``verify`` (the link that
    confirms the address of a new account) or ``taken`` (someone signed up with an address
    that already has an account: its owner is told, the sign-up page is not)."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return
    with translation.override(user.language or settings.LANGUAGE_CODE):
        context = {
            "user": user,
            "verify_url": _site(reverse("accounts:verify", kwargs={"token": token}))
            if token
            else "",
            "login_url": _site(reverse("accounts:login")),
            "reset_url": _site(reverse("accounts:password_reset")),
        }
        subject = render_to_string(f"accounts/email/{kind}.subject.txt", context).strip()
        body = render_to_string(f"accounts/email/{kind}.body.txt", context).strip()
    send_mail(subject, f"{body}\n", None, [user.email])
