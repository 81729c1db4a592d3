"""Matching requests to offers: same category, same wijk first, then by text similarity.

Text similarity is the cosine of two sets of Dutch word stems, widened with a few concepts
(``CONCEPTS``), so that "boodschappen" meets "supermarkt" and "lift" meets "rijden".
"""

import math
import re
import unicodedata
from functools import lru_cache

import snowballstemmer

MIN_SIMILARITY = 0.12
CANDIDATES = 100

_STOPWORD_TEXT = """
aan al alle als bij dan dat de deze die dit doe doen door dus een en er even graag heb
hebben het hier hij hoe hun ik in is iets ja je jij kan kun kunnen maar me mee meer mij
mijn met mag moet na naar niet nog nu of om ook op over per soms te tot u uw van veel voor
waar wat week wel welke wie wil willen wordt zal ze zelf zijn zo zoek zoekt zou iemand
keer af toe mensen mens hulp help helpen hulpvraag aanbod vraag bied biedt buurt buur
buren wijk fijn leuk lekker
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

# Stem prefixes -> a shared concept token.
CONCEPTS = {
    "boodschap": ["boodschap", "supermark", "winkel", "albert", "jumbo", "lidl", "aldi", "kopen"],
    "vervoer": [
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
    ],
    "zorg": [
        "ziekenhuis",
        "arts",
        "huisarts",
        "dokter",
        "tandarts",
        "fysio",
        "poli",
        "afsprak",
        "apothek",
    ],
    "hond": ["hond", "uitlat", "uitlaat", "huisdier", "kat", "poes"],
    "wandel": ["wandel", "loop", "lopen", "rollator", "frisse"],
    "gezelschap": [
        "koffie",
        "praat",
        "kletsen",
        "gezelschap",
        "bezoek",
        "eenzam",
        "thee",
        "spelletj",
        "kaart",
    ],
    "computer": [
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
    ],
    "tuin": ["tuin", "snoei", "gras", "maai", "onkruid", "heg", "bladeren", "plant"],
    "klus": [
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
    ],
    "verhuis": ["verhuis", "doos", "dozen", "sjouw", "tillen", "meubel"],
    "koken": ["kook", "koken", "maaltijd", "eten", "soep", "warm"],
    "taal": [
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
    ],
    "kind": ["kind", "kinder", "oppas", "huiswerk", "school"],
}
_STEMMER = snowballstemmer.stemmer("dutch")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=20_000)
def _word_tokens(word: str) -> frozenset[str]:
    stem = _STEMMER.stemWord(word)
    tokens = {stem}
    for concept, prefixes in CONCEPTS.items():
        if any(stem.startswith(p) or word.startswith(p) for p in prefixes):
            tokens.add(f"#{concept}")
    return frozenset(tokens)


@lru_cache(maxsize=5_000)
def tokens(text: str) -> frozenset[str]:
    """Stems and concepts of a text, without stopwords (cached: texts repeat across views)."""
    out: set[str] = set()
    for word in re.findall(r"[a-z]+", _fold(text)):
        if len(word) > 2 and word not in STOPWORDS:
            out |= _word_tokens(word)
    return frozenset(out)


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
