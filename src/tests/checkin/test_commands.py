"""``tradebridge badges``."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from pypdf import PdfReader

from .factories import RegistrationFactory

pytestmark = pytest.mark.django_db


def test_badges_command_writes_four_to_a_sheet(event, tmp_path):
    RegistrationFactory.create_batch(5, event=event)
    out = io.StringIO()

    call_command(
        "badges", event.slug, "-o", str(tmp_path / "b.pdf"), "--layout", "a4x4", stdout=out
    )

    assert len(PdfReader(tmp_path / "b.pdf").pages) == 2
    assert "5 badges on 2 pages" in out.getvalue()


def test_badges_command_unknown_event_says_so(tmp_path):
    with pytest.raises(CommandError, match="No event with the identifier 'nope'"):
        call_command("badges", "nope", "-o", str(tmp_path / "b.pdf"))
