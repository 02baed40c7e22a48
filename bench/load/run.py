"""Load benchmark (issue 13): gunicorn on PostgreSQL with 10,000 organizations, 5,000 meetings
and 100,000 requests, loaded with wrk, one page at a time, beside a minimal page.

    python bench/load/run.py [--db postgres://postgres@127.0.0.1:5432/tradebridge_load]
                             [--seconds 8] [--connections 4] [--workers 2] [--threads 2]
                             [--pool 2,4 | --conn-max-age 60] [--only NAME ...] [--out FILE]

The first run creates the database (if missing), migrates it, writes the data (``data.py``,
about a minute) and collects the static files; a comment on the database marks it ready, so
later runs apply new migrations and collect the static files, then load. ``--fresh`` drops
and rebuilds it; an existing database without that mark is refused unless ``--fresh`` is given.
Also prints the CPU time the server (gunicorn and its PostgreSQL backends) spent per request.

Each page is loaded for ``--seconds`` by ``wrk`` with ``--connections`` connections (one
thread), after a warm-up; the minimal page (``/healthz``, through the whole middleware but no
database) is loaded before the first page, between every few pages and after the last, and each
page's throughput is divided by the mean of those minimal-page figures. Prints a Markdown table
(also written to ``--out``, default bench/out/load.md) with requests/s, p50, p99, the ratio and
whether the issue's goals hold (ratio >= 15 %, p99 < 4 x p50).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
MARKER = "tradebridge load bench data v1 (seed 13)"
# Not a secret: signs the bench's own session cookie on loopback. The same key must sign the
# session (made before the server starts) and check it (in the server).
SECRET_KEY = "load-bench-only-" + "x" * 48


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    signed_in: bool = False


def pages(session_id: int, slug: str) -> list[Page]:
    return [
        Page("directory list, en", "/en/directory/"),
        Page("directory list, zh", "/zh-hans/directory/"),
        Page("search 'solar inverter', en", "/en/directory/?q=solar+inverter"),
        Page("search '光伏', zh", "/zh-hans/directory/?q=%E5%85%89%E4%BC%8F"),
        Page("search '储能', en page", "/en/directory/?q=%E5%82%A8%E8%83%BD"),
        Page("organization page, en", f"/en/directory/o/{slug}/"),
        Page("organization page, zh", f"/zh-hans/directory/o/{slug}/"),
        Page("agenda (signed in), en", f"/en/matchmaking/sessions/{session_id}/agenda/", True),
        Page("agenda (signed in), zh", f"/zh-hans/matchmaking/sessions/{session_id}/agenda/", True),
        Page("API organizations", "/api/v1/directory/organizations"),
        Page("API organizations ?q=solar", "/api/v1/directory/organizations?q=solar"),
        Page("API events", "/api/v1/matchmaking/events"),
        Page("API sessions", "/api/v1/matchmaking/sessions"),
        Page("API agenda (signed in)", "/api/v1/matchmaking/agenda", True),
    ]


MINIMAL = Page("minimal page /healthz", "/healthz")


def psql(url: str, sql: str) -> str:
    out = subprocess.run(["psql", url, "-tAXc", sql], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def admin_url(url: str) -> str:
    return url.rsplit("/", 1)[0] + "/postgres"


def env_for(url: str, home: Path, args: argparse.Namespace) -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "DATABASE_URL": url,
        "TRADEBRIDGE_HOME": str(home),
        "DJANGO_SETTINGS_MODULE": "tradebridge.settings.production",
        "DJANGO_SECRET_KEY": SECRET_KEY,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        # Plain HTTP on loopback: no redirect to HTTPS (a proxy would terminate TLS).
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        # One load generator on one address: the API's throttling would measure itself.
        "API_THROTTLE_ADDRESS": "100000000/min",
        "API_THROTTLE_TOKEN": "100000000/min",
        # The production topology: a shared cache (sessions, throttling, the kept pages,
        # which are off without it).
        "TRADEBRIDGE_CACHE_URL": os.environ.get(
            "TRADEBRIDGE_CACHE_URL", "redis://127.0.0.1:6379/0"
        ),
        # --no-page-cache: every page made at every request (what a page costs to make).
        "TRADEBRIDGE_PAGE_CACHE_SECONDS": "0" if args.no_page_cache else "60",
    }
    env.pop("DJANGO_DB_POOL", None)
    env.pop("DJANGO_DB_CONN_MAX_AGE", None)
    if args.pool:
        env["DJANGO_DB_POOL"] = args.pool
    else:
        env["DJANGO_DB_CONN_MAX_AGE"] = str(args.conn_max_age)
    return env


def prepare(url: str, home: Path, args: argparse.Namespace) -> dict[str, str]:
    """Create, migrate and fill the database once (collect the static files every time);
    returns the representative, session and organization the pages read."""
    name = urlparse(url).path.lstrip("/")
    exists = psql(admin_url(url), f"SELECT 1 FROM pg_database WHERE datname = '{name}'") == "1"
    ours = (
        exists
        and psql(
            url,
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
            f"WHERE datname = '{name}'",
        )
        == MARKER
    )
    if exists and not ours and not args.fresh:
        raise SystemExit(
            f"The database {name} exists and does not hold this bench's data: name another "
            "with --db, or add --fresh to drop it and write the data anew."
        )
    env = {**env_for(url, home, args), "DJANGO_SETTINGS_MODULE": "tradebridge.settings.dev"}
    cli = [PYTHON, "-m", "tradebridge.cli"]
    state_file = home / "ready.json"
    if ours and state_file.exists() and not args.fresh:
        # Migrations added since the data was written (indexes, say) apply to it.
        subprocess.run([*cli, "migrate", "--noinput", "-v0"], env=env, check=True)
        state = dict(json.loads(state_file.read_text()))
    else:
        if exists:
            psql(admin_url(url), f'DROP DATABASE "{name}" WITH (FORCE)')
        psql(admin_url(url), f'CREATE DATABASE "{name}"')
        home.mkdir(parents=True, exist_ok=True)
        print("preparing the data (once): migrate, generate", flush=True)
        subprocess.run([*cli, "migrate", "--noinput", "-v0"], env=env, check=True)
        out = subprocess.run(
            [PYTHON, str(HERE / "data.py")], env=env, check=True, capture_output=True, text=True
        )
        print(out.stdout, end="", flush=True)
        ready = out.stdout.strip().splitlines()[-1].split()
        state = {"email": ready[1], "session": ready[2], "slug": ready[3]}
        psql(url, "VACUUM ANALYZE")
        psql(url, f"COMMENT ON DATABASE \"{name}\" IS '{MARKER}'")
        state_file.write_text(json.dumps(state))
    # Every run: the manifest must name the static files the templates of this checkout use.
    subprocess.run(
        [*cli, "collectstatic", "--noinput", "-v0"],
        env={**env, "DJANGO_SETTINGS_MODULE": "tradebridge.settings.production"},
        check=True,
    )
    return state


def session_cookie(env: dict[str, str], email: str) -> str:
    """A signed-in session for the bench's representative, made as a sign-in makes it."""
    code = f"""
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from tradebridge.accounts.models import User
user = User.objects.get(email={email!r})
store = SessionStore()
store[SESSION_KEY] = str(user.pk)
store[BACKEND_SESSION_KEY] = "tradebridge.accounts.backends.EmailBackend"
store[HASH_SESSION_KEY] = user.get_session_auth_hash()
store.create()
print(store.session_key)
"""
    out = subprocess.run(
        [PYTHON, "-c", "import django; django.setup()\n" + code],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


# A browser that has shown a signed-in page holds its CSRF cookie as well as the session's, and
# sends both; the page cache keeps a signed-in page per (session, CSRF cookie). Not a secret:
# 32 letters, the form Django gives the cookie.
BENCH_CSRF_COOKIE = "benchLoadCsrfSecret0123456789abc"


def browser_cookies(session_key: str) -> str:
    return f"sessionid={session_key}; csrftoken={BENCH_CSRF_COOKIE}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(base: str, page: Page, cookie: str) -> int:
    request = urllib.request.Request(base + page.path)
    if page.signed_in:
        request.add_header("Cookie", browser_cookies(cookie))
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids: list[int]) -> dict[int, float]:
    """User + system CPU time of each of these processes that is still there."""
    times = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        times[pid] = (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime
    return times


def cpu_spent(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU time spent between two readings: a process that started meanwhile (a connection
    opened again after DJANGO_DB_CONN_MAX_AGE) counts whole, one that ended is missed."""
    return sum(t - before.get(pid, 0.0) for pid, t in after.items())


def server_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [master, *map(int, children)]


def database_pids(url: str) -> list[int]:
    name = urlparse(url).path.lstrip("/")
    out = psql(
        url,
        f"SELECT pid FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()",
    )
    return [int(x) for x in out.split()]


def wrk(base: str, page: Page, cookie: str, args: argparse.Namespace) -> dict[str, float]:
    """One wrk run, with the CPU time the server's processes and its PostgreSQL connections
    spent per request (the machine's other work does not count there, unlike wall time)."""
    web, db = cpu_seconds(server_pids(args.server_pid)), cpu_seconds(database_pids(args.db))
    result = _wrk(base, page, cookie, args)
    requests = max(result["requests"], 1)
    web_after = cpu_seconds(server_pids(args.server_pid))
    db_after = cpu_seconds(database_pids(args.db))
    result["web_cpu_ms"] = cpu_spent(web, web_after) * 1000 / requests
    result["db_cpu_ms"] = cpu_spent(db, db_after) * 1000 / requests
    return result


def _wrk(base: str, page: Page, cookie: str, args: argparse.Namespace) -> dict[str, float]:
    command = [
        "wrk",
        "-t1",
        f"-c{args.connections}",
        f"-d{args.seconds}s",
        "--timeout",
        "30s",
        "-s",
        str(HERE / "report.lua"),
        base + page.path,
    ]
    if page.signed_in:
        command[1:1] = ["-H", f"Cookie: {browser_cookies(cookie)}"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("JSON "))
    return dict(json.loads(line[5:]))


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db",
        default=os.environ.get(
            "LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tradebridge_load"
        ),
    )
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--pool", default="", help="DJANGO_DB_POOL (MIN,MAX) instead of kept connections"
    )
    parser.add_argument("--conn-max-age", type=int, default=60)
    parser.add_argument("--only", nargs="*", default=[], help="pages whose name holds one of these")
    parser.add_argument("--fresh", action="store_true", help="rebuild the data")
    parser.add_argument(
        "--no-page-cache", action="store_true", help="make every page at every request"
    )
    parser.add_argument("--out", default=str(ROOT / "bench" / "out" / "load.md"))
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is missing: apt-get install wrk (scripts/system-deps.sh)", file=sys.stderr)
        return 2

    name = urlparse(args.db).path.lstrip("/")
    home = ROOT / "var" / f"bench-load-{name}"
    state = prepare(args.db, home, args)
    env = env_for(args.db, home, args)
    cookie = session_cookie(env, state["email"])
    selected = [
        p
        for p in pages(int(state["session"]), state["slug"])
        if not args.only or any(o in p.name for o in args.only)
    ]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - kept open for the server's lifetime
        "w+", prefix="gunicorn-", suffix=".log", delete=False
    )
    server = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "tradebridge.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--threads",
            str(args.threads),
            "--worker-class",
            "gthread",
            "--timeout",
            "120",
            "--keep-alive",
            "30",
            "--graceful-timeout",
            "10",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=home,
    )
    args.server_pid = server.pid
    rows: list[tuple[Page, dict[str, float]]] = []
    minimal: list[dict[str, float]] = []
    try:
        for _ in range(240):
            try:
                if fetch(base, MINIMAL, cookie) == 200:
                    break
            except OSError:
                time.sleep(0.5)
        else:
            raise SystemExit(f"gunicorn did not answer; see {log.name}")
        for page in [MINIMAL, *selected]:  # warm every worker: jieba, the model, the vectors
            statuses = {fetch(base, page, cookie) for _ in range(2 * args.workers)}
            if statuses != {200}:
                raise SystemExit(f"{page.path} answered {statuses}; see {log.name}")
        started_load = load_average()
        minimal.append(wrk(base, MINIMAL, cookie, args))
        for i, page in enumerate(selected, 1):
            # A kept page lives at most PAGE_CACHE_SECONDS (60): the one fetched while warming
            # up may have run out by now. Measure the steady state, its copy present, as a page
            # read all day is; what making it costs is the "without the cache" run's figure.
            fetch(base, page, cookie)
            result = wrk(base, page, cookie, args)
            rows.append((page, result))
            print(
                f"{page.name}: {result['rps']:.1f} req/s, "
                f"p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms",
                flush=True,
            )
            if i % 4 == 0 or i == len(selected):
                minimal.append(wrk(base, MINIMAL, cookie, args))
                print(f"  minimal page: {minimal[-1]['rps']:.0f} req/s", flush=True)
        ended_load = load_average()
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    reference = sum(m["rps"] for m in minimal) / len(minimal)
    reference_cpu = sum(m["web_cpu_ms"] + m["db_cpu_ms"] for m in minimal) / len(minimal)
    lines = [
        f"gunicorn {args.workers} workers x {args.threads} threads (gthread), "
        + (
            f"DJANGO_DB_POOL={args.pool}"
            if args.pool
            else f"DJANGO_DB_CONN_MAX_AGE={args.conn_max_age}"
        )
        + ("; page cache off" if args.no_page_cache else "; page cache on (60 s)")
        + f"; wrk 1 thread, {args.connections} connections, {args.seconds} s per page; "
        f"load average {started_load} at the start, {ended_load} at the end; minimal page "
        f"{', '.join(format(m['rps'], '.0f') for m in minimal)} req/s (mean {reference:.0f}), "
        f"{reference_cpu:.2f} ms CPU a request",
        "",
        "| page | req/s | p50 ms | p99 ms | p99/p50 | ratio to minimal "
        "| CPU ms a request (web + db) | CPU ratio | non-2xx | goal |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for page, r in rows:
        ratio = r["rps"] / reference
        cpu = r["web_cpu_ms"] + r["db_cpu_ms"]
        cpu_ratio = reference_cpu / cpu if cpu else 0.0
        spread = r["p99"] / r["p50"] if r["p50"] else 0.0
        met = ratio >= 0.15 and spread < 4
        lines.append(
            f"| {page.name} | {r['rps']:.1f} | {r['p50']:.1f} | {r['p99']:.1f} | {spread:.1f} | "
            f"{100 * ratio:.1f} % | {cpu:.1f} ({r['web_cpu_ms']:.1f} + {r['db_cpu_ms']:.1f}) | "
            f"{100 * cpu_ratio:.1f} % | {int(r['non2xx'])} | {'met' if met else 'not met'} |"
        )
    report = "\n".join(lines) + "\n"
    print("\n" + report)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
