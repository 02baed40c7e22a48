"""A Redis server of a test's own, for the tests that need a real Redis.

The machine's Redis (127.0.0.1:6379) is shared: a second test run on the same machine (another
checkout's `make test`, a CI clone beside a developer's run) flushes the database our tests use,
and a key written a moment earlier is gone (seen as an `add` then an `incr` that found no key,
in full runs only, never in a test run alone). A server started for the test, on a Unix socket
in a directory of its own, holds only what the test wrote. Without `redis-server` on the PATH
the tests fall back to the shared server and say so in their skip reason if it is down too."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import redis

SHARED_URL = "redis://127.0.0.1:6379/{db}"


def _answers(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


def available(db: int) -> bool:
    """A private server can be started, or the shared one answers."""
    return shutil.which("redis-server") is not None or _answers(SHARED_URL.format(db=db))


@contextlib.contextmanager
def private_redis(db: int) -> Iterator[str]:
    """Yield the address of a Redis nobody else writes to: a `redis-server` started for the
    caller (no persistence, no TCP port) and stopped afterwards, or, without the binary, the
    shared server's database `db`."""
    binary = shutil.which("redis-server")
    if binary is None:
        yield SHARED_URL.format(db=db)
        return
    # A short directory: a Unix socket's path is limited to about 100 bytes.
    directory = Path(tempfile.mkdtemp(prefix="tb-redis-"))
    socket, log = directory / "redis.sock", directory / "redis.log"
    options = ["--port", "0", "--unixsocket", str(socket), "--unixsocketperm", "700"]
    options += ["--save", "", "--appendonly", "no", "--dir", str(directory), "--logfile", str(log)]
    process = subprocess.Popen([binary, *options], stdout=subprocess.DEVNULL)
    url = f"unix://{socket}?db={db}"
    try:
        deadline = time.monotonic() + 20
        while not (socket.exists() and _answers(url)):
            if process.poll() is not None:
                said = log.read_text(errors="replace")[-2000:] if log.exists() else ""
                raise RuntimeError(f"redis-server exited ({process.returncode}): {said}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not answer on {socket} within 20 s")
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        shutil.rmtree(directory, ignore_errors=True)
