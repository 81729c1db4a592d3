"""Locust: simulated residents on the resident mix (pages, search, postcode, API, one post).

Run by ``benchmarks/load.py``, which starts the servers and passes the paths in the environment
variable ``WP_LOAD_PATHS`` (JSON: host, page paths, marketplace path, category and wijk ids).
By hand (paths from a file written by ``load.py --write-paths``)::

    WP_LOAD_PATHS="$(cat test-artifacts/bench/paths.json)" .venv/bin/locust \\
        -f benchmarks/locustfile.py --headless -u 100 -r 20 -t 2m -H http://127.0.0.1:8000 Resident

Name the user class to run: ``Resident`` (the mix) or ``WijkPageOnly`` (only the wijk page, to
compare with nginx serving the same page as a file).
"""

import itertools
import json
import os
import re
import uuid

from locust import FastHttpUser, constant, task

PATHS = json.loads(os.environ.get("WP_LOAD_PATHS", "{}"))
HOST = PATHS.get("host", "localhost")
CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
_counter = itertools.count()


class _Resident(FastHttpUser):
    """A resident's browser: no think time, so the figures show the capacity of the server."""

    abstract = True
    wait_time = constant(0)

    def _get(self, path: str, name: str, **kwargs):
        with self.client.get(
            path,
            headers={"Host": HOST, "Accept-Language": "nl"},
            name=name,
            catch_response=True,
            allow_redirects=False,
            **kwargs,
        ) as response:
            if response.status_code not in (200, 302):
                response.failure(f"status {response.status_code}")
            return response


class Resident(_Resident):
    """The resident mix of issue 17: home, gemeente, wijk, agenda, activity, search, postcode,
    API, and now and then a post on the marketplace (with CSRF and an empty honeypot)."""

    @task(12)
    def home(self):
        """The region's home page."""
        self._get(PATHS["home"], "home")

    @task(8)
    def gemeente(self):
        """A gemeente page."""
        self._get(PATHS["gemeente"], "gemeente")

    @task(16)
    def wijk(self):
        """The busy wijk page (200 activities, 50 services)."""
        self._get(PATHS["wijk"], "wijk")

    @task(8)
    def agenda(self):
        """The wijk's agenda."""
        self._get(PATHS["agenda"], "agenda")

    @task(16)
    def activity(self):
        """An activity page (a few different ones)."""
        activities = PATHS["activities"]
        self._get(activities[next(_counter) % len(activities)], "activity")

    @task(8)
    def search(self):
        """The site search."""
        self._get(PATHS["search"], "search")

    @task(6)
    def postcode(self):
        """Find your wijk by postcode (answers with a redirect to the wijk)."""
        self._get(PATHS["postcode"], "postcode")

    @task(10)
    def api(self):
        """An API list (partners' sites)."""
        apis = PATHS["api"]
        self._get(apis[next(_counter) % len(apis)], "api")

    @task(1)
    def post(self):
        """Post a request on the marketplace: GET the form, then POST it with its CSRF token."""
        page = self._get(PATHS["marketplace"], "marketplace (form)")
        match = CSRF_FIELD.search(page.content or b"")
        cookie = _cookie(page.headers.get("Set-Cookie", ""), "csrftoken")
        if not match or not cookie:
            return
        n = uuid.uuid4().hex[:10]
        data = {
            "post-kind": "vraag",
            "post-category": PATHS["category"],
            "post-wijk": PATHS["wijk_id"],
            "post-title": "Wie helpt mij met boodschappen",
            "post-description": "Ik zoek iemand die op dinsdag boodschappen voor mij doet.",
            "post-when": "dinsdagochtend",
            "post-first_name": "Bewoner",
            "post-email": f"load-{n}@example.org",
            "post-consent": "on",
            "post-website": "",  # the honeypot stays empty
            "csrfmiddlewaretoken": match.group(1).decode(),
        }
        with self.client.post(
            PATHS["marketplace"],
            data=data,
            headers={
                "Host": HOST,
                "Cookie": f"csrftoken={cookie}",
                "Referer": f"https://{HOST}{PATHS['marketplace']}",
            },
            name="marketplace (post)",
            catch_response=True,
            allow_redirects=False,
        ) as response:
            if response.status_code != 302:
                response.failure(f"post answered {response.status_code}, not a redirect")


class WijkPageOnly(_Resident):
    """Only the wijk page: compared with nginx serving the same page as a file."""

    @task
    def wijk(self):
        """The wijk page."""
        self._get(PATHS["wijk"], "wijk")


def _cookie(header: str, name: str) -> str:
    match = re.search(rf"{name}=([^;,\s]+)", header)
    return match.group(1) if match else ""
