"""Matching requests to offers: same category, same wijk first, then by text similarity.

Text similarity is the cosine of two sets of Dutch word stems, widened with a few concepts
(``CONCEPTS``), so that "boodschappen" meets "supermarkt" and "lift" meets "rijden". The
words, their folding, stop words and stems come from the one Dutch analysis (``home.dutch``,
shared with the site search); matching adds only its own rules: the concepts, the filler words
of the marketplace and the scoring.
"""

import math
from functools import lru_cache

from home.dutch import ascii_word, lemma_stem, stem, words

MIN_SIMILARITY = 0.12
CANDIDATES = 100
MIN_WORD_LENGTH = 3

# Words nearly every request or offer uses (on top of the Dutch stop words): they say nothing
# about which need two posts share, so they are left out of the comparison.
_FILLER_TEXT = """
aanbod af alle bied biedt buren buur buurt doe even fijn graag help helpen hulp hulpvraag
jij keer kun lekker leuk mag mee mens mensen per soms toe vraag waar week wel welke wijk
willen zoek zoekt
"""
FILLER_WORDS = frozenset(_FILLER_TEXT.split())

# Concept -> prefixes: a word whose folded form or stem starts with one belongs to the concept.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "boodschap": ("boodschap", "supermark", "winkel", "albert", "jumbo", "lidl", "aldi", "kopen"),
    "vervoer": (
        "rijd",
        "reed",
        "lift",
        "auto",
        "vervoer",
        "brengen",
        "breng",
        "halen",
        "ophal",
        "chauffeur",
        "taxi",
        "rolstoel",
    ),
    "zorg": (
        "ziekenhuis",
        "arts",
        "huisarts",
        "dokter",
        "tandarts",
        "fysio",
        "poli",
        "afsprak",
        "apothek",
    ),
    "hond": ("hond", "uitlat", "uitlaat", "huisdier", "kat", "poes"),
    "wandel": ("wandel", "loop", "lopen", "rollator", "frisse"),
    "gezelschap": (
        "koffie",
        "praat",
        "kletsen",
        "gezelschap",
        "bezoek",
        "eenzam",
        "thee",
        "spelletj",
        "kaart",
    ),
    "computer": (
        "computer",
        "laptop",
        "tablet",
        "ipad",
        "telefoon",
        "smartphon",
        "internet",
        "whatsapp",
        "digid",
        "email",
        "mail",
        "printer",
    ),
    "tuin": ("tuin", "snoei", "gras", "maai", "onkruid", "heg", "bladeren", "plant"),
    "klus": (
        "lamp",
        "ophang",
        "boor",
        "kast",
        "schilder",
        "behang",
        "kraan",
        "klus",
        "gereedschap",
        "repar",
        "fiets",
    ),
    "verhuis": ("verhuis", "doos", "dozen", "sjouw", "tillen", "meubel"),
    "koken": ("kook", "koken", "maaltijd", "eten", "soep", "warm"),
    "taal": (
        "taal",
        "nederlands",
        "lezen",
        "brief",
        "brieven",
        "formulier",
        "post",
        "papier",
        "administratie",
        "belasting",
    ),
    "kind": ("kind", "kinder", "oppas", "huiswerk", "school"),
}


@lru_cache(maxsize=20_000)
def word_tokens(word: str) -> frozenset[str]:
    """A word's stem and the concepts it belongs to; empty for stop, filler and short words."""
    folded = ascii_word(word)
    root = lemma_stem(word)
    if len(folded) < MIN_WORD_LENGTH or folded in FILLER_WORDS or not root:
        return frozenset()
    forms = (folded, stem(folded), root)
    found = {
        f"#{concept}"
        for concept, prefixes in CONCEPTS.items()
        if any(form.startswith(prefixes) for form in forms)
    }
    return frozenset({root, *found})


@lru_cache(maxsize=5_000)
def tokens(text: str) -> frozenset[str]:
    """Stems and concepts of a text (cached: texts repeat across views)."""
    return frozenset().union(*map(word_tokens, words(text)))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Cosine similarity of two token sets (0..1); shared concepts count double."""
    if not a or not b:
        return 0.0
    shared = a & b
    weight = sum(2 if t.startswith("#") else 1 for t in shared)
    return min(1.0, weight / math.sqrt(len(a) * len(b)))


def item_text(item) -> str:
    """The public text a match is judged on."""
    return f"{item.title} {item.title} {item.description} {item.when}"


def is_match(a, b) -> bool:
    """Whether two items (a request and an offer) belong together."""
    if a.category_id != b.category_id:
        return False
    return similarity(tokens(item_text(a)), tokens(item_text(b))) >= MIN_SIMILARITY


def rank(item, candidates) -> list:
    """Candidates that match, same wijk first, then by similarity."""
    mine = tokens(item_text(item))
    scored = []
    for other in candidates:
        if other.category_id != item.category_id:
            continue
        score = similarity(mine, tokens(item_text(other)))
        if score >= MIN_SIMILARITY:
            scored.append((other.wijk_id == item.wijk_id, score, other))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    return [other for _same, _score, other in scored]


def matches_for(item, limit: int = 5) -> list:
    """Published items of the other kind in the same gemeente that match ``item``."""
    from aanbod.models import RequestPage
    from aanbod.visibility import visible_offers, visible_requests

    others = visible_offers() if isinstance(item, RequestPage) else visible_requests()
    parent = item.get_parent()
    if parent is None:
        return []
    candidates = (
        others.child_of(parent)
        .filter(category_id=item.category_id)
        .exclude(pk=item.pk)
        .select_related("wijk", "category")
        .order_by("-first_published_at")[:CANDIDATES]
    )
    return rank(item, candidates)[:limit]
