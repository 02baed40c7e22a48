"""The Redis cache back-end (tradebridge.http.redis_cache) against a real Redis: Django's
behaviour, one client per pool shared by threads."""

from __future__ import annotations

import threading

import pytest

from tests.redis_server import available, private_redis
from tradebridge.http.redis_cache import RedisCache

# A server of the module's own (tests/redis_server.py): the machine's shared Redis is flushed by
# any other test run on the machine, which emptied keys between an `add` and an `incr` here.
pytestmark = [
    pytest.mark.skipif(not available(14), reason="needs redis-server or Redis at 127.0.0.1:6379"),
    # One xdist worker for the module when it falls back to the shared server: each test's
    # fixture clears the whole database (Django's clear() is FLUSHDB).
    pytest.mark.xdist_group("redis-db-14"),
]


@pytest.fixture(scope="module")
def redis_url():
    with private_redis(14) as url:
        yield url


# Keys without an expiry: the fixture's FLUSHDB removes them.
@pytest.fixture
def cache(redis_url):
    backend = RedisCache(redis_url, {"KEY_PREFIX": "test-redis-cache"})
    backend.clear()
    yield backend
    backend.clear()


def test_it_behaves_as_djangos(cache):
    assert cache.add("a", 1, None) and not cache.add("a", 2, None)
    assert cache.incr("a") == 2
    with pytest.raises(ValueError):
        cache.incr("missing")
    cache.set_many({"b": b"\x00bytes", "c": {"x": [1, 2]}}, None)
    assert cache.get_many(["a", "b", "c", "d"]) == {"a": 2, "b": b"\x00bytes", "c": {"x": [1, 2]}}
    cache.delete("a")
    assert cache.get("a") is None


def test_one_client_serves_every_operation_and_thread(cache):
    """Every thread and operation gets the pool's one client. (What each thread reads back is
    redis-py's affair and is checked without threads above; see "Open question" in
    docs/deployment.md.)"""
    clients = set()

    def work(n: int) -> None:
        for i in range(50):
            cache.set(f"k{n}-{i}", i, None)
            cache.get(f"k{n}-{i}")
            clients.add(id(cache._cache.get_client(write=True)))
            clients.add(id(cache._cache.get_client(write=False)))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(clients) == 1
    cache.set("after", 1, None)
    assert cache.get("after") == 1
