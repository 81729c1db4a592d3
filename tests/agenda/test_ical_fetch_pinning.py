"""The iCal import connects to exactly the address it checked (no DNS rebinding).

A real HTTP server on 127.0.0.1 serves the feed. DNS servers cannot run here, so the resolver
function (``fetch.resolve``, the one lookup of a fetch) is replaced by one that answers
differently on each call, as a rebinding name would.
"""

import http.server
import threading

import pytest

from aanbod.agenda.import_ import fetch

CALENDAR = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n"


class Handler(http.server.BaseHTTPRequestHandler):
    """Serves a calendar on /agenda.ics, a redirect on /verder, and records every Host."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.server.hosts.append(self.headers.get("Host"))
        if self.path == "/verder":
            self.send_response(302)
            self.send_header("Location", "http://intern.example/agenda.ics")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar")
        self.end_headers()
        self.wfile.write(CALENDAR)


@pytest.fixture
def local_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.hosts = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def rebinding(monkeypatch):
    """A resolver whose answers per name are consumed one call at a time."""
    answers: dict[str, list[list[str]]] = {}
    calls: list[str] = []

    def resolve(host, port):
        calls.append(host)
        queue = answers[host]
        return queue.pop(0) if len(queue) > 1 else queue[0]

    monkeypatch.setattr(fetch, "resolve", resolve)
    return answers, calls


@pytest.fixture
def strict(settings):
    settings.AANBOD_ICAL_IMPORT = {
        "ALLOW_PRIVATE_ADDRESSES": False,
        "CONNECT_TIMEOUT": 1,
        "READ_TIMEOUT": 1,
    }


def test_a_name_that_rebinds_to_loopback_never_reaches_the_local_server(
    local_server, rebinding, strict
):
    answers, calls = rebinding
    port = local_server.server_address[1]
    # First answer public (it passes the check), every later one loopback.
    answers["agenda.example"] = [["93.184.215.14"], ["127.0.0.1"]]
    with pytest.raises(fetch.FeedError):
        fetch.fetch(f"http://agenda.example:{port}/agenda.ics")  # the public address: no route
    assert calls == ["agenda.example"]  # resolved once
    assert local_server.hosts == []  # the loopback server was never asked


def test_every_address_of_a_name_is_checked(local_server, rebinding, strict):
    answers, _calls = rebinding
    answers["gemengd.example"] = [["93.184.215.14", "10.1.2.3"]]
    with pytest.raises(fetch.FeedError, match="intern netwerk"):
        fetch.fetch("http://gemengd.example/agenda.ics")
    for address in [
        "169.254.169.254",
        "224.0.0.1",
        "240.0.0.1",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "ff02::1",
    ]:
        answers["slecht.example"] = [[address]]
        with pytest.raises(fetch.FeedError, match="intern netwerk"):
            fetch.fetch("http://slecht.example/agenda.ics")
    assert local_server.hosts == []


def test_the_fetch_goes_to_the_checked_address_with_the_original_host(
    local_server, rebinding, settings
):
    """With local addresses allowed (tests), the first answer is still the one connected to."""
    settings.AANBOD_ICAL_IMPORT = {"ALLOW_PRIVATE_ADDRESSES": True}
    answers, calls = rebinding
    port = local_server.server_address[1]
    answers["agenda.example"] = [["127.0.0.1"], ["192.0.2.1"]]  # the second would go nowhere
    fetched = fetch.fetch(f"http://agenda.example:{port}/agenda.ics")
    assert fetched.body == CALENDAR
    assert calls == ["agenda.example"]
    assert local_server.hosts == [f"agenda.example:{port}"]


def test_a_redirect_is_checked_and_pinned_the_same_way(local_server, rebinding, settings):
    settings.AANBOD_ICAL_IMPORT = {"ALLOW_PRIVATE_ADDRESSES": True}
    answers, calls = rebinding
    port = local_server.server_address[1]
    answers["agenda.example"] = [["127.0.0.1"]]
    answers["intern.example"] = [["10.9.9.9"]]
    # Allowed here, so the redirect target is resolved and connected to at its checked address
    # (10.9.9.9 has no server: the fetch fails there and never falls back to a new lookup).
    with pytest.raises(fetch.FeedError):
        fetch.fetch(f"http://agenda.example:{port}/verder")
    assert calls == ["agenda.example", "intern.example"]
    # Without the exception for tests the redirect target is refused before any connection.
    settings.AANBOD_ICAL_IMPORT = {"ALLOW_PRIVATE_ADDRESSES": False}
    with pytest.raises(fetch.FeedError, match="intern netwerk"):
        fetch.checked_address("http://intern.example/agenda.ics")
