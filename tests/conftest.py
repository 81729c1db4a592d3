"""Shared fixtures: the demo regions in the test database, a small tree, and CI rules.

In CI (``CI=true``) a skipped test fails the run: every test must run there.
"""

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from wagtail.models import Page, Site

import pytest

from tests import factories as f
from wijken import visibility_store

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM = Path("/usr/bin/chromium")
NODE_CLIENTS = Path(__file__).resolve().parent / "clients" / "node_modules"
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
_skipped: list[str] = []


def is_postgres() -> bool:
    """Whether the tests run against PostgreSQL."""
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Skip PostgreSQL-only and browser tests where those are missing (CI counts it a failure).

    Runs first: pytest-xdist's worker reads the xdist_group marks in this same hook.
    """
    with_xdist = config.pluginmanager.hasplugin("xdist")  # not with -p no:xdist
    for item in items:
        # With pytest-xdist (CI: -n 2 --dist loadgroup) the browser tests share one worker and
        # so one e2e server; the golden files share one reload of the demo regions. (pytest 9.2
        # with pytest-xdist 3.8 ignores the groups, pytest-xdist#1386: slower, still correct.)
        if with_xdist and "browser" in item.keywords:
            item.add_marker(pytest.mark.xdist_group("browser"))
        elif with_xdist and item.module.__name__.endswith("test_api_golden"):
            item.add_marker(pytest.mark.xdist_group("golden"))
        if "postgres" in item.keywords and not is_postgres():
            item.add_marker(pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL)"))
        if "browser" in item.keywords and not (CHROMIUM.exists() or shutil.which("chromium")):
            item.add_marker(pytest.mark.skip(reason="needs Chromium at /usr/bin/chromium"))
        if "clients" in item.keywords and not NODE_CLIENTS.exists():
            item.add_marker(pytest.mark.skip(reason="needs `npm ci --prefix tests/clients`"))


def pytest_runtest_logreport(report):
    if report.skipped:
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    """In CI, any skipped test turns the run red."""
    if IN_CI and _skipped:
        session.config.pluginmanager.get_plugin("terminalreporter").write_line(
            f"CI: {len(_skipped)} test(s) skipped, which CI does not allow: {_skipped[:10]}",
            red=True,
        )
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Repeat pytest-randomly's seed at the end (its header line is hidden by -q and long logs)."""
    seed = getattr(config.option, "randomly_seed", None)
    if config.pluginmanager.hasplugin("randomly") and isinstance(seed, int):
        terminalreporter.write_line(
            f"Tests ran in random order; repeat this order with --randomly-seed={seed}"
        )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Migrate the test database, then load the demo regions once for every test."""
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache: rolled-back rows must not live on in it."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _mail_through_the_outbox(settings):
    """Mail goes through the outbox as in production (Django's test setup swaps in locmem).

    The outbox delivers with ``OUTBOX_DELIVERY_BACKEND`` (locmem in cms.settings.test, so
    ``mail.outbox`` still fills; the real SMTP server in tests that start one).
    """
    settings.EMAIL_BACKEND = "outbox.backends.OutboxEmailBackend"


@pytest.fixture(autouse=True)
def _closed_circuits():
    """Every test starts with the search service's circuit closed (a breaker is process state)."""
    from search import external

    external.breaker.reset()


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts and ends in the default language (Dutch).

    Django's LocaleMiddleware activates a request's language in the thread and leaves it active
    after the response, so a test client's request to an English page would make the next test's
    ``reverse()`` and ``gettext`` English.
    """
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def no_api_cache(settings):
    """Switch the API answer cache off, so a test sees the work each request does."""
    settings.API_RESPONSE_CACHE_SECONDS = 0


@pytest.fixture
def artifacts_dir() -> Path:
    """Where tests save screenshots and other artifacts."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@dataclass
class Tree:
    """A small test region: one visible and one hidden gemeente with their content."""

    home: Page
    site: Site
    gemeente: Page
    wijk: Page
    wijk_prep: Page
    gemeente_prep: Page
    wijk_in_prep_gemeente: Page
    ontwikkeling_index: Page
    ontwikkeling: Page
    ontwikkeling_prep: Page
    marketplace: Page
    request: Page
    offer: Page
    request_prep: Page
    organisations: Page
    organisation: Page
    service: Page
    activity: Page
    activity_hidden: Page
    activity_regionwide: Page
    category: object


@pytest.fixture
def tree(db) -> Tree:
    """Build a region on its own Site (hostname testregio.localhost)."""
    root = Page.get_first_root_node()
    home = f.HomePageFactory(parent=root, slug="testregio")
    site = Site.objects.create(hostname="testregio.localhost", port=80, root_page=home)
    with visibility_store.deferred(home.path):  # one recompute of the region at the end
        return _build_tree(home, site)


def _build_tree(home, site) -> Tree:
    """The gemeenten, wijken, organisations and content of the test region."""
    category = f.CategoryFactory(slug="test-boodschappen", name="Boodschappen (test)")
    gemeente = f.GemeentePageFactory(parent=home, title="Testgemeente", slug="testgemeente")
    wijk = f.WijkPageFactory(
        parent=gemeente, title="Zonnewijk", slug="zonnewijk", postcodes="9991, 9992 AB"
    )
    wijk_prep = f.WijkPageFactory(
        parent=gemeente,
        title="Nieuwwijk",
        slug="nieuwwijk",
        rollout_phase="preparation",
        postcodes="9993",
    )
    gemeente_prep = f.GemeentePageFactory(
        parent=home, title="Laterdorp", slug="laterdorp", rollout_phase="preparation"
    )
    wijk_in_prep = f.WijkPageFactory(
        parent=gemeente_prep,
        title="Dorpskern",
        slug="dorpskern",
        rollout_phase="live",
        postcodes="9994",
    )
    index = f.OntwikkelingIndexPageFactory(parent=gemeente, slug="ontwikkelingen")
    ontwikkeling = f.OntwikkelingPageFactory(parent=index, title="Nieuw buurthuis")
    index_prep = f.OntwikkelingIndexPageFactory(parent=gemeente_prep, slug="ontwikkelingen")
    ontwikkeling_prep = f.OntwikkelingPageFactory(parent=index_prep, title="Geheim plan")
    market = f.MarketplacePageFactory(parent=gemeente, slug="vraag-en-aanbod")
    request = f.RequestPageFactory(parent=market, wijk=wijk, category=category)
    offer = f.OfferPageFactory(parent=market, wijk=wijk, category=category)
    market_prep = f.MarketplacePageFactory(parent=gemeente_prep, slug="vraag-en-aanbod")
    request_prep = f.RequestPageFactory(parent=market_prep, wijk=wijk_in_prep, category=category)
    organisations = f.OrganisationIndexPageFactory(parent=home, slug="organisaties")
    organisation = f.OrganisationPageFactory(parent=organisations, title="Buurtzorg Test")
    organisation.wijken.set([wijk])
    organisation.save()
    service = f.ServicePageFactory(parent=organisation, title="Boodschappendienst")
    service.wijken.set([wijk])
    service.categories.set([category])
    service.save()
    activity = f.ActivityPageFactory(parent=organisation, title="Koffie-ochtend Zonnewijk")
    activity.wijken.set([wijk, wijk_prep])
    activity.save()
    hidden = f.ActivityPageFactory(parent=organisation, title="Eetclub Nieuwwijk")
    hidden.wijken.set([wijk_prep, wijk_in_prep])
    hidden.save()
    regionwide = f.ActivityPageFactory(parent=organisation, title="Regiowandeling")
    return Tree(
        home=home,
        site=site,
        gemeente=gemeente,
        wijk=wijk,
        wijk_prep=wijk_prep,
        gemeente_prep=gemeente_prep,
        wijk_in_prep_gemeente=wijk_in_prep,
        ontwikkeling_index=index,
        ontwikkeling=ontwikkeling,
        ontwikkeling_prep=ontwikkeling_prep,
        marketplace=market,
        request=request,
        offer=offer,
        request_prep=request_prep,
        organisations=organisations,
        organisation=organisation,
        service=service,
        activity=activity,
        activity_hidden=hidden,
        activity_regionwide=regionwide,
        category=category,
    )


@pytest.fixture
def tree_client(client, tree):
    """A test client whose requests go to the test region's hostname."""
    client.defaults["HTTP_HOST"] = "testregio.localhost"
    return client
