"""Matching quality: a table of request/offer pairs that should and should not match."""

from dataclasses import dataclass

import pytest

from aanbod.marketplace.matching import is_match, rank


@dataclass
class Item:
    title: str
    description: str
    category_id: int = 1
    wijk_id: int = 1
    when: str = ""


SHOPPING, TRANSPORT, COMPANY, ODD_JOBS, DIGITAL, GARDEN = range(1, 7)

# (category, request title, request text, offer title, offer text, should match)
PAIRS = [
    (
        SHOPPING,
        "Boodschappen gezocht",
        "Wie doet wekelijks boodschappen voor mij?",
        "Ik ga naar de supermarkt",
        "Elke vrijdag naar de Jumbo, neem graag iets mee.",
        True,
    ),
    (
        SHOPPING,
        "Hulp bij boodschappen",
        "Ik kan niet meer tillen, wie haalt mijn boodschappen?",
        "Boodschappen doen",
        "Ik doe graag boodschappen voor een buurtgenoot.",
        True,
    ),
    (
        SHOPPING,
        "Apotheek ophalen",
        "Wie haalt mijn medicijnen bij de apotheek?",
        "Ik haal dingen op",
        "Ik kan medicijnen ophalen bij de apotheek.",
        True,
    ),
    (
        TRANSPORT,
        "Lift naar het ziekenhuis",
        "Ik heb een afspraak in het ziekenhuis.",
        "Ik rijd u naar uw afspraak",
        "Met de auto naar de huisarts of het ziekenhuis.",
        True,
    ),
    (
        TRANSPORT,
        "Vervoer naar de tandarts",
        "Wie brengt mij naar de tandarts in Geleen?",
        "Chauffeur voor buren",
        "Ik breng mensen met de auto naar afspraken.",
        True,
    ),
    (
        TRANSPORT,
        "Rolstoelvervoer",
        "Wie kan mij in de rolstoel naar de markt duwen?",
        "Rolstoel duwen",
        "Ik wandel graag met iemand in een rolstoel naar de markt.",
        True,
    ),
    (
        COMPANY,
        "Gezelschap gezocht",
        "Ik ben veel alleen en drink graag koffie samen.",
        "Koffie en een praatje",
        "Ik kom graag op bezoek voor koffie en een praatje.",
        True,
    ),
    (
        COMPANY,
        "Samen wandelen",
        "Ik loop met een rollator en wandel graag in het park.",
        "Wandelmaatje",
        "Ik wandel elke dag en neem graag iemand mee.",
        True,
    ),
    (
        COMPANY,
        "Spelletjesmiddag",
        "Wie wil met mij kaarten of een spelletje doen?",
        "Kaarten en spelletjes",
        "Ik speel graag spelletjes met ouderen.",
        True,
    ),
    (
        ODD_JOBS,
        "Lamp ophangen",
        "Wie hangt de lamp in de woonkamer op?",
        "Kleine klussen",
        "Ik help met klussen: lampen ophangen, kastjes, boren.",
        True,
    ),
    (
        ODD_JOBS,
        "Kraan lekt",
        "Mijn kraan lekt, wie kan hem repareren?",
        "Klusjesman",
        "Ik repareer kranen, deuren en andere klussen in huis.",
        True,
    ),
    (
        DIGITAL,
        "Hulp met DigiD",
        "Ik snap DigiD op mijn tablet niet.",
        "Computerhulp",
        "Ik help met de computer, tablet, DigiD en e-mail.",
        True,
    ),
    (
        DIGITAL,
        "WhatsApp leren",
        "Wie leert mij WhatsApp op mijn telefoon?",
        "Hulp met de smartphone",
        "Ik leg uit hoe je telefoon en WhatsApp werken.",
        True,
    ),
    (
        GARDEN,
        "Tuin bijhouden",
        "Mijn tuin groeit dicht, wie helpt snoeien?",
        "Tuinhulp",
        "Ik maai gras en snoei heggen in de buurt.",
        True,
    ),
    # Same category, different need: no match.
    (
        ODD_JOBS,
        "Lamp ophangen",
        "Wie hangt de lamp in de woonkamer op?",
        "Verhuishulp",
        "Ik help met verhuizen en dozen sjouwen.",
        False,
    ),
    (
        DIGITAL,
        "Hulp met DigiD",
        "Ik snap DigiD op mijn tablet niet.",
        "Printer installeren",
        "Ik sluit uw printer aan.",
        True,
    ),
    (
        COMPANY,
        "Gezelschap gezocht",
        "Ik ben veel alleen en drink graag koffie samen.",
        "Hond uitlaten",
        "Ik laat uw hond uit als u dat zelf niet kunt.",
        False,
    ),
    (
        TRANSPORT,
        "Lift naar het ziekenhuis",
        "Ik heb een afspraak in het ziekenhuis.",
        "Fiets repareren",
        "Ik maak lekke banden van fietsen.",
        False,
    ),
    (
        SHOPPING,
        "Boodschappen gezocht",
        "Wie doet wekelijks boodschappen voor mij?",
        "Samen koken",
        "Ik kook een warme maaltijd voor wie dat wil.",
        False,
    ),
    (
        GARDEN,
        "Tuin bijhouden",
        "Mijn tuin groeit dicht, wie helpt snoeien?",
        "Brieven lezen",
        "Ik help met post, formulieren en administratie.",
        False,
    ),
    (
        COMPANY,
        "Samen wandelen",
        "Ik loop met een rollator en wandel graag in het park.",
        "Huiswerkhulp",
        "Ik help kinderen met huiswerk voor school.",
        False,
    ),
    (
        DIGITAL,
        "WhatsApp leren",
        "Wie leert mij WhatsApp op mijn telefoon?",
        "Behangen",
        "Ik behang en schilder kamers.",
        False,
    ),
]
# A different category never matches, however alike the text.
CROSS = [
    (
        SHOPPING,
        "Boodschappen gezocht",
        "Wie doet boodschappen voor mij?",
        TRANSPORT,
        "Boodschappen doen",
        "Ik doe boodschappen voor u.",
    ),
    (
        COMPANY,
        "Koffie drinken",
        "Samen koffie drinken?",
        DIGITAL,
        "Koffie en de computer",
        "Bij een kop koffie help ik met de computer.",
    ),
]


@pytest.mark.parametrize(("category", "rt", "rd", "ot", "od", "expected"), PAIRS)
def test_pairs_match_or_not(category, rt, rd, ot, od, expected):
    request = Item(rt, rd, category_id=category)
    offer = Item(ot, od, category_id=category)
    assert is_match(request, offer) is expected
    assert is_match(offer, request) is expected  # symmetric


@pytest.mark.parametrize(("c1", "rt", "rd", "c2", "ot", "od"), CROSS)
def test_another_category_never_matches(c1, rt, rd, c2, ot, od):
    assert not is_match(Item(rt, rd, category_id=c1), Item(ot, od, category_id=c2))


def test_the_table_is_big_enough_and_balanced():
    assert len(PAIRS) + len(CROSS) >= 20
    assert sum(p[-1] for p in PAIRS) >= 10 and sum(not p[-1] for p in PAIRS) >= 6


def test_same_wijk_comes_first_then_similarity():
    request = Item("Boodschappen gezocht", "Wie doet boodschappen bij de supermarkt?", wijk_id=1)
    far_but_close_text = Item(
        "Boodschappen supermarkt", "Ik doe boodschappen in de supermarkt.", wijk_id=2
    )
    near = Item("Boodschappen doen", "Ik help met boodschappen.", wijk_id=1)
    unrelated = Item("Schilderen", "Ik schilder uw kozijnen.", wijk_id=1)
    assert rank(request, [far_but_close_text, unrelated, near]) == [near, far_but_close_text]
