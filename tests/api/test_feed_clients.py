"""Feed readers get valid feeds whose ids do not depend on the address they subscribed through.

The Atom feed is validated against the RELAX NG schema of RFC 4287 (tests/api/schemas/atom.rnc,
converted with rnc2rng, checked with lxml); both feeds are read with ``feedparser``, the parser
behind many feed readers.
"""

import datetime
from pathlib import Path

from django.urls import reverse

import feedparser
import lxml.etree as ET
import pytest
import rnc2rng

from tests import factories as f

pytestmark = pytest.mark.django_db
ATOM_SCHEMA = Path(__file__).resolve().parent / "schemas" / "atom.rnc"


@pytest.fixture(scope="module")
def atom_schema() -> ET.RelaxNG:
    """RFC 4287's schema, ready for lxml."""
    return ET.RelaxNG(ET.fromstring(rnc2rng.dumps(rnc2rng.load(str(ATOM_SCHEMA))).encode()))


@pytest.fixture
def news(tree):
    """Two ontwikkelingen of the test gemeente."""
    f.OntwikkelingPageFactory(
        parent=tree.ontwikkeling_index, title="Nieuwe speeltuin", date=datetime.date(2026, 11, 2)
    )
    return tree


def _get(client, name, gemeente, host="testregio.localhost"):
    response = client.get(reverse(name, args=[gemeente.pk]), HTTP_HOST=host)
    assert response.status_code == 200
    return response.content


def test_atom_feed_is_valid_by_the_rfc_4287_schema(client, news, atom_schema):
    body = _get(client, "ontwikkelingen_atom", news.gemeente)
    assert atom_schema.validate(ET.fromstring(body)), atom_schema.error_log
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert [e.title for e in parsed.entries] == ["Nieuwe speeltuin", "Nieuw buurthuis"]
    for entry in parsed.entries:
        assert entry.id.startswith("tag:testregio.localhost,2026:ontwikkeling-")
        assert entry.author == "Gemeente Testgemeente"
        assert entry.link.startswith("http://testregio.localhost/")
    assert parsed.feed.id == f"tag:testregio.localhost,2026:ontwikkelingen-{news.gemeente.pk}"


def test_rss_feed_reads_cleanly_with_the_same_ids(client, news):
    parsed = feedparser.parse(_get(client, "ontwikkelingen_rss", news.gemeente))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    atom = feedparser.parse(_get(client, "ontwikkelingen_atom", news.gemeente))
    assert [e.id for e in parsed.entries] == [e.id for e in atom.entries]
    assert all(e.link.startswith("http://testregio.localhost/") for e in parsed.entries)


def test_entry_ids_and_links_do_not_depend_on_the_host_asked(client, news, settings):
    settings.ALLOWED_HOSTS = ["*"]
    asked_directly = feedparser.parse(_get(client, "ontwikkelingen_atom", news.gemeente))
    asked_on_other_port = feedparser.parse(
        _get(client, "ontwikkelingen_atom", news.gemeente, host="testregio.localhost:8080")
    )
    assert [e.id for e in asked_on_other_port.entries] == [e.id for e in asked_directly.entries]
    assert [e.link for e in asked_on_other_port.entries] == [e.link for e in asked_directly.entries]
