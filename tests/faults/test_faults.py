"""Fault tests: the portal under gunicorn keeps answering while its services fail.

Real Redis (stopped, and frozen with SIGSTOP), a second PostgreSQL cluster (stopped and
started), a real SMTP server (stopped) and a TCP listener that never answers as the search
service. Asserted as a resident notices it: no 5xx other than the 503s for a database that is
away, no post lost, and recovery without restarting gunicorn's workers.
"""

import time
import uuid

import pytest
import requests

from tests.faults.services import Gunicorn, HangingListener, harness_env
from tests.faults.traffic import Tally

# django_db: pytest-django sets up the test database (which the stack copies) only for a run
# that holds a test asking for it, so without it this module fails when run on its own.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.faults,
    pytest.mark.xdist_group("faults"),
]


def _assert_served(tally: Tally) -> None:
    assert tally.errors() == [], tally.statuses
    assert all(s in {200, 302} for codes in tally.statuses.values() for s in codes), tally.statuses


def _health(stack) -> tuple[int, dict]:
    response = requests.get(stack.web.base + "/healthz", timeout=10)
    return response.status_code, response.json()


@pytest.mark.parametrize("fault", ["stopped", "frozen"])
def test_redis_fault_pages_search_api_and_posts_still_work(stack, fault):
    """Redis stopped or frozen: every page, search, API, feed and post answers from the database."""
    resident = stack.resident()
    workers = stack.web.worker_pids()
    (stack.redis.stop if fault == "stopped" else stack.redis.freeze)()
    try:
        tally, stored = Tally(), []
        for _ in range(3):
            stored += resident.round(tally)
        _assert_served(tally)
        assert stored and all(stack.stored(title) for title in stored)  # no post lost
        status, health = _health(stack)
        assert status == 200 and health["components"]["cache"]["status"] == "degraded"
    finally:
        stack.redis.start() if fault == "stopped" else stack.redis.thaw()
    time.sleep(5.5)  # the cache's circuit lets the next call try Redis again
    tally = Tally()
    resident.round(tally, post=False)
    _assert_served(tally)
    assert _health(stack)[1]["components"]["cache"]["status"] == "ok"
    assert stack.web.worker_pids() == workers  # recovered without restarting a worker


def test_postgres_away_503_with_retry_after_and_the_typed_post_comes_back(stack):
    """PostgreSQL stopped: a page in the page cache is still served, the rest 503 + Retry-After,
    APIs JSON 503, and a post shows what was typed."""
    resident = stack.resident()
    workers = stack.web.worker_pids()
    resident.get("/stein/")  # now in the page cache (if an earlier visit had not put it there)
    stack.pg.stop()
    try:
        kept = resident.get("/stein/")
        assert kept.status_code == 200 and kept.headers["X-Page-Cache"] == "hit"
        page = resident.get(f"/stein/?bezoek={uuid.uuid4().hex}")  # not in the cache
        assert page.status_code == 503 and page.headers["Retry-After"]
        assert "Even niet beschikbaar" in page.text
        api = resident.get("/api/v1/activities?limit=17")  # not kept: needs the database
        assert api.status_code == 503 and api.headers["Retry-After"]
        assert api.headers["Content-Type"].startswith("application/json") and api.json()["error"]
        posted, title = resident.post_item()
        assert posted.status_code == 503
        assert title in posted.text and "dinsdag helpen met de boodschappen" in posted.text
        assert "niet opslaan" in posted.text
        status, health = _health(stack)
        assert status == 503 and health["components"]["database"]["status"] == "down"
        tally = Tally()
        resident.round(tally)
        assert tally.errors(allowed=frozenset({503})) == []
    finally:
        stack.pg.start()
    tally = Tally()
    stored = resident.round(tally)
    _assert_served(tally)
    assert stored and stack.stored(stored[0])
    assert _health(stack)[0] == 200
    assert stack.web.worker_pids() == workers  # connections recovered, no worker restarted


def test_mail_waits_in_the_outbox_while_smtp_is_down(stack):
    """SMTP stopped: the post is stored, its mail waits in the outbox and goes out after."""
    resident = stack.resident()
    stack.smtp.stop()
    try:
        response, title = resident.post_item()
        assert response.status_code == 302 and stack.stored(title)
        stack.manage("send_queued_mail")  # the server is down: nothing leaves, nothing is lost
        assert int(stack.pg.sql("SELECT count(*) FROM aanbod_outboxmessage")) >= 1
    finally:
        stack.smtp.start()
    # After an outage the operator sends everything at once (the scheduled run waits for each
    # mail's next attempt, 1, 2, 4 ... minutes after its last).
    stack.manage("send_queued_mail", "--all")
    assert stack.pg.sql("SELECT count(*) FROM aanbod_outboxmessage") == "0"
    assert resident.last_email in [m["To"] for m in stack.smtp.inbox.messages]


def test_api_answer_cache_is_shared_by_processes_through_redis(stack):
    """A cron job (another process) unpublishes an activity: the API drops it at once."""
    resident = stack.resident()
    listed = resident.get("/api/v1/activities?limit=100").json()["results"]
    first = listed[0]
    for _ in range(4):  # both workers have the answer cached now
        assert first["id"] in [
            a["id"] for a in resident.get("/api/v1/activities?limit=100").json()["results"]
        ]
    stack.manage(
        "shell",
        "-c",
        f"from wagtail.models import Page; Page.objects.get(pk={first['id']}).specific.unpublish()",
    )
    try:
        for _ in range(4):
            ids = [a["id"] for a in resident.get("/api/v1/activities?limit=100").json()["results"]]
            assert first["id"] not in ids
    finally:
        stack.manage(
            "shell",
            "-c",
            f"from wagtail.models import Page; p = Page.objects.get(pk={first['id']}).specific;"
            "p.save_revision().publish()",
        )


def test_a_hanging_search_service_trips_the_breaker_and_search_answers(stack):
    """A search service that accepts connections and never answers: search answers anyway."""
    hanging = HangingListener().start()
    env = harness_env(
        stack.pg.url, stack.redis.url, stack.smtp.port, f"http://127.0.0.1:{hanging.port}"
    )
    web = Gunicorn(env, workers=1).start()
    try:
        first = requests.get(web.base + "/zoeken/?q=koffie", timeout=30)
        assert first.status_code == 200, web.output()[-3000:]
        assert "niet bereikbaar" in first.text
        health = requests.get(web.base + "/healthz", timeout=10).json()
        assert health["components"]["search"]["circuit"] == "open"
        for _ in range(5):  # the circuit is open: straight to the database
            again = requests.get(web.base + "/zoeken/?q=fiets", timeout=30)
            assert again.status_code == 200 and "niet bereikbaar" in again.text
    finally:
        web.stop()
        hanging.stop()
