"""Residents' traffic against the running portal: pages, search, API, feed and a marketplace post.

Used by the fault tests and by ``benchmarks/soak.py``; talks HTTP to gunicorn like a browser.
"""

import re
import time
import uuid
from dataclasses import dataclass, field

import requests

MARKETPLACE = "/stein/vraag-en-aanbod/"
READS = {
    "home": "/",
    "page": "/stein/",
    "search": "/zoeken/?q=koffie",
    "api": "/api/v1/activities",
    "hsds": "/api/hsds/services",
}


@dataclass
class Tally:
    """Status codes per kind of request (and the slowest answer, for the printed table)."""

    statuses: dict[str, list[int]] = field(default_factory=dict)
    slowest: float = 0.0

    def add(self, kind: str, status: int, seconds: float) -> None:
        self.statuses.setdefault(kind, []).append(status)
        self.slowest = max(self.slowest, seconds)

    def errors(self, allowed: frozenset[int] = frozenset()) -> list[tuple[str, int]]:
        """(kind, status) of every 5xx answer that is not in ``allowed``."""
        return [
            (kind, status)
            for kind, codes in self.statuses.items()
            for status in codes
            if status >= 500 and status not in allowed
        ]

    def count(self) -> int:
        return sum(len(codes) for codes in self.statuses.values())


class Resident:
    """One browser: a session with the CSRF cookie, the form's choices and a feed address."""

    def __init__(self, base: str, timeout: float = 30):
        self.base = base
        self.timeout = timeout
        self.session = requests.Session()
        self.choices: dict[str, str] = {}
        self.feed = ""
        self.last_email = ""

    def prepare(self) -> "Resident":
        """Read the marketplace form (CSRF token, a category and wijk) and a feed link."""
        html = self.session.get(self.base + MARKETPLACE, timeout=180).text  # a cold worker
        self.choices["csrf"] = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
        for name in ("category", "wijk"):
            select = re.search(rf'name="post-{name}".*?</select>', html, re.S)[0]
            self.choices[name] = re.findall(r'<option value="(\d+)"', select)[0]
        page = self.session.get(self.base + "/stein/", timeout=180).text
        found = re.search(r"(/feeds/gemeente/\d+\.ics)", page)
        self.feed = found[1] if found else ""
        return self

    def get(self, path: str) -> requests.Response:
        return self.session.get(self.base + path, timeout=self.timeout, allow_redirects=False)

    def new_email(self) -> str:
        """A fresh address for the next post (kept in ``last_email``)."""
        self.last_email = f"anna-{uuid.uuid4().hex[:8]}@example.org"
        return self.last_email

    def post_item(self, title: str | None = None) -> tuple[requests.Response, str]:
        """Post a request on the marketplace; (response, its unique title)."""
        title = title or f"Hulp bij boodschappen {uuid.uuid4().hex[:8]}"
        data = {
            "csrfmiddlewaretoken": self.choices["csrf"],
            "post-kind": "vraag",
            "post-category": self.choices["category"],
            "post-wijk": self.choices["wijk"],
            "post-title": title,
            "post-description": "Wie kan mij op dinsdag helpen met de boodschappen naar huis?",
            "post-when": "dinsdagochtend",
            "post-first_name": "Anna",
            "post-email": self.new_email(),
            "post-phone": "",
            "post-consent": "on",
            "post-website": "",
        }
        response = self.session.post(
            self.base + MARKETPLACE,
            data=data,
            timeout=self.timeout,
            allow_redirects=False,
            headers={"Referer": self.base + MARKETPLACE},
        )
        return response, title

    def round(self, tally: Tally, post: bool = True) -> list[str]:
        """One of each request; the titles of the posts that were answered as stored."""
        paths = dict(READS)
        if self.feed:
            paths["feed"] = self.feed
        for kind, path in paths.items():
            started = time.monotonic()
            try:
                status = self.get(path).status_code
            except requests.RequestException:
                status = 599  # no answer at all
            tally.add(kind, status, time.monotonic() - started)
        stored = []
        if post:
            started = time.monotonic()
            try:
                response, title = self.post_item()
                status = response.status_code
            except requests.RequestException:
                status, title = 599, ""
            tally.add("post", status, time.monotonic() - started)
            if status == 302:
                stored.append(title)
        return stored
