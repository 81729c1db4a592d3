"""Dutch text analysis for the portal search: folding, lemmas, stems and stop words.

Every word is turned into a small set of *keys*: the folded word, the Snowball ``dutch`` stem
of the word and of its lemma (simplemma, corrected by ``OVERRIDES`` where simplemma or the
stemmer go wrong). The same function runs when a page is indexed and when a resident
searches, so a query word matches an indexed word whenever their key sets share a key.
That makes singular/plural and verb forms meet in both directions (fiets/fietsen,
huis/huizen, repareer/gerepareerd), whichever form the editor or the resident used.
Keys contain only ``[a-z0-9]``, so they are safe in a PostgreSQL ``tsquery`` or a SQL
``LIKE`` pattern without escaping.
"""

import re
import unicodedata
from functools import lru_cache

import simplemma
import snowballstemmer

# Irregular forms that simplemma or the Snowball stemmer get wrong (word -> lemma).
OVERRIDES: dict[str, str] = {
    "fietsen": "fiets",
    "fiets": "fiets",
    "fietste": "fiets",
    "fietsten": "fiets",
    "gefietst": "fiets",
    "huizen": "huis",
    "scholen": "school",
    "steden": "stad",
    "schepen": "schip",
    "leden": "lid",
    "wegen": "weg",
    "talen": "taal",
    "taal": "taal",
    "boeken": "boek",
    "kinderen": "kind",
    "eieren": "ei",
    "bladeren": "blad",
    "liederen": "lied",
    "wijken": "wijk",
    "tuinen": "tuin",
    "buren": "buur",
    "klussen": "klus",
    "klusjes": "klus",
    "klusje": "klus",
    "ouderen": "oudere",
    "oudere": "oudere",
    "computer": "computer",
    "computers": "computer",
    "zorg": "zorg",
    "zorgen": "zorg",
    "vervoer": "vervoer",
    "spelletjes": "spel",
    "spelletje": "spel",
    "dagen": "dag",
    "gaten": "gat",
    "paden": "pad",
    "smeden": "smid",
    "geboden": "gebod",
    "lessen": "les",
    "cursussen": "cursus",
    "musea": "museum",
    "centra": "centrum",
    "data": "datum",
}

# Dutch stop words (PostgreSQL's/Snowball's list): not indexed, dropped from queries.
_STOPWORD_TEXT = """
aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus
een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets
ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of
om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren
was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou
"""
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())

MAX_WORD_LENGTH = 40
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_stemmer = snowballstemmer.stemmer("dutch")


def fold(text: str) -> str:
    """Lower-case and strip diacritics: "CAFÉ" and "café" both become "cafe"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The words of a text, lower-cased, diacritics kept (for lemmatising)."""
    return [w for w in WORD_RE.findall((text or "").lower()) if len(w) <= MAX_WORD_LENGTH]


def _ascii(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(word))


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> tuple[str, ...]:
    """The index keys of one (lower-case) word; empty for a stop word."""
    folded = _ascii(word)
    if not folded or folded in STOPWORDS or word in STOPWORDS:
        return ()
    lemma = OVERRIDES.get(word) or OVERRIDES.get(folded)
    if lemma is None:
        lemma = simplemma.lemmatize(word, lang="nl").lower()
    lemma = _ascii(lemma) or folded
    # The folded word itself is a key too, so partial words match by prefix.
    keys = {folded, _stemmer.stemWord(folded), _stemmer.stemWord(lemma)}
    return tuple(sorted(k for k in keys if k))


def text_keys(text: str) -> list[str]:
    """All keys of a text, in order (duplicates kept, so frequency counts in ranking)."""
    return [key for word in words(text) for key in word_keys(word)]


def query_terms(query: str, max_terms: int = 8) -> list[tuple[str, tuple[str, ...]]]:
    """A query as (folded word, its keys) per meaningful word; stop words dropped."""
    terms: list[tuple[str, tuple[str, ...]]] = []
    seen: set[str] = set()
    for word in words(query):
        keys = word_keys(word)
        folded = _ascii(word)
        if keys and folded not in seen:
            seen.add(folded)
            terms.append((folded, keys))
        if len(terms) >= max_terms:
            break
    return terms


def folded_words(text: str) -> list[str]:
    """ASCII-folded words of a text (for the typo vocabulary and type-ahead)."""
    return [w for w in (_ascii(w) for w in words(text)) if w]
