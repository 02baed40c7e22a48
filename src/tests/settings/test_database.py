"""Database settings that hold: the development server (a thread per request, browsers keeping
their sockets open) does not pile up PostgreSQL connections, a fresh checkout's SQLite file
can be created, and connection settings read from the environment fail loudly when wrong."""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.db import connection

SRC = Path(__file__).resolve().parents[2]


def _other_connections() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return int(cursor.fetchone()[0])


@pytest.mark.skipif(connection.vendor != "postgresql", reason="counts PostgreSQL connections")
def test_parallel_requests_leave_no_connection_behind(live_server, db):
    """40 clients at once, each keeping its socket open afterwards as a browser does: the
    server's request threads must not keep 40 database connections open."""
    before = _other_connections()
    clients: list[http.client.HTTPConnection] = []
    statuses: list[int] = []
    start = threading.Barrier(40)
    host, port = live_server.url.removeprefix("http://").split(":")

    def one() -> None:
        client = http.client.HTTPConnection(host, int(port), timeout=60)
        start.wait()
        client.request("GET", "/en/directory/")
        response = client.getresponse()
        response.read()
        statuses.append(response.status)
        clients.append(client)

    threads = [threading.Thread(target=one) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert statuses == [200] * 40
        # Every response is complete: no request is running, so no connection is needed.
        assert _other_connections() - before <= 2
    finally:
        for client in clients:
            client.close()


def _python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        env={
            **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
            "PYTHONPATH": str(SRC),
            **env,
        },
        capture_output=True,
        text=True,
        check=False,
    )


CONNECT = (
    "import django; django.setup(); from django.db import connection; "
    "connection.ensure_connection(); print(connection.settings_dict['NAME'])"
)


def test_a_fresh_checkout_without_var_gets_its_sqlite_directory(tmp_path):
    home = tmp_path / "checkout"
    home.mkdir()
    result = _python(
        CONNECT,
        {"TRADEBRIDGE_HOME": str(home), "DJANGO_SETTINGS_MODULE": "tradebridge.settings.dev"},
    )
    assert (result.returncode, result.stderr[-2000:]) == (0, "")
    assert result.stdout.strip() == str(home / "var" / "tradebridge.sqlite3")
    assert (home / "var" / "tradebridge.sqlite3").exists()


def test_a_sqlite_database_url_in_a_missing_directory_works(tmp_path):
    path = tmp_path / "deep" / "er" / "db.sqlite3"
    result = _python(
        CONNECT,
        {"DATABASE_URL": f"sqlite:///{path}", "DJANGO_SETTINGS_MODULE": "tradebridge.settings.dev"},
    )
    assert (result.returncode, result.stderr[-2000:]) == (0, "")
    assert path.exists()


SHOW = (
    "from django.conf import settings; d = settings.DATABASES['default']; "
    "print(d['CONN_MAX_AGE'], d.get('CONN_HEALTH_CHECKS'), d.get('OPTIONS', {}).get('pool'))"
)
PG = "postgres://tb@db.example.org:5432/tradebridge"


@pytest.mark.parametrize(
    ("env", "shown"),
    [
        ({}, "0 False None"),
        ({"DJANGO_DB_CONN_MAX_AGE": "60"}, "60 True None"),
        ({"DJANGO_DB_POOL": "2,8"}, "0 False {'min_size': 2, 'max_size': 8, 'timeout': 10}"),
    ],
)
def test_connection_settings_come_from_the_environment(env, shown):
    result = _python(
        SHOW, {"DATABASE_URL": PG, "DJANGO_SETTINGS_MODULE": "tradebridge.settings.dev", **env}
    )
    assert (result.stdout.strip(), result.stderr[-2000:]) == (shown, "")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DJANGO_DB_POOL": "8"}, "DJANGO_DB_POOL='8' is not MIN,MAX"),
        ({"DJANGO_DB_POOL": "9,3"}, "need 0 <= MIN <= MAX"),
        ({"DJANGO_DB_POOL": "2,8", "DJANGO_DB_CONN_MAX_AGE": "60"}, "exclude each other"),
        ({"DJANGO_DB_CONN_MAX_AGE": "a minute"}, "is not a whole number"),
    ],
)
def test_wrong_connection_settings_fail_loudly(env, message):
    result = _python(
        SHOW, {"DATABASE_URL": PG, "DJANGO_SETTINGS_MODULE": "tradebridge.settings.dev", **env}
    )
    assert result.returncode != 0 and message in result.stderr
