"""Dutch morphology, diacritics and typos, proved against the real search table and backend.

Runs on PostgreSQL in CI (tsvector + pg_trgm) and on SQLite (LIKE path) locally.
"""

import pytest

from home.dutch import word_keys
from search.query import matching_page_ids, search_portal
from tests import factories as f

pytestmark = pytest.mark.django_db

# (form in the page, form in the query): each pair is tested in both directions.
WORD_PAIRS = [
    ("fiets", "fietsen"),
    ("huis", "huizen"),
    ("kind", "kinderen"),
    ("activiteit", "activiteiten"),
    ("vrijwilliger", "vrijwilligers"),
    ("boodschap", "boodschappen"),
    ("wijk", "wijken"),
    ("repareren", "repareer"),
    ("repareren", "gerepareerd"),
    ("repareer", "gerepareerd"),
    ("café", "cafe"),
    ("CAFÉ", "cafe"),
    ("café", "CAFE"),
    ("buurthuis", "buurthuizen"),
    ("woning", "woningen"),
    ("oudere", "ouderen"),
    ("school", "scholen"),
    ("stad", "steden"),
    ("dag", "dagen"),
    ("schip", "schepen"),
    ("lid", "leden"),
    ("maaltijd", "maaltijden"),
    ("tuin", "tuinen"),
    ("straat", "straten"),
    ("weg", "wegen"),
    ("boek", "boeken"),
    ("brief", "brieven"),
    ("vrouw", "vrouwen"),
    ("man", "mannen"),
    ("wandeling", "wandelingen"),
    ("wandelen", "gewandeld"),
    ("fietsen", "fietste"),
    ("helpen", "geholpen"),
    ("helpen", "hielp"),
    ("mantelzorger", "mantelzorgers"),
    ("gezin", "gezinnen"),
    ("taal", "talen"),
    ("les", "lessen"),
    ("spel", "spelletjes"),
    ("klus", "klussen"),
    ("buur", "buren"),
    ("computer", "computers"),
    ("cursus", "cursussen"),
    ("koken", "gekookt"),
    ("ideeën", "ideeen"),
    ("reünie", "reunie"),
    ("coördinator", "coordinator"),
    ("lopen", "liep"),
    ("maken", "gemaakt"),
    ("bibliotheek", "bibliotheken"),
    ("museum", "musea"),
    ("ontmoeting", "ontmoetingen"),
]


def test_the_table_has_at_least_forty_pairs():
    assert len(WORD_PAIRS) >= 40


def test_een_and_een_with_accents_fold_to_the_same_word():
    # Both are stop words (never indexed, like PostgreSQL's dutch configuration does),
    # so they cannot be searched for alone; they still fold to the same form.
    assert word_keys("één") == word_keys("een") == ()
    assert word_keys("Éénpansgerecht".lower()) == word_keys("eenpansgerecht")


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
