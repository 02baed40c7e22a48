"""How many PostgreSQL connections the development server holds after N parallel clients that
keep their sockets open (as browsers do), for each connection setting.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/DB .venv/bin/python bench/connections/run.py [N]

DB must be migrated. Starts `tradebridge runserver` on a free local port once per setting,
sends N simultaneous GETs of the directory page, counts the connections to DB while the clients
still hold their sockets, then stops the server. Prints one Markdown row per setting.
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = {
    "CONN_MAX_AGE 0 (default)": {},
    "CONN_MAX_AGE 60": {"DJANGO_DB_CONN_MAX_AGE": "60"},
    "pool 2,8": {"DJANGO_DB_POOL": "2,8"},
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def connections(url: str) -> int:
    database = urlparse(url).path.lstrip("/")
    query = f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database}'"
    out = subprocess.run(
        ["psql", url, "-tAc", query],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.strip()) - 1  # psql's own


def measure(url: str, env: dict[str, str], clients: int) -> tuple[int, int, float]:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "tradebridge.cli", "runserver", f"127.0.0.1:{port}", "--noreload"],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "DATABASE_URL": url, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(120):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.5)
        held: list[http.client.HTTPConnection] = []
        ok: list[int] = []
        barrier = threading.Barrier(clients)

        def one() -> None:
            client = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            barrier.wait()
            client.request("GET", "/en/directory/")
            response = client.getresponse()
            response.read()
            ok.append(response.status == 200)
            held.append(client)

        started = time.monotonic()
        threads = [threading.Thread(target=one) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.monotonic() - started
        time.sleep(1)
        count = connections(url)
        for client in held:
            client.close()
        return sum(ok), count, seconds
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    url = os.environ["DATABASE_URL"]
    clients = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    print(f"| setting | {clients} clients answered 200 | connections held after | seconds |")
    print("|---|---|---|---|")
    for name, env in SETTINGS.items():
        answered, count, seconds = measure(url, env, clients)
        print(f"| {name} | {answered} | {count} | {seconds:.1f} |")


if __name__ == "__main__":
    main()
