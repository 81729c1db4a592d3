"""System checks: every configured service has its client library installed.

``manage.py check`` (and so ``check --deploy``, ``migrate`` and every server start) fails with
``wijkportaal.E001`` when the settings name a cache, database or search backend whose Python
package is missing, instead of the first request failing.
"""

import importlib

from django.conf import settings
from django.core.checks import Error, register

# A backend path containing the key needs the module named by the value.
CLIENT_LIBRARIES = {
    "redis": "redis",
    "memcached.PyMemcacheCache": "pymemcache",
    "memcached.PyLibMCCache": "pylibmc",
    "postgresql": "psycopg",
    "elasticsearch": "elasticsearch",
    "opensearch": "opensearchpy",
}


def _missing(backend: str) -> str | None:
    for marker, module in CLIENT_LIBRARIES.items():
        if marker.lower() in backend.lower():
            try:
                importlib.import_module(module)
            except ImportError:
                return module
    return None


def configured_backends() -> list[tuple[str, str]]:
    """(setting, backend path) of every configured cache, database and search service."""
    found = [(f"CACHES[{name!r}]", c.get("BACKEND", "")) for name, c in settings.CACHES.items()]
    found += [
        (f"CACHES[{n!r}] LOCATION", str(c.get("LOCATION", ""))) for n, c in settings.CACHES.items()
    ]
    found += [(f"DATABASES[{n!r}]", d.get("ENGINE", "")) for n, d in settings.DATABASES.items()]
    found += [
        (f"WAGTAILSEARCH_BACKENDS[{n!r}]", b.get("BACKEND", ""))
        for n, b in getattr(settings, "WAGTAILSEARCH_BACKENDS", {}).items()
    ]
    return found


@register()
def service_client_libraries(app_configs=None, **kwargs) -> list[Error]:
    """wijkportaal.E001 for each configured service whose client library is not installed."""
    errors = []
    for setting, backend in configured_backends():
        module = _missing(backend)
        if module:
            errors.append(
                Error(
                    f"{setting} uses {backend!r}, but the Python package {module!r} "
                    "is not installed.",
                    hint="Install the project with its dependencies (pip install .), "
                    "or change the setting.",
                    id="wijkportaal.E001",
                )
            )
    return errors
