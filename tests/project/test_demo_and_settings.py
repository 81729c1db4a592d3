"""The demo loader is idempotent; production settings are strict."""

import datetime
import io
import logging
import os
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command

from wagtail.models import Page, Site

import pytest

from aanbod.visibility import visible_activities
from cms.demo import load_demo
from home.models import StandardPage
from wijken.models import GemeentePage, WijkPage

pytestmark = pytest.mark.django_db


def test_loading_the_demo_twice_creates_nothing_new():
    pages, sites = Page.objects.count(), Site.objects.count()
    assert load_demo() == 0
    assert (Page.objects.count(), Site.objects.count()) == (pages, sites)


def test_load_demo_speaks_in_a_few_lines(caplog):
    """One line per region, no log line per page created or published."""
    StandardPage.objects.get(
        slug="over-het-wijkportaal", url_path__contains="midden-limburg"
    ).delete()
    wagtail_level = logging.getLogger("wagtail").level
    out = io.StringIO()
    with caplog.at_level(logging.INFO):
        caplog.clear()
        call_command("load_demo", stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) <= 5, lines
    assert "  Midden-Limburg West: 1 created" in lines
    assert lines[-1] == "Demo content: 1 objects created."
    assert [r.getMessage() for r in caplog.records if r.levelno < logging.WARNING] == []
    assert logging.getLogger("wagtail").level == wagtail_level


def test_ensure_admin_prints_the_address_served(settings):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("ensure_admin", "--port", "8123", stdout=out)
    assert "http://127.0.0.1:8123/admin/" in out.getvalue()
    call_command("ensure_admin", "--host", "localhost", stdout=out)
    assert "http://localhost:8000/admin/" in out.getvalue()


def test_demo_has_two_regions_on_their_own_hostnames():
    hostnames = set(Site.objects.values_list("hostname", flat=True))
    assert {"westelijke-mijnstreek.localhost", "midden-limburg-west.localhost"} <= hostnames
    assert Site.objects.get(is_default_site=True).hostname == "westelijke-mijnstreek.localhost"


# The demo story is told as of the day it was written; Beek's pilot is planned for 2027.
STORY_DATE = datetime.date(2026, 11, 22)


def test_demo_rollout_phases_match_the_story():
    phases = {g.title: g.get_rollout_phase(on=STORY_DATE) for g in GemeentePage.objects.all()}
    assert phases["Sittard-Geleen"] == "live"
    assert phases["Stein"] == "pilot"
    assert phases["Beek"] == "preparation"
    for name in ["Weert", "Leudal", "Nederweert"]:
        assert phases[name] == "pilot"
    assert WijkPage.objects.filter(title__icontains="Ospel").exists()


def test_beek_content_stays_hidden_in_the_demo():
    beek = GemeentePage.objects.get(title="Beek")
    beek_wijken = WijkPage.objects.child_of(beek)
    only_beek = [
        a
        for a in visible_activities()
        if a.wijken.exists() and not a.wijken.exclude(pk__in=beek_wijken).exists()
    ]
    assert only_beek == []


def _run_manage(args, env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE"}}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _run_manage(
        ["check"],
        {"DJANGO_SETTINGS_MODULE": "cms.settings.production", "ALLOWED_HOSTS": "example.org"},
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_pass_check_deploy_with_zero_warnings():
    result = _run_manage(
        ["check", "--deploy", "--fail-level", "WARNING"],
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "ALLOWED_HOSTS": "example.org",
            "SECRET_KEY": "x7!kq2@v9#mz4$wp8^rt6&yb3*hn5(jd1)lf0_gs-ce+ua=oi[xk]" * 2,
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
