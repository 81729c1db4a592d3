"""Settings for Elasticsearch 9 / OpenSearch 3 with a Dutch analyser (see docs/search.md).

Imported by the settings modules, so it must not import models. The analyser folds case and
diacritics (``asciifolding``), drops Dutch stop words, applies a ``stemmer_override`` built
from the same irregular forms the database search uses (fiets/fietsen, huis/huizen...) and
then the Dutch Snowball stemmer.
"""

import os

from home.breaker import CircuitBreaker
from home.dutch import OVERRIDES, STOPWORDS

# Short, so a service that accepts connections and never answers costs one search under a
# second; then the breaker skips it for SEARCH_CIRCUIT_SECONDS and search answers from the
# database (search.query.search_portal).
TIMEOUT_SECONDS = float(os.environ.get("SEARCH_TIMEOUT_SECONDS", "0.8"))
breaker = CircuitBreaker(
    "Search service", cooldown=float(os.environ.get("SEARCH_CIRCUIT_SECONDS", "30"))
)


class SearchServiceSkipped(Exception):
    """The search service's circuit is open: it failed a moment ago and is not asked now."""


def stemmer_override_rules() -> list[str]:
    """``word => lemma`` rules for Elasticsearch's stemmer_override filter."""
    targets: dict[str, set[str]] = {}
    for word, lemma in OVERRIDES.items():
        targets.setdefault(lemma, set()).update({word, lemma})
    return [f"{', '.join(sorted(words))} => {lemma}" for lemma, words in sorted(targets.items())]


def dutch_index_settings() -> dict:
    """INDEX_SETTINGS with the Dutch default analyser for Wagtail's Elasticsearch backends."""
    return {
        "settings": {
            "analysis": {
                "filter": {
                    "dutch_stop": {"type": "stop", "stopwords": sorted(STOPWORDS)},
                    "dutch_override": {
                        "type": "stemmer_override",
                        "rules": stemmer_override_rules(),
                    },
                    "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                },
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [
                            "lowercase",
                            "asciifolding",
                            "dutch_stop",
                            "dutch_override",
                            "dutch_stemmer",
                        ],
                    }
                },
            }
        }
    }


def external_search_backends(
    elasticsearch_urls: list[str], opensearch_urls: list[str], index: str = "wijkportaal"
) -> dict | None:
    """WAGTAILSEARCH_BACKENDS for a configured search service, or None for the database."""
    if elasticsearch_urls:
        backend, urls = "wagtail.search.backends.elasticsearch9", elasticsearch_urls
    elif opensearch_urls:
        backend, urls = "wagtail.search.backends.opensearch3", opensearch_urls
    else:
        return None
    return {
        "default": {
            "BACKEND": backend,
            "URLS": urls,
            "INDEX": index,
            "TIMEOUT": TIMEOUT_SECONDS,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": dutch_index_settings(),
            "AUTO_UPDATE": True,
        }
    }
