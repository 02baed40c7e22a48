"""`make run PORT=...` (scripts/serve.sh): the worker that sends e-mails links to the port the
site is served on, not to 8000."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "serve.sh"


@pytest.fixture
def checkout(tmp_path):
    """A directory where `.venv/bin/tradebridge` only records its arguments and the address
    e-mails would link to (standing in for the installed command)."""
    command = tmp_path / ".venv" / "bin" / "tradebridge"
    command.parent.mkdir(parents=True)
    # The server waits (5 s at most) for the worker to have started: serve.sh stops the
    # worker as soon as the server returns.
    command.write_text(
        "#!/usr/bin/env bash\n"
        'calls="$(dirname "$0")/calls"\n'
        'if [ "$1" = runserver ]; then\n'
        "  for _ in $(seq 50); do\n"
        '    grep -q db_worker "$calls" 2>/dev/null && break; sleep 0.1\n'
        "  done\n"
        "fi\n"
        'echo "$1 $TRADEBRIDGE_SITE_URL" >> "$calls"\n'
    )
    command.chmod(0o755)
    return tmp_path


def _serve(checkout: Path, *args: str, **env: str) -> list[str]:
    environment = {k: v for k, v in os.environ.items() if k != "TRADEBRIDGE_SITE_URL"} | env
    subprocess.run(
        ["bash", str(SCRIPT), *args], cwd=checkout, env=environment, check=False, timeout=30
    )
    return sorted((checkout / ".venv" / "bin" / "calls").read_text().splitlines())


def test_links_point_to_the_served_port(checkout):
    assert _serve(checkout, "127.0.0.1", "8123") == [
        "db_worker http://127.0.0.1:8123",
        "runserver http://127.0.0.1:8123",
    ]


def test_serving_every_interface_links_to_the_local_address(checkout):
    assert "db_worker http://127.0.0.1:9000" in _serve(checkout, "0.0.0.0", "9000")


def test_an_address_that_is_set_wins(checkout):
    calls = _serve(checkout, "127.0.0.1", "8123", TRADEBRIDGE_SITE_URL="https://tb.example")
    assert "db_worker https://tb.example" in calls
