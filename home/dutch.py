"""Dutch text analysis: the one used by the site search and by marketplace matching.

Every word is turned into a small set of *keys*: the folded word, the Snowball ``dutch`` stem
of the word and of its lemma (simplemma, corrected by ``OVERRIDES`` where simplemma or the
stemmer go wrong). The search runs the same function when a page is indexed and when a
resident searches, so a query word matches an indexed word whenever their key sets share a
key. That makes singular/plural and verb forms meet in both directions (fiets/fietsen,
huis/huizen, repareer/gerepareerd), whichever form the editor or the resident used.
Matching (``aanbod.marketplace.matching``) compares texts by ``lemma_stem``, the one key that
stands for a word's dictionary form. Keys contain only ``[a-z0-9]`` (digits stay, so "50+",
bus numbers and postcodes can be found), so they are safe in a PostgreSQL ``tsquery`` or a
SQL ``LIKE`` pattern without escaping. Pure Python: no Django, so settings may import it.
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
MAX_QUERY_TERMS = 8
WORD_RE = re.compile(r"[^\W_]+")
_NOT_KEY_RE = re.compile(r"[^a-z0-9]")
_stemmer = snowballstemmer.stemmer("dutch")


def fold(text: str) -> str:
    """Lower-case and strip diacritics: "CAFÉ" and "café" both become "cafe"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str | None) -> list[str]:
    """The words of a text, lower-cased, diacritics kept (for lemmatising); no over-long ones."""
    return [w for w in WORD_RE.findall((text or "").lower()) if len(w) <= MAX_WORD_LENGTH]


def ascii_word(word: str) -> str:
    """A word folded to the key alphabet ``[a-z0-9]``: "Ideeën" becomes "ideeen"."""
    return _NOT_KEY_RE.sub("", fold(word))


def lemma(word: str) -> str:
    """The folded dictionary form of a (lower-case) word: ``OVERRIDES`` first, then simplemma.

    A lemma with no latin letter or digit (simplemma may know a word from another script)
    falls back to the word itself, so no key is ever empty.
    """
    folded = ascii_word(word)
    return OVERRIDES.get(folded) or ascii_word(simplemma.lemmatize(word, lang="nl")) or folded


def stem(word: str) -> str:
    """The Snowball ``dutch`` stem of a folded word."""
    return _stemmer.stemWord(word)


def is_stopword(word: str) -> bool:
    """Whether a word says nothing on its own (de, het, een...), or has no letters or digits."""
    folded = ascii_word(word)
    return not folded or folded in STOPWORDS


@lru_cache(maxsize=200_000)
def lemma_stem(word: str) -> str:
    """The one key standing for a (lower-case) word's dictionary form; "" for a stop word."""
    return "" if is_stopword(word) else stem(lemma(word))


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> tuple[str, ...]:
    """The index keys of one (lower-case) word, sorted; empty for a stop word."""
    root = lemma_stem(word)
    if not root:
        return ()
    folded = ascii_word(word)
    # The folded word itself is a key too, so partial words match by prefix.
    return tuple(sorted({folded, stem(folded), root}))


def text_keys(text: str) -> list[str]:
    """All keys of a text, in order (duplicates kept, so frequency counts in ranking)."""
    return [key for word in words(text) for key in word_keys(word)]


def query_terms(query: str, max_terms: int = MAX_QUERY_TERMS) -> list[tuple[str, tuple[str, ...]]]:
    """A query as (folded word, its keys) per meaningful word; stop words and repeats dropped."""
    terms: dict[str, tuple[str, ...]] = {}
    for word in words(query):
        keys = word_keys(word)
        if keys:
            terms.setdefault(ascii_word(word), keys)
        if len(terms) >= max_terms:
            break
    return list(terms.items())


def folded_words(text: str) -> list[str]:
    """ASCII-folded words of a text (for the typo vocabulary and type-ahead)."""
    return [w for w in map(ascii_word, words(text)) if w]
