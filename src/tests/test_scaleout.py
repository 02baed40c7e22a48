"""Scale-out (issue 13): two gunicorn nodes, two task workers, one PostgreSQL database and one
Redis cache, as docs/deployment.md ("Scale-out") describes them.

- A person signs in on node A and stays signed in on node B (sessions: database + shared cache).
- Tasks queued while two workers race are each run by exactly one of them.
- A worker killed (SIGKILL) while it solves a scheduler run: node B's run page ends the run as
  failed once the worker is silent, `recover-tasks` fails its task row, and the next run is
  solved by the surviving worker.

PostgreSQL and Redis only. The test makes a database of its own (not the suite's `test_*`
ones) and drops it afterwards; every wait is bounded; every process it starts is stopped."""

from __future__ import annotations

import contextlib
import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from redis import Redis

from tests.redis_server import available, private_redis

SRC = Path(__file__).resolve().parents[1]
PASSWORD = "scale-out-password-7"
STAFF = "staff@example.org"


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="nodes and workers share one PostgreSQL"
    ),
    pytest.mark.skipif(not available(13), reason="needs redis-server or Redis at 127.0.0.1:6379"),
]

# The data: a staff account and a session with more meetings than a day holds (a run with a
# time limit of 60 s uses it), written through the services the platform uses.
SETUP = f"""
import datetime as dt
from tests.factories import UserFactory
from tests.matchmaking.conftest import make_participant
from tradebridge.events import services as event_services
from tradebridge.matchmaking import services

staff = UserFactory(is_staff=True, email="{STAFF}")
staff.set_password("{PASSWORD}")
staff.save()
event = event_services.event_create(actor=staff, data=event_services.EventInput(
    title={{"en": "Summit", "zh_hans": "峰会"}}, venue={{"en": "Los Angeles", "zh_hans": "洛杉矶"}},
    starts_on=dt.date(2016, 5, 11), ends_on=dt.date(2016, 5, 11),
    time_zone="America/Los_Angeles"))
session = services.session_create(actor=staff, event=event, data=services.SessionInput(
    title={{"en": "Long day", "zh_hans": "全天洽谈"}}, date=dt.date(2016, 5, 11), start="09:00",
    end="17:00", slot_minutes=30, pauses=[("12:00", "13:00")], tables=5, max_requests=20))
session = services.session_set_status(actor=staff, session=session, status="open")
cns = [make_participant(session, side="CN")[0] for _ in range(12)]
uss = [make_participant(session, side="US")[0] for _ in range(12)]
for i, a in enumerate(cns):
    for j, b in enumerate(uss):
        if (i + 2 * j) % 5:
            services.meeting_add(actor=staff, session=session, first=a, second=b,
                                 priority=1 + (i * j + i) % 3)
print("SESSION", session.pk)
"""


def wait_for(predicate: Callable[[], Any], *, seconds: float, what: str) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(f"gave up after {seconds:.0f} s waiting for {what}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def scale_out_database() -> Iterator[tuple[str, Callable[[], Any]]]:
    """A database of the test's own on the suite's PostgreSQL server; its URL and a way to
    open a connection to it. Dropped afterwards, even if a process still holds it."""
    import psycopg

    settings = connection.settings_dict
    name = f"tradebridge_scaleout_{uuid.uuid4().hex[:10]}"
    server = {
        "host": settings["HOST"] or "127.0.0.1",
        "port": settings["PORT"] or 5432,
        "user": settings["USER"],
        "password": settings["PASSWORD"] or None,
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = "postgres://{}:{}@{}:{}/{}".format(
        urllib.parse.quote(server["user"] or ""),
        urllib.parse.quote(server["password"] or ""),
        server["host"],
        server["port"],
        name,
    )
    try:
        yield url, lambda: psycopg.connect(dbname=name, autocommit=True, **server)
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Browser:
    """One person's browser: one cookie jar for every node (cookies do not tell ports apart,
    as browsers do not), no redirects followed."""

    class _Keep(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    def __init__(self) -> None:
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), self._Keep
        )

    def cookie(self, name: str) -> str:
        return next(c.value for c in self.jar if c.name == name)

    def get(self, url: str) -> tuple[int, str, str]:
        return self._open(urllib.request.Request(url))

    def post(self, url: str, data: dict[str, str]) -> tuple[int, str, str]:
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": self.cookie("csrftoken")})
        return self._open(urllib.request.Request(url, data=body.encode(), method="POST"))

    def _open(self, request: urllib.request.Request) -> tuple[int, str, str]:
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, "", response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Location", ""), error.read().decode()


def test_two_nodes_and_two_workers_share_sessions_tasks_and_recovery(tmp_path):
    processes: dict[str, subprocess.Popen[bytes]] = {}
    # A Redis of the test's own (tests/redis_server.py): the shared one is flushed by any other
    # test run on the machine.
    with private_redis(13) as redis_url, scale_out_database() as (url, db):
        redis = Redis.from_url(redis_url)
        env = {
            **os.environ,
            "PYTHONPATH": str(SRC),
            "DATABASE_URL": url,
            "DJANGO_SETTINGS_MODULE": "tradebridge.settings.dev",
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": "scale-out-test-key-the-same-on-every-node-" + "x" * 20,
            "TRADEBRIDGE_CACHE_URL": redis_url,
            "TRADEBRIDGE_TASK_STALE_SECONDS": "15",
            "TRADEBRIDGE_RECOMMENDING_TEXT": "off",
            "TRADEBRIDGE_MEDIA_ROOT": str(tmp_path / "media"),
        }
        tradebridge = [sys.executable, "-m", "tradebridge.cli"]

        def run(*args: str) -> str:
            done = subprocess.run(
                [*tradebridge, *args],
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            assert done.returncode == 0, done.stderr[-3000:]
            return done.stdout

        def start(name: str, command: list[str]) -> None:
            with (tmp_path / f"{name}.log").open("wb") as log:  # the child keeps its own copy
                processes[name] = subprocess.Popen(
                    command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
                )

        try:
            run("migrate", "--no-input", "-v0")
            session_id = int(re.search(r"SESSION (\d+)", run("shell", "-c", SETUP)).group(1))
            ports = {"a": free_port(), "b": free_port()}
            for node, port in ports.items():
                start(
                    f"web-{node}",
                    [
                        sys.executable,
                        "-m",
                        "gunicorn",
                        "tradebridge.wsgi:application",
                        "--bind",
                        f"127.0.0.1:{port}",
                        "--workers",
                        "1",
                        "--threads",
                        "2",
                        "--timeout",
                        "120",
                    ],
                )
            for worker in ("one", "two"):
                start(
                    f"worker-{worker}",
                    [
                        *tradebridge,
                        "db_worker",
                        "--no-reload",
                        "--no-startup-delay",
                        "--interval",
                        "0.5",
                        "--worker-id",
                        f"worker-{worker}",
                    ],
                )
            node = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}

            def answers(base: str) -> bool:
                try:
                    urllib.request.urlopen(f"{base}/en/accounts/login/", timeout=5).close()
                except OSError:
                    return False
                return True

            for base in node.values():
                wait_for(lambda base=base: answers(base), seconds=120, what=f"{base} to answer")

            # Signed in on node A, signed in on node B.
            browser = Browser()
            assert browser.get(f"{node['a']}/en/accounts/login/")[0] == 200
            status, location, _ = browser.post(
                f"{node['a']}/en/accounts/login/", {"username": STAFF, "password": PASSWORD}
            )
            assert status == 302 and "/login/" not in location, (status, location)
            manage = f"/en/matchmaking/manage/sessions/{session_id}/"
            status, location, page = browser.get(f"{node['b']}{manage}")
            assert status == 200, (status, location)
            assert STAFF in page or "Long day" in page
            sessions_cached = list(redis.scan_iter("tradebridge:*cached_db*"))
            assert sessions_cached, "the session was not read through the shared cache"
            assert Browser().get(f"{node['b']}{manage}")[0] == 302  # a stranger is not

            def run_row(run_id: int) -> tuple[str, Any]:
                with db() as conn:
                    return conn.execute(
                        "SELECT status, progress FROM matchmaking_schedulerun WHERE id = %s",
                        [run_id],
                    ).fetchone()

            def task_of(run_id: int) -> tuple[list[str], str]:
                with db() as conn:
                    return conn.execute(
                        "SELECT worker_ids, status FROM django_tasks_database_dbtaskresult "
                        "WHERE task_path LIKE '%%run_scheduler_task' AND args_kwargs::text "
                        "LIKE %s ORDER BY enqueued_at DESC LIMIT 1",
                        [f"%[{run_id}]%"],
                    ).fetchone()

            def start_run(base: str, time_limit: int) -> int:
                status, location, _ = browser.post(
                    f"{base}/en/matchmaking/manage/sessions/{session_id}/runs/",
                    {"time_limit": str(time_limit)},
                )
                assert status == 302, (status, location)
                return int(re.search(r"/runs/(\d+)/", location).group(1))

            # A run queued on node B, solved once by one of the racing workers.
            first = start_run(node["b"], 5)
            wait_for(lambda: run_row(first)[0] == "done", seconds=120, what="the first run")
            ids, status = task_of(first)
            assert status == "SUCCESSFUL" and len(ids) == 1, (ids, status)

            # Publishing on node A queues an e-mail per participant: the two workers race for
            # them, and each is sent exactly once, by one of the two.
            status, _, page = browser.post(
                f"{node['a']}/en/matchmaking/manage/runs/{first}/publish/", {}
            )
            assert status == 200, status

            def queue_done() -> bool:
                with db() as conn:
                    return not conn.execute(
                        "SELECT count(*) FROM django_tasks_database_dbtaskresult "
                        "WHERE status IN ('READY', 'RUNNING')"
                    ).fetchone()[0]

            wait_for(queue_done, seconds=180, what="the e-mails to be sent")
            with db() as conn:
                mails = conn.execute(
                    "SELECT worker_ids, status FROM django_tasks_database_dbtaskresult "
                    "WHERE task_path LIKE '%send_notification_email'"
                ).fetchall()
                beating = {r[0] for r in conn.execute("SELECT worker_id FROM background_worker")}
            assert len(mails) >= 24
            assert all(len(ids) == 1 and status == "SUCCESSFUL" for ids, status in mails), mails
            assert {ids[0] for ids, _status in mails} <= {"worker-one", "worker-two"}
            assert beating == {"worker-one", "worker-two"}
            printed = sum(
                (tmp_path / f"{worker}.log").read_text(errors="replace").count("\nSubject: ")
                for worker in ("worker-one", "worker-two")
            )
            assert printed == len(mails)

            # A long run; its worker is killed while it solves.
            long = start_run(node["a"], 60)
            wait_for(
                lambda: run_row(long)[0] == "running" and run_row(long)[1],
                seconds=120,
                what="a worker to start solving",
            )
            (victim,), _ = task_of(long)
            survivor = ({"worker-one", "worker-two"} - {victim}).pop()
            os.killpg(processes[victim].pid, signal.SIGKILL)
            processes[victim].wait(timeout=30)

            # Node B's run page ends the run once the worker has been silent long enough.
            def failed_on_b() -> bool:
                status, _, _page = browser.get(f"{node['b']}/en/matchmaking/manage/runs/{long}/")
                assert status == 200
                return run_row(long)[0] == "failed"

            wait_for(failed_on_b, seconds=120, what="node B to end the dead worker's run")
            run("recover-tasks")
            assert task_of(long)[1] == "FAILED"

            # The next run is solved by the worker still alive.
            again = start_run(node["b"], 5)
            wait_for(lambda: run_row(again)[0] == "done", seconds=120, what="the survivor")
            assert task_of(again) == ([survivor], "SUCCESSFUL")
        finally:
            for process in processes.values():
                if process.poll() is None:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(process.pid, signal.SIGTERM)
            for process in processes.values():
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=20)
            for key in redis.scan_iter("tradebridge:*"):
                redis.delete(key)
