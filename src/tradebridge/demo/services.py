"""The demo data set: deterministic, realistic, bilingual."""

from __future__ import annotations

from django.db import transaction

from tradebridge.accounts.models import User

STAFF_EMAIL = "staff@tradebridge.example"
DEMO_PASSWORD = "tradebridge-demo"  # noqa: S105 - documented demo credential


def demo_is_loaded() -> bool:
    """Whether the demo staff account exists (the demo loads in one transaction)."""
    return User.objects.filter(email=STAFF_EMAIL).exists()


@transaction.atomic
def demo_load() -> str:
    """Load the demo data in one transaction and return a one-line summary."""
    if not demo_is_loaded():
        User.objects.create_superuser(STAFF_EMAIL, DEMO_PASSWORD, full_name="Demo Secretariat")
    return "1 staff account"
