"""Badges and check-in: badge PDFs for N attendees (pages per second, peak memory) and
check-ins per second through the API on PostgreSQL.

    .venv/bin/python bench/checkin/run.py badges [N]            # default 1000, both layouts
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/DB \\
    .venv/bin/python bench/checkin/run.py api [N] [CLIENTS]     # default 1000 scans, 8 clients

``badges`` renders in a child process per layout, so that each peak resident size (ru_maxrss)
is that render's own: half the names Chinese (some of them long), organizations in both
languages, roles with delegations. ``api`` migrates DB, creates one staff account, an event and
N confirmed registrations, serves the project with gunicorn (2 workers, 4 threads) on a free
local port, and has CLIENTS threads POST every code once to /api/v1/checkin/events/SLUG/check-ins
with a nonce (the staff session, as the desk's scanning apps do today); then replays the whole
queue (same nonces: nothing may be recorded twice) and counts the rows. Prints Markdown rows.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import resource
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐曾单解欧阳司马诸葛上官"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英国藩修光亮婉儿"
FIRST = [
    "James",
    "Mary",
    "Robert",
    "Patricia",
    "John",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Maximiliana",
]
LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Wolfeschlegelsteinhausen",
]


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradebridge.settings.dev")
    import django

    django.setup()


def sample_badges(n: int) -> list:
    from tradebridge.checkin.badges import Badge
    from tradebridge.names import badge_name

    rng = random.Random(14)
    out = []
    for i in range(n):
        if i % 2:
            name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice([1, 2, 2, 5])))
            org = (
                "江苏苏光能源科技股份有限公司",
                "Jiangsu Suguang Solar Energy Technology Co., Ltd.",
            )
            role = "Delegate · Jiangsu Provincial Delegation · Deputy Director"
        else:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            org = ("Pacific Air Quality Technologies",)
            role = "Attendee · Vice President, Business Development"
        out.append(
            Badge(
                name=badge_name(name),
                code=f"{i:08d}" + "x" * 24,
                organization=org,
                role=role,
                event="California–China Business Summit 2016 · 2016加州—中国经贸合作峰会",
            )
        )
    return out


def badges_child(n: int, layout: str) -> None:
    _django()
    from tradebridge.checkin.badges import render

    badges = sample_badges(n)
    started = time.perf_counter()
    pdf = render(badges, layout=layout)  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    pages = n if layout == "a6" else -(-n // 4)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "pages": pages, "bytes": len(pdf), "peak_mb": peak}))


def bench_badges(n: int) -> None:
    print("| layout | badges | pages | seconds | pages/s | badges/s | PDF MB | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|")
    for layout in ("a6", "a4x4"):
        out = subprocess.run(
            [sys.executable, __file__, "badges-child", str(n), layout],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"| {layout} | {n} | {r['pages']} | {r['seconds']:.1f} | "
            f"{r['pages'] / r['seconds']:.1f} | {n / r['seconds']:.1f} | "
            f"{r['bytes'] / 1e6:.1f} | {r['peak_mb']:.0f} |"
        )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def bench_api(n: int, clients: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-m", "tradebridge.cli", "migrate", "-v0"], env=env, check=True)
    _django()
    import datetime as dt

    from django.conf import settings
    from django.test import Client

    from tradebridge.accounts.models import User
    from tradebridge.checkin.models import CheckIn
    from tradebridge.events import services as event_services
    from tradebridge.events.models import Event
    from tradebridge.registrations.models import Registration

    slug = "bench-checkin"
    Event.objects.filter(slug=slug).delete()
    staff, _ = User.objects.get_or_create(
        email="bench-staff@example.org", defaults={"is_staff": True}
    )
    event = event_services.event_create(
        actor=staff,
        data=event_services.EventInput(
            slug=slug,
            title={"en": "Check-in bench", "zh_hans": "签到基准"},
            venue={"en": "Los Angeles", "zh_hans": "洛杉矶"},
            starts_on=dt.date(2016, 5, 11),
            ends_on=dt.date(2016, 5, 11),
            time_zone="America/Los_Angeles",
        ),
    )
    Registration.objects.bulk_create(
        Registration(
            event=event,
            full_name=f"Attendee {i}",
            email=f"a{i}@bench.example",
            status="confirmed",
        )
        for i in range(n)
    )
    codes = list(
        Registration.objects.filter(event=event)
        .order_by("pk")
        .values_list("check_in_code", flat=True)
    )
    browser = Client()
    browser.force_login(staff)
    session_key = browser.cookies[settings.SESSION_COOKIE_NAME].value
    csrf = "b" * 32
    cookie = f"{settings.SESSION_COOKIE_NAME}={session_key}; {settings.CSRF_COOKIE_NAME}={csrf}"

    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "tradebridge.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "2",
            "--threads",
            "4",
            "--log-level",
            "warning",
        ],
        env={
            **env,
            "DJANGO_SETTINGS_MODULE": "tradebridge.settings.dev",
            "DJANGO_DB_CONN_MAX_AGE": "60",
        },
    )
    try:
        for _ in range(120):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.5)

        def run(label: str) -> tuple[float, dict[str, int]]:
            results: dict[str, int] = {}
            lock = threading.Lock()
            chunks = [codes[i::clients] for i in range(clients)]
            barrier = threading.Barrier(clients)

            def client(mine: list[str]) -> None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                barrier.wait()
                for code in mine:
                    body = json.dumps({"code": code, "desk": "bench", "nonce": f"n-{code}"})
                    conn.request(
                        "POST",
                        f"/api/v1/checkin/events/{slug}/check-ins",
                        body,
                        {"Content-Type": "application/json", "Cookie": cookie, "X-CSRFToken": csrf},
                    )
                    response = conn.getresponse()
                    data = json.loads(response.read())
                    key = data.get("result") or f"HTTP {response.status}"
                    if data.get("replayed"):
                        key += " (replayed)"
                    with lock:
                        results[key] = results.get(key, 0) + 1
                conn.close()

            started = time.perf_counter()
            threads = [threading.Thread(target=client, args=(c,)) for c in chunks]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            return time.perf_counter() - started, results

        # Warm up each worker (imports, URL resolvers, connections) before timing.
        for _ in range(8):
            warm = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            warm.request(
                "GET", f"/api/v1/checkin/events/{slug}/attendance", headers={"Cookie": cookie}
            )
            warm.getresponse().read()
            warm.close()
        print("| run | scans | clients | seconds | check-ins/s | answers | rows after |")
        print("|---|---|---|---|---|---|---|")
        for label in ("first scans", "queue replayed"):
            seconds, results = run(label)
            rows = CheckIn.objects.filter(registration__event=event).count()
            print(
                f"| {label} | {n} | {clients} | {seconds:.1f} | {n / seconds:.0f} | "
                f"{', '.join(f'{k}: {v}' for k, v in sorted(results.items()))} | {rows} |"
            )
    finally:
        server.terminate()
        server.wait(timeout=30)
        Event.objects.filter(slug=slug).delete()


def main() -> None:
    what = sys.argv[1] if len(sys.argv) > 1 else "badges"
    if what == "badges-child":
        badges_child(int(sys.argv[2]), sys.argv[3])
    elif what == "badges":
        bench_badges(int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
    elif what == "api":
        bench_api(
            int(sys.argv[2]) if len(sys.argv) > 2 else 1000,
            int(sys.argv[3]) if len(sys.argv) > 3 else 8,
        )
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
