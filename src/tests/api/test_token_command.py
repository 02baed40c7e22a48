"""``tradebridge token``: create (the secret alone on the last line), revoke, list; clear
errors and a non-zero exit code for an unknown account, scope or event."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tradebridge.api.models import ApiToken
from tradebridge.events.models import Event

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


def _run(*args: str) -> str:
    out = StringIO()
    call_command("token", *args, stdout=out)
    return out.getvalue()


def test_create_prints_the_secret_alone_on_the_last_line():
    user = UserFactory(email="crm@province.example")
    Event.objects.create(
        slug="summit", title="Summit", starts_on=dt.date(2030, 5, 1), ends_on=dt.date(2030, 5, 1)
    )
    output = _run(
        "create",
        "CRM@province.example",
        "--name",
        "CRM",
        "--scope",
        "directory:read",
        "--scope",
        "checkin:write,news:read",
        "--event",
        "summit",
        "--expires",
        "7",
    )
    secret = output.strip().splitlines()[-1]
    token = ApiToken.objects.get()
    assert hashlib.sha256(secret.encode()).hexdigest() == token.secret_hash
    assert (token.user, token.name, token.event.slug, token.created_by) == (
        user,
        "CRM",
        "summit",
        None,
    )
    assert token.scopes == ["directory:read", "checkin:write", "news:read"]
    assert token.expires_at is not None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["create", "nobody@example.org", "--name", "x", "--scope", "news:read"], "No account"),
        (["create", "{email}", "--name", "x", "--scope", "news:fly"], "Unknown scope: news:fly"),
        (
            ["create", "{email}", "--name", "x", "--scope", "news:read", "--event", "nope"],
            "No event has the identifier 'nope'",
        ),
        (
            ["create", "{email}", "--name", "x", "--scope", "news:read", "--expires", "0"],
            "expires after 1 to",
        ),
        (["revoke", "424242"], "No token has the number 424242"),
        (["list", "nobody@example.org"], "No account"),
    ],
)
def test_errors_are_clear_and_change_nothing(args, message):
    user = UserFactory()
    with pytest.raises(CommandError, match=message):
        _run(*[a.format(email=user.email) for a in args])
    assert not ApiToken.objects.exists()


def test_revoke_and_list():
    user = UserFactory(email="someone@example.org")
    _run("create", user.email, "--name", "one", "--scope", "news:read")
    token = ApiToken.objects.get()
    assert "revoked" in _run("revoke", str(token.pk))
    token.refresh_from_db()
    assert token.revoked_at is not None
    lines = _run("list", user.email).strip().splitlines()
    assert len(lines) == 2
    assert lines[1].split("\t")[2:5] == ["someone@example.org", "one", "news:read"]
    assert lines[1].endswith("\trevoked")


def test_the_console_command_exits_non_zero_on_an_error():
    # Through the `tradebridge` entry point, as a script would call it (a database is not
    # even needed: the account lookup fails on the empty test settings' database first).
    source = Path(__file__).parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": str(source),
        "DJANGO_SETTINGS_MODULE": "tradebridge.settings.test",
    }
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from tradebridge.cli import main; raise SystemExit(main())",
            "token",
            "create",
            "x@example.org",
            "--name",
            "x",
            "--scope",
            "news:fly",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=source,
        check=False,
        timeout=120,
    )
    assert result.returncode != 0
    assert result.stdout == ""
