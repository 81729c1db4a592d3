"""Dutch morphology, diacritics, numbers and typos, proved against the real search backend.

Runs on PostgreSQL in CI (tsvector + pg_trgm) and on SQLite (LIKE path) locally. The word
pairs and the analysis' own unit tests are in ``tests/search/test_dutch.py``.
"""

import pytest

from search.query import matching_page_ids, search_portal
from tests import factories as f
from tests.search.test_dutch import WORD_PAIRS

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair_pages(tree):
    """One ontwikkeling per form, its body the only place the word occurs."""
    pages = {}
    for index, (left, right) in enumerate(WORD_PAIRS):
        for side, word in (("l", left), ("r", right)):
            page = f.OntwikkelingPageFactory(
                parent=tree.ontwikkeling_index,
                title=f"Bericht {index}{side}",
                intro=f"In dit bericht staat {word} centraal.",
            )
            pages[(index, side)] = page.pk
    return pages


def test_every_pair_finds_each_other_in_both_directions(tree, pair_pages):
    misses = []
    for index, (left, right) in enumerate(WORD_PAIRS):
        found_by_right = matching_page_ids(tree.site, right)
        found_by_left = matching_page_ids(tree.site, left)
        if pair_pages[(index, "l")] not in found_by_right:
            misses.append(f"query {right!r} misses page with {left!r}")
        if pair_pages[(index, "r")] not in found_by_left:
            misses.append(f"query {left!r} misses page with {right!r}")
    assert misses == []


@pytest.mark.parametrize(
    ("typo", "title"),
    [
        ("fietsn", "Fietsen repareren voor iedereen"),
        ("vrijwiliger", "Vrijwilliger gezocht"),
        ("boodschapen", "Samen boodschappen doen"),
    ],
)
def test_typos_still_find_their_page(tree, typo, title):
    page = f.OntwikkelingPageFactory(parent=tree.ontwikkeling_index, title=title)
    outcome = search_portal(tree.site, typo)
    assert page.pk in [hit.page_id for hit in outcome.hits]


def test_a_typo_search_says_what_it_also_searched_for(tree):
    f.OntwikkelingPageFactory(parent=tree.ontwikkeling_index, title="Fietsen repareren")
    outcome = search_portal(tree.site, "fietsn")
    assert outcome.total >= 1
    assert any(word.startswith("fiets") for word in outcome.alternatives)


def test_a_partial_word_finds_the_whole_word(tree):
    page = f.OntwikkelingPageFactory(
        parent=tree.ontwikkeling_index, title="Vrijwilligerscentrale opent"
    )
    assert page.pk in matching_page_ids(tree.site, "vrijwilligersc")


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("50+", "Bewegen voor 50+"),
        ("bus 12", "Bus 12 rijdt een andere route"),
        ("buslijn 12", "Buslijn 12 rijdt om"),
        ("6131", "Spreekuur in 6131 AB Sittard"),
        ("6131 AB", "Spreekuur in 6131 AB Sittard"),
    ],
)
def test_numbers_bus_lines_and_postcodes_can_be_found(tree, query, title):
    page = f.OntwikkelingPageFactory(parent=tree.ontwikkeling_index, title=title)
    other = f.OntwikkelingPageFactory(parent=tree.ontwikkeling_index, title="Bewegen in de wijk")
    found = matching_page_ids(tree.site, query)
    assert page.pk in found and other.pk not in found


def test_every_word_of_a_longer_query_counts(tree):
    all_three = f.OntwikkelingPageFactory(
        parent=tree.ontwikkeling_index, title="Fietsen repareren in het buurthuis"
    )
    two_of_three = f.OntwikkelingPageFactory(
        parent=tree.ontwikkeling_index, title="Fietsen repareren bij de school"
    )
    found = matching_page_ids(tree.site, "fietsen repareren buurthuis")
    assert all_three.pk in found and two_of_three.pk not in found
