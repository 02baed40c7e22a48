"""`make run`'s server (scripts/serve.sh): the background worker it starts dies with the web
server, even when the server is killed outright (SIGKILL, no clean-up), instead of living on
as an orphan that keeps taking tasks."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2]
ROOT = SRC.parent


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # pid (comm) state ppid ...: comm may hold spaces, so split after its ")".
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(predicate, seconds: float = 90.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.25)
    return False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.skipif(not Path("/usr/bin/setpriv").exists(), reason="needs setpriv (util-linux)")
def test_the_worker_dies_when_the_server_is_killed(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
        "PYTHONPATH": str(SRC),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "tradebridge.settings.dev",
        "TRADEBRIDGE_BIN": str(Path(sys.executable).parent),
    }
    migrate = [sys.executable, "-m", "tradebridge.cli", "migrate", "-v0"]
    subprocess.run(migrate, env=env, check=True, timeout=300)
    port = free_port()
    server = subprocess.Popen(
        ["bash", str(ROOT / "scripts" / "serve.sh"), "127.0.0.1", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:

        def serving() -> bool:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/en/", timeout=5):
                    return True
            except OSError:
                return False

        assert wait_for(serving), "the server did not start"
        workers = children(server.pid)
        assert len(workers) == 1, "one worker beside the server"
        worker = workers[0]
        assert "db_worker" in (Path("/proc") / str(worker) / "cmdline").read_text()

        server.send_signal(signal.SIGKILL)
        server.wait(timeout=30)
        assert wait_for(lambda: not alive(worker), seconds=60), "the worker outlived the server"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGKILL)
