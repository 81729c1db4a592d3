"""Browser tests: a real server process on its own database, driven by Debian's Chromium.

The server runs ``manage.py runserver`` with ``cms.settings.e2e`` on a fresh database (a
``<name>_e2e`` PostgreSQL database, or a temporary SQLite file) holding the demo regions and an
admin login. Tests reach the regions by hostname: Chromium resolves ``*.localhost`` to loopback.
"""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ADMIN_USERNAME, ADMIN_PASSWORD = "e2e-admin", "e2e-wachtwoord-123"


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _e2e_database_url(tmp_path: Path) -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp_path / 'e2e.sqlite3'}"
    import psycopg

    parts = urlsplit(url)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")  # one database per xdist worker
    name = parts.path.lstrip("/") + "_e2e" + (f"_{worker}" if worker else "")
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


class E2EServer:
    """The running portal: its port, environment and a way to run manage.py against it."""

    def __init__(self, port: int, env: dict[str, str]):
        self.port = port
        self.env = env

    def url(self, path: str = "/", host: str = "westelijke-mijnstreek.localhost") -> str:
        """An absolute URL on one of the demo regions."""
        return f"http://{host}:{self.port}{path}"

    def manage(self, *args: str, extra_env: dict | None = None) -> str:
        """Run a manage.py command against the server's database; returns its stdout."""
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env={**self.env, **(extra_env or {})},
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        return result.stdout


@pytest.fixture(scope="session")
def e2e_server(tmp_path_factory):
    """Start the portal once per session on a fresh database with the demo regions."""
    tmp = tmp_path_factory.mktemp("e2e")
    port = free_port()
    smtp_port = int(os.environ.get("E2E_SMTP_PORT", free_port()))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.e2e",
        "DATABASE_URL": _e2e_database_url(tmp),
        "EMAIL_PORT": str(smtp_port),
        "WAGTAILADMIN_BASE_URL": f"http://westelijke-mijnstreek.localhost:{port}",
        "PYTHONUNBUFFERED": "1",
    }
    server = E2EServer(port, env)
    server.smtp_port = smtp_port
    server.manage("migrate", "--noinput")
    server.manage("load_demo", "--port", str(port))  # links name the port served, as `make run`
    server.manage(
        "shell",
        "-c",
        (
            "from django.contrib.auth import get_user_model as g;"
            f"u, _ = g().objects.get_or_create(username='{ADMIN_USERNAME}');"
            "u.is_staff = u.is_superuser = True;"
            f"u.set_password('{ADMIN_PASSWORD}'); u.save()"
        ),
    )
    log = open(tmp / "server.log", "w")  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", "--insecure", f"127.0.0.1:{port}"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        raise RuntimeError(f"e2e server did not start; see {tmp / 'server.log'}")
    yield server
    process.terminate()
    process.wait(timeout=10)
    log.close()


@pytest.fixture(scope="package")
def chromium():
    """Debian's Chromium, launched headless by Playwright (never a downloaded browser).

    Package-scoped: Playwright's sync API keeps an asyncio loop running in the main thread, and
    Django refuses database work while one runs (SynchronousOnlyOperation), so the browser is
    closed before any test outside tests/browser/ runs (in random order they interleave).
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium, artifacts_dir, request):
    """A fresh browser tab (Dutch, phone-sized unless a test resizes it); screenshot at the end."""
    context = chromium.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    name = request.node.name.replace("/", "_").replace("[", "_").replace("]", "")
    (artifacts_dir / "screenshots").mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(artifacts_dir / "screenshots" / f"{name}.png"), full_page=True)
    context.close()


def admin_login(page, server: E2EServer) -> None:
    """Log in to the Wagtail admin as the e2e superuser."""
    page.goto(server.url("/admin/login/"))
    page.fill("#id_username", ADMIN_USERNAME)
    page.fill("#id_password", ADMIN_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def assert_accessible(page) -> None:
    """Run axe-core on the page; fail on any serious or critical WCAG violation."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]})
    violations = [
        v for v in results.response["violations"] if v.get("impact") in {"serious", "critical"}
    ]
    details = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    assert not violations, f"axe-core found serious/critical violations: {details}"
