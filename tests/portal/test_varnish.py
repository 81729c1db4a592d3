"""Varnish in front, for real: Debian's varnishd with deploy/varnish.vcl before gunicorn.

The test starts its own Redis (the page cache shared by gunicorn's workers and the process
that publishes), a database with the demo regions, gunicorn and varnishd, each on a free port,
and stops them all afterwards. Publishing runs in a separate ``manage.py shell`` process, as an
editor's publish in the admin would, with ``VARNISH_PURGE_URL`` pointing at this Varnish.
"""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings

import pytest
import requests

from tests.browser.conftest import free_port

pytestmark = [pytest.mark.varnish, pytest.mark.postgres, pytest.mark.xdist_group("varnish")]
HOST = "westelijke-mijnstreek.localhost"
ACTIVITY = "/organisaties/levantogroep/digi-cafe-stein/"
AGENDA = "/stein/stein-centrum/agenda/"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"


def fresh_database_url() -> str:
    """A new, empty PostgreSQL database beside DATABASE_URL's (one per xdist worker)."""
    import psycopg

    parts = urlsplit(os.environ["DATABASE_URL"])
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    name = parts.path.lstrip("/") + "_varnish" + (f"_{worker}" if worker else "")
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def _wait_for_port(port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process ended early; see {log}")
        try:
            requests.get(f"http://127.0.0.1:{port}/robots.txt", timeout=30)
            return
        except requests.RequestException:
            time.sleep(0.5)
    raise RuntimeError(f"nothing answers on port {port}; see {log}")


class Stack:
    """The running Varnish, gunicorn and Redis, and a way to run manage.py beside them."""

    def __init__(self, varnish_port: int, env: dict[str, str]):
        self.varnish_port = varnish_port
        self.env = env

    def get(self, path: str, **headers) -> requests.Response:
        """A GET through Varnish on the demo region's host name."""
        return requests.get(
            f"http://127.0.0.1:{self.varnish_port}{path}",
            headers={"Host": HOST, **headers},
            timeout=30,
            allow_redirects=False,
        )

    def manage(self, *args: str) -> str:
        """Run manage.py against the stack's database and cache; returns its stdout."""
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result.stdout


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    """Redis, a demo database, gunicorn and varnishd on free ports (stopped afterwards)."""
    tmp = tmp_path_factory.mktemp("varnish")
    redis_port, app_port, varnish_port = free_port(), free_port(), free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.e2e_cached",
        "DATABASE_URL": fresh_database_url(),
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "VARNISH_PURGE_URL": f"http://127.0.0.1:{varnish_port}",
        "PYTHONUNBUFFERED": "1",
    }
    started: list[subprocess.Popen] = []
    varnish_pid = tmp / "varnishd.pid"
    try:
        redis = subprocess.Popen(
            ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", ""],
            stdout=subprocess.DEVNULL,
        )
        started.append(redis)
        stack = Stack(varnish_port, env)
        stack.manage("migrate", "--noinput", "-v", "0")
        stack.manage("load_demo", "-v", "0")
        log = tmp / "gunicorn.log"
        with open(log, "w") as out:
            gunicorn = subprocess.Popen(
                [
                    Path(sys.executable).with_name("gunicorn"),
                    "cms.wsgi",
                    "--workers",
                    "2",
                    "--bind",
                    f"127.0.0.1:{app_port}",
                ],
                cwd=settings.BASE_DIR,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        started.append(gunicorn)
        _wait_for_port(app_port, gunicorn, log)
        vcl = tmp / "wijkportaal.vcl"
        vcl.write_text(
            subprocess.run(
                ["deploy/varnish.sh", "vcl", str(app_port)],
                cwd=settings.BASE_DIR,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        subprocess.run(
            [
                VARNISHD,
                "-j",
                "none",
                "-n",
                str(tmp / "work"),
                "-P",
                str(varnish_pid),
                "-a",
                f"127.0.0.1:{varnish_port}",
                "-f",
                str(vcl),
                "-s",
                "malloc,32m",
            ],
            check=True,
            capture_output=True,
        )
        yield stack
    finally:
        if varnish_pid.exists():
            subprocess.run(["kill", varnish_pid.read_text().strip()], check=False)
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def publish_title(stack: Stack, slug: str, title: str) -> None:
    """Give a demo page a new title and publish it, in a process of its own."""
    stack.manage(
        "shell",
        "-c",
        "from wagtail.models import Page;"
        f"p = Page.objects.get(slug='{slug}').specific; p.title = '{title}';"
        "p.save_revision().publish()",
    )


def test_a_publish_purges_varnish_and_the_next_visitor_sees_it(stack):
    for path in (ACTIVITY, AGENDA):
        first, second = stack.get(path), stack.get(path)
        assert first.status_code == 200, path
        assert second.headers["X-Varnish-Cache"] == "hit", path
        assert "Digi-café Stein" in second.text, path
        assert "s-maxage=" in second.headers["Cache-Control"]
    publish_title(stack, "digi-cafe-stein", "Digi-café Stein en Elsloo")
    for path in (ACTIVITY, AGENDA):
        after = stack.get(path)
        assert after.headers["X-Varnish-Cache"] == "miss", path
        assert "Digi-café Stein en Elsloo" in after.text, path
    assert stack.get(ACTIVITY).headers["X-Varnish-Cache"] == "hit"


def test_tracking_parameters_share_the_cached_page_and_etags_answer_304(stack):
    plain = stack.get("/stein/")
    tracked = stack.get("/stein/?utm_source=nieuwsbrief&fbclid=abc")
    assert tracked.headers["X-Varnish-Cache"] == "hit"
    assert tracked.text == plain.text
    again = stack.get("/stein/", **{"If-None-Match": plain.headers["ETag"]})
    assert again.status_code == 304


def test_editors_and_forms_are_never_served_from_varnish(stack):
    stack.get("/")
    editor = stack.get("/", Cookie="sessionid=an-editors-session")
    assert editor.headers["X-Varnish-Cache"] == "miss"
    forms = [stack.get("/stein/vraag-en-aanbod/") for _ in range(2)]
    assert [r.headers["X-Varnish-Cache"] for r in forms] == ["miss", "miss"]
    tokens = {r.cookies["csrftoken"] for r in forms}
    assert len(tokens) == 2  # each visitor a token of their own


def set_phase(stack: Stack, slug: str, phase: str) -> None:
    """Set a demo gemeente's phase (no dates) and publish it, in a process of its own."""
    stack.manage(
        "shell",
        "-c",
        "from wijken.models import GemeentePage;"
        f"g = GemeentePage.objects.get(slug='{slug}'); g.rollout_phase = '{phase}';"
        "g.pilot_date = g.live_date = None; g.save_revision().publish()",
    )


def test_a_phase_change_purges_the_whole_region(stack):
    assert 'href="/sittard-geleen/"' in stack.get("/").text
    assert stack.get("/sittard-geleen/").status_code == 200
    assert stack.get("/sittard-geleen/").headers["X-Varnish-Cache"] == "hit"
    set_phase(stack, "sittard-geleen", "preparation")
    try:
        assert stack.get("/sittard-geleen/").status_code == 404
        assert 'href="/sittard-geleen/"' not in stack.get("/").text
    finally:
        set_phase(stack, "sittard-geleen", "live")
    assert stack.get("/sittard-geleen/").status_code == 200
