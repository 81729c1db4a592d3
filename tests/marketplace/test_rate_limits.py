"""Rate limits of vraag en aanbod: separate counters, real windows, Retry-After, keyed hashes,
the client behind trusted proxies, and a failing cache (a real Redis refusing or not answering)
that lets residents through and logs it."""

import datetime
import hashlib
import logging
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator

from django.core.cache import cache, caches

import pytest
import time_machine

from aanbod.marketplace import ratelimit
from aanbod.models import AbuseReport, Submitter
from tests.cache_contents import cache_blob
from tests.marketplace.test_marketplace_posting import form_data

HOUR = 3600
# A moment 10 minutes into an hour-long window (windows start at multiples of their length).
WINDOW_START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
TEN_MINUTES_IN = WINDOW_START + datetime.timedelta(minutes=10)


@pytest.fixture(autouse=True)
def _fresh_cache(settings):
    settings.AANBOD_RATE_LIMITS = {"ip": (1000, HOUR), "email": (1000, 86400)}
    settings.TRUSTED_PROXY_COUNT = 0
    cache.clear()
    yield
    cache.clear()


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_cache(port: int, timeout: float = 0.5) -> dict:
    """CACHES with a "ratelimit" alias: Django's RedisCache at a port on this machine.

    Only the rate limits use it (AANBOD_RATE_LIMIT_CACHE): Wagtail's own use of the default
    cache (its site root paths) is not what these tests are about.
    """
    return {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": timeout, "socket_timeout": timeout},
        },
    }


@pytest.fixture(scope="module")
def redis_port() -> Iterator[int]:
    """A real redis-server of our own on a free port (Debian's redis-server, as in CI)."""
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    port = free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield port
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def frozen_redis_port() -> Iterator[int]:
    """A server that accepts connections and never answers: a Redis that hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    listener.close()


def post_from(client, tree, address: str, **overrides):
    """Post a request to the marketplace from one client address."""
    return client.post(tree.marketplace.url, form_data(tree, **overrides), REMOTE_ADDR=address)


# The counting itself


def test_the_limit_allows_exactly_its_number_of_uses(settings):
    settings.AANBOD_RATE_LIMITS = {"reply": (3, HOUR)}
    assert [ratelimit.hit("reply", "10.0.0.1") for _ in range(4)] == [True, True, True, False]


def test_each_limit_has_its_own_counter(settings):
    """Sending replies does not use up the right to report abuse or to subscribe."""
    settings.AANBOD_RATE_LIMITS = {
        "reply": (1, HOUR),
        "report": (1, HOUR),
        "subscribe": (1, HOUR),
    }
    assert ratelimit.hit("reply", "10.0.0.1")
    assert not ratelimit.hit("reply", "10.0.0.1")
    assert ratelimit.hit("report", "10.0.0.1")
    assert ratelimit.hit("subscribe", "10.0.0.1")


def test_two_hundred_residents_each_get_their_own_counter(settings):
    """Residents are never blocked because another address happened to share a counter."""
    settings.AANBOD_RATE_LIMITS = {"reply": (1, HOUR)}
    addresses = [f"10.0.{i}.1" for i in range(200)]  # LocMemCache keeps 300
    assert all(ratelimit.hit("reply", address) for address in addresses)
    assert not any(ratelimit.hit("reply", address) for address in addresses[:50])


def test_a_blocked_resident_stays_blocked_until_the_window_ends(settings):
    settings.AANBOD_RATE_LIMITS = {"reply": (1, HOUR)}
    with time_machine.travel(TEN_MINUTES_IN, tick=False) as clock:
        assert ratelimit.hit("reply", "10.0.0.1")
        assert not ratelimit.hit("reply", "10.0.0.1")
        clock.move_to(WINDOW_START + datetime.timedelta(minutes=59, seconds=59))
        assert not ratelimit.hit("reply", "10.0.0.1")
        clock.move_to(WINDOW_START + datetime.timedelta(hours=1))
        assert ratelimit.hit("reply", "10.0.0.1")


def test_retry_after_is_the_time_left_in_the_window(settings):
    settings.AANBOD_RATE_LIMITS = {"reply": (1, HOUR)}
    with time_machine.travel(TEN_MINUTES_IN, tick=False):
        assert ratelimit.retry_after("reply") == 50 * 60
    with time_machine.travel(WINDOW_START + datetime.timedelta(seconds=3599.5), tick=False):
        assert ratelimit.retry_after("reply") == 1


def test_a_refusing_cache_allows_the_use_and_logs_a_warning(settings, caplog):
    """Redis down: hit() lets the resident through and says so in the log."""
    settings.CACHES = redis_cache(free_port(), timeout=0.3)
    settings.AANBOD_RATE_LIMIT_CACHE = "ratelimit"
    settings.AANBOD_RATE_LIMITS = {"reply": (1, HOUR)}
    with caplog.at_level(logging.WARNING, logger="aanbod.marketplace.ratelimit"):
        assert ratelimit.hit("reply", "10.0.0.1") and ratelimit.hit("reply", "10.0.0.1")
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(messages) == 2 and "'reply' not applied" in messages[0]


# The hashes


def test_hashes_are_keyed_with_the_secret_key(settings):
    """Without SECRET_KEY nobody can hash candidate addresses to find one back."""
    settings.SECRET_KEY = "first-secret"
    first = ratelimit.fingerprint("report:10.1.1.1")
    settings.SECRET_KEY = "second-secret"
    assert ratelimit.fingerprint("report:10.1.1.1") != first
    assert ratelimit.fingerprint("report:10.1.1.2") != ratelimit.fingerprint("report:10.1.1.1")


def test_an_address_written_differently_counts_as_the_same(settings):
    assert ratelimit.fingerprint(" Truus@Example.org ") == ratelimit.fingerprint(
        "truus@example.org"
    )


def test_the_429_says_when_to_try_again(tree_client, tree, settings):
    """Retry-After and the page agree with the window: 50 minutes left, 3000 seconds."""
    settings.AANBOD_RATE_LIMITS = {"ip": (1, HOUR), "email": (1000, 86400)}
    with time_machine.travel(TEN_MINUTES_IN, tick=False):
        assert post_from(tree_client, tree, "10.0.0.1").status_code == 302
        response = post_from(tree_client, tree, "10.0.0.1", email="b@example.org")
    assert response.status_code == 429
    assert response["Retry-After"] == "3000"
    assert "Probeer het over 50 minuten" in response.content.decode()


def test_a_reporters_address_cannot_be_recovered_from_the_stored_hash(tree_client, tree):
    """A database copy alone does not reveal who reported: plain hashes of addresses miss."""
    item = tree.request
    tree_client.post(item.url + "meld/", {"report-reason": "spam"}, REMOTE_ADDR="10.1.1.7")
    stored = AbuseReport.objects.get(page=item).reporter_hash
    candidates = [f"10.1.1.{i}" for i in range(256)]
    guesses = {
        hashlib.sha256(text.encode()).hexdigest()
        for address in candidates
        for text in (address, f"report:{address}", f":report:{address}")
    }
    assert stored not in guesses
    assert "10.1.1.7" not in stored


# The client behind proxies


def test_spoofed_forwarded_for_does_not_escape_the_limit(tree_client, tree, settings):
    """Behind one proxy, a resident who writes a new X-Forwarded-For each time stays counted."""
    settings.TRUSTED_PROXY_COUNT = 1
    settings.AANBOD_RATE_LIMITS = {"ip": (2, HOUR), "email": (1000, 86400)}
    statuses = [
        tree_client.post(
            tree.marketplace.url,
            form_data(tree, email=f"r{i}@example.org"),
            REMOTE_ADDR="10.0.0.254",  # the proxy
            HTTP_X_FORWARDED_FOR=f"192.0.2.{i}, 198.51.100.7",
        ).status_code
        for i in range(3)
    ]
    assert statuses == [302, 302, 429]
    # Another resident behind the same proxy is not affected.
    other = tree_client.post(
        tree.marketplace.url,
        form_data(tree, email="other@example.org"),
        REMOTE_ADDR="10.0.0.254",
        HTTP_X_FORWARDED_FOR="198.51.100.8",
    )
    assert other.status_code == 302


# A cache that fails


def test_a_real_redis_counts_and_blocks(tree_client, tree, settings, redis_port):
    settings.CACHES = redis_cache(redis_port)
    settings.AANBOD_RATE_LIMIT_CACHE = "ratelimit"
    settings.AANBOD_RATE_LIMITS = {"ip": (1, HOUR), "email": (1000, 86400)}
    caches["ratelimit"].clear()
    assert post_from(tree_client, tree, "10.3.0.1").status_code == 302
    assert post_from(tree_client, tree, "10.3.0.1", email="b@example.org").status_code == 429
    assert post_from(tree_client, tree, "10.3.0.2", email="c@example.org").status_code == 302


@pytest.mark.parametrize("failure", ["refused", "frozen"])
def test_a_failing_cache_lets_residents_post_and_logs_it(
    tree_client, tree, settings, caplog, failure, request
):
    """Redis down (connection refused) or hanging (no answer): the post goes through, logged."""
    port = free_port() if failure == "refused" else request.getfixturevalue("frozen_redis_port")
    settings.CACHES = redis_cache(port, timeout=0.3)
    settings.AANBOD_RATE_LIMIT_CACHE = "ratelimit"
    settings.AANBOD_RATE_LIMITS = {"ip": (1, HOUR), "email": (1, 86400)}
    before = Submitter.objects.count()
    with caplog.at_level(logging.WARNING, logger="aanbod.marketplace.ratelimit"):
        first = post_from(tree_client, tree, "10.4.0.1")
        second = post_from(tree_client, tree, "10.4.0.1")
    assert (first.status_code, second.status_code) == (302, 302)
    assert Submitter.objects.count() == before + 2
    warnings = [r for r in caplog.records if r.name == "aanbod.marketplace.ratelimit"]
    assert warnings and all(r.levelno == logging.WARNING for r in warnings)
    assert "not applied" in warnings[0].getMessage()


def test_the_cache_never_holds_an_address_or_e_mail_in_clear(settings):
    """Counting stores only keyed fingerprints: no address or e-mail is readable in the cache."""
    settings.AANBOD_RATE_LIMITS = {"reply": (3, HOUR), "report": (3, HOUR)}
    ratelimit.hit("reply", "203.0.113.77")
    ratelimit.hit("report", "truus.test@example.org")
    blob = cache_blob().lower()
    assert b"203.0.113.77" not in blob and b"truus" not in blob
    assert ratelimit.fingerprint("203.0.113.77").encode() in blob  # it did count, keyed
