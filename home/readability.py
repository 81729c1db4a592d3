"""Readability of a Dutch text for B1 readers: heuristics that point at what to rewrite.

Advice for editors, never a rule: nothing here blocks saving. The thresholds and their sources
are documented in ``docs/readability.md``; in short:

- **Score**: Flesch-Douma, ``206.835 - 0.93 * (words per sentence) - 77 * (syllables per word)``
  (W.H. Douma, 1960: Flesch's reading ease adjusted to Dutch). Higher is easier; we aim at 60
  ("normaal" in Douma's table) or more.
- **Long sentence**: more than ``MAX_SENTENCE_WORDS`` (20) words, the upper end of the 15-20 words
  that Dutch government writing guides name as an average to aim for.
- **Long word**: more than ``LONG_WORD_LETTERS`` (13) letters or more than
  ``LONG_WORD_SYLLABLES`` (5) syllables: our own choice, there is no official norm.
- **Jargon**: ambtelijke words with a plain alternative (``JARGON``).
- **Passive**: a form of *worden* with a past participle, or a form of *zijn* with a participle
  and *door* (the writing guides' advice: "schrijf actief, gebruik zo min mogelijk worden").

Syllables are counted as groups of vowels (a, e, i, o, u, y): "aa", "ie", "oei" are one group,
and a vowel with a diaeresis ("ideeën") starts a new one. That is an approximation: vowel clashes
in loan words and compounds ("theater", "koffieochtend") count one syllable short.

Pure Python (nh3 for stripping HTML): no Django, so any layer may use it.
"""

import html
import re
from dataclasses import dataclass, field

import nh3

from home.dutch import fold

MAX_SENTENCE_WORDS = 20
LONG_WORD_LETTERS = 13
LONG_WORD_SYLLABLES = 5
TARGET_SCORE = 60
MAX_TEXT_CHARS = 50_000

# Douma's table: the lowest score of each band, easiest first (DBNL, see docs/readability.md).
LEVELS: tuple[tuple[int, str], ...] = (
    (90, "very_easy"),
    (80, "easy"),
    (70, "fairly_easy"),
    (60, "normal"),
    (45, "fairly_difficult"),
    (30, "difficult"),
    (0, "very_difficult"),
)

# Ambtelijke words and phrases -> a plain alternative. Several forms of one verb are one entry
# (forms separated by "|"); a phrase matches as whole words, in any case. Collected from the
# "liever niet / maar wel" lists of Dutch municipal and government writing guides.
JARGON_ENTRIES: tuple[tuple[str, str], ...] = (
    ("aangaande", "over"),
    ("aanvang|aanvangen|vangt aan", "begin, beginnen"),
    ("aanwenden|wendt aan|aangewend", "gebruiken"),
    ("alsmede", "en, ook"),
    ("alvorens", "voordat"),
    ("bij dezen", "hierbij"),
    ("conform", "volgens"),
    ("derhalve", "daarom"),
    ("desalniettemin", "toch"),
    ("desgewenst", "als je wilt"),
    ("dient te|dienen te|dient u|dient je", "moet, moeten"),
    ("dientengevolge", "daardoor"),
    ("doch", "maar"),
    ("eveneens", "ook"),
    ("faciliteren|faciliteert|gefaciliteerd", "helpen, mogelijk maken"),
    ("gaarne", "graag"),
    ("gelieve", "wil je"),
    ("hetgeen", "wat"),
    ("hieromtrent", "hierover"),
    ("implementeren|implementeert|geïmplementeerd", "invoeren"),
    ("in het kader van", "bij, voor"),
    ("indien", "als"),
    ("ingevolge", "volgens"),
    ("inzake", "over"),
    ("kenbaar maken|maakt kenbaar", "laten weten"),
    ("met betrekking tot", "over"),
    ("met ingang van", "vanaf"),
    ("middels", "met, door"),
    ("mits", "als"),
    ("noodzakelijk", "nodig"),
    ("omtrent", "over"),
    ("onverwijld", "meteen"),
    ("participeren|participeert", "meedoen"),
    ("reeds", "al"),
    ("retourneren|retourneert|geretourneerd", "terugsturen"),
    ("ten aanzien van", "over"),
    ("ten behoeve van", "voor"),
    ("ten gevolge van", "door"),
    ("teneinde|ten einde", "om"),
    ("ter beschikking stellen|ter beschikking gesteld|stelt ter beschikking", "geven"),
    ("tevens", "ook"),
    ("thans", "nu"),
    ("trachten|tracht|getracht", "proberen"),
    ("vermits", "omdat"),
    ("verstrekken|verstrekt|verstrekte|verstrekten", "geven"),
    ("verzoeke|verzoeken|verzoekt|verzocht", "vragen"),
    ("voornoemd|voornoemde", "deze, genoemde"),
    ("voorts", "verder"),
    ("woonachtig", "wonen"),
    ("zorg dragen voor|zorgdragen voor|draagt zorg voor", "zorgen voor"),
    ("zulks", "dat"),
)
JARGON: dict[str, str] = {
    form: plain for forms, plain in JARGON_ENTRIES for form in forms.split("|")
}

_WORDEN = frozenset({"wordt", "worden", "werd", "werden", "geworden"})
_ZIJN = frozenset({"is", "zijn", "was", "waren", "ben", "bent", "geweest"})
_PARTICLES = (
    "aan|af|bij|door|in|langs|mee|na|neer|om|op|over|rond|samen|terug|toe|uit|vast|voor|weg"
)
# ge...d/t/en ("gehuurd", "geschonken"), after a separable particle too ("ingevuld"), or an
# unstressed prefix without ge ("betaald", "verbouwd").
_PARTICIPLE_RE = re.compile(
    rf"^(?:(?:{_PARTICLES})?ge[^\W\d_]{{2,}}(?:d|t|en)|(?:be|ver|ont|her|er)[^\W\d_]{{2,}}[dt])$"
)
# Words that look like a participle (ge...d/t/en) but are nouns, adjectives or present tense.
_NOT_PARTICIPLE_TEXT = """
    gebied gebieden geduld gezond geschikt gemeenten gesprekken gezinnen gevolgen genieten
    geniet gebeurt geldt gelooft gewicht gezicht geluid gebruiken getuigen geheugen gedachten
    gewoonten geleden gelegenheden gevallen gedicht gerecht gebed gemoed geboorten beroemd bekend
    verband verstand verschilt bestand bezit ontwerpt verkeerd verleden verhaalt bereid
    bewust bericht verlicht beleid aangezien ingewikkeld"""
_NOT_PARTICIPLES = frozenset(_NOT_PARTICIPLE_TEXT.split())
_PASSIVE_WINDOW = 10  # the auxiliary and the participle at most this many words apart

_VOWELS = frozenset("aeiouyáàâéèêíìîóòôúùû")
_DIAERESIS = frozenset("äëïöüÿ")
_WORD_RE = re.compile("[^\\W_]+(?:[-'\u2019.][^\\W_]+)*")
_LETTER_RE = re.compile(r"[^\W\d_]")
_BLOCK_END_RE = re.compile(r"<br\s*/?>|</(?:p|h[1-6]|li|ul|ol|div|blockquote|tr|td|th)\s*>", re.I)
# A sentence ends at . ! ? or … before a space and a capital letter, digit or opening quote.
_SENTENCE_END_RE = re.compile("(?<=[.!?\u2026])\\s+(?=[\"'\u201c\u2018(]?[A-Z0-9\u00c0-\u00dd])")
_ABBREVIATION_TEXT = """
    bijv. bv. bijvoorbeeld. o.a. d.w.z. enz. etc. ca. nr. tel. mevr. dhr. mr. dr. ir. drs. i.p.v.
    z.s.m. t.o.v. m.b.t. incl. excl. max. min. zgn. vgl. resp. jl. a.s. e.d. evt."""
_ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())


@dataclass(frozen=True)
class Hint:
    """One thing to look at in a sentence: its kind, the words concerned, a plain alternative."""

    kind: str  # "long_sentence", "long_word", "jargon" or "passive"
    text: str
    alternative: str = ""
    words: int = 0  # for a long sentence: its length


@dataclass(frozen=True)
class Sentence:
    """A sentence of the text with its word count and what to look at."""

    text: str
    words: int
    syllables: int
    hints: tuple[Hint, ...] = ()


@dataclass(frozen=True)
class Report:
    """The readability of a text: counts, the Flesch-Douma score and the sentences to look at."""

    words: int = 0
    syllables: int = 0
    sentences: tuple[Sentence, ...] = field(default_factory=tuple)

    @property
    def score(self) -> float | None:
        """The Flesch-Douma score, limited to 0-100; None for a text without words."""
        if not self.words:
            return None
        per_sentence = self.words / len(self.sentences)
        per_word = self.syllables / self.words
        return max(0.0, min(100.0, 206.835 - 0.93 * per_sentence - 77 * per_word))

    @property
    def level(self) -> str:
        """The band of Douma's table the score falls in ("" without a score)."""
        score = self.score
        if score is None:
            return ""
        return next(name for lowest, name in LEVELS if score >= lowest)

    @property
    def average_sentence_words(self) -> float:
        """Words per sentence."""
        return self.words / len(self.sentences) if self.sentences else 0.0

    @property
    def to_review(self) -> list[Sentence]:
        """The sentences with at least one hint, in text order."""
        return [sentence for sentence in self.sentences if sentence.hints]


def plain_text(value: str) -> str:
    """Text without HTML: block ends (paragraphs, headings, list items) become line breaks."""
    value = _BLOCK_END_RE.sub("\n", value or "")
    return html.unescape(nh3.clean(value, tags=set())).replace("\xa0", " ")


def split_sentences(text: str) -> list[str]:
    """The sentences of a plain text: every line is at least one sentence (headings, list items)."""
    sentences: list[str] = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        start = 0
        for match in _SENTENCE_END_RE.finditer(line):
            before = line[start : match.start()].rsplit(" ", 1)[-1].lower()
            if before in _ABBREVIATIONS:
                continue
            sentences.append(line[start : match.start()])
            start = match.end()
        sentences.append(line[start:])
    return [s for s in sentences if _WORD_RE.search(s)]


def sentence_words(sentence: str) -> list[str]:
    """The words of a sentence as written ("e-mail", "10.30" and "o.a" are one word)."""
    return _WORD_RE.findall(sentence)


def syllables(word: str) -> int:
    """Syllables of a word, counted as vowel groups (at least 1); see the module docstring."""
    count = 0
    in_group = False
    for char in word.lower():
        if char in _DIAERESIS:
            count += 1
            in_group = True
        elif char in _VOWELS:
            if not in_group:
                count += 1
            in_group = True
        else:
            in_group = False
    return max(count, 1)


def is_long_word(word: str) -> bool:
    """More than 13 letters or more than 5 syllables (numbers and codes never count)."""
    letters = len(_LETTER_RE.findall(word))
    if letters < len(word.replace("-", "")) * 0.8:
        return False
    return letters > LONG_WORD_LETTERS or syllables(word) > LONG_WORD_SYLLABLES


def jargon_in(words: list[str]) -> list[Hint]:
    """Ambtelijke words and phrases in a sentence's words (in text order), with an alternative."""
    folded = [word.lower() for word in words]
    taken: set[int] = set()
    found: list[tuple[int, Hint]] = []
    for size in (4, 3, 2, 1):  # longest phrase first: "ten behoeve van" before "ten"
        for start in range(len(folded) - size + 1):
            span = set(range(start, start + size))
            phrase = " ".join(folded[start : start + size])
            if phrase in JARGON and not span & taken:
                taken |= span
                text = " ".join(words[start : start + size])
                found.append((start, Hint("jargon", text, JARGON[phrase])))
    return [hint for _, hint in sorted(found, key=lambda item: item[0])]


def _is_participle(word: str) -> bool:
    lower = word.lower()
    return lower not in _NOT_PARTICIPLES and bool(_PARTICIPLE_RE.match(fold(lower)))


def passive_in(words: list[str]) -> list[Hint]:
    """Passive constructions: *worden* + participle, or *zijn* + participle with *door*."""
    lower = [word.lower() for word in words]
    has_door = "door" in lower
    found: list[Hint] = []
    for i, word in enumerate(lower):
        if word not in _WORDEN and not (has_door and word in _ZIJN):
            continue
        window = range(max(0, i - _PASSIVE_WINDOW), min(len(words), i + _PASSIVE_WINDOW + 1))
        participle = next(
            (
                j
                for j in sorted(window, key=lambda j: abs(j - i))
                if j != i and _is_participle(words[j])
            ),
            None,
        )
        if participle is not None:
            first, last = sorted((i, participle))
            found.append(Hint("passive", f"{words[first]} … {words[last]}"))
            break  # one passive hint per sentence is enough to point at it
    return found


def long_words_in(words: list[str]) -> list[Hint]:
    """Long words of a sentence, once each; capitalised words after the first look like names."""
    found: dict[str, Hint] = {}
    for position, word in enumerate(words):
        if position and word[:1].isupper():
            continue
        if is_long_word(word) and word.lower() not in found:
            found[word.lower()] = Hint("long_word", word)
    return list(found.values())


def check_sentence(sentence: str) -> Sentence:
    """One sentence with its length and hints (long, jargon, passive, long words)."""
    words = sentence_words(sentence)
    hints: list[Hint] = []
    if len(words) > MAX_SENTENCE_WORDS:
        hints.append(Hint("long_sentence", sentence, words=len(words)))
    hints += jargon_in(words) + passive_in(words) + long_words_in(words)
    return Sentence(
        text=sentence,
        words=len(words),
        syllables=sum(syllables(w) for w in words),
        hints=tuple(hints),
    )


def analyse(texts: str | list[str]) -> Report:
    """The readability report of one text or several (fields of one page), HTML stripped."""
    if isinstance(texts, str):
        texts = [texts]
    joined = "\n".join(plain_text(t) for t in texts if t)
    sentences = tuple(check_sentence(s) for s in split_sentences(joined[:MAX_TEXT_CHARS]))
    return Report(
        words=sum(s.words for s in sentences),
        syllables=sum(s.syllables for s in sentences),
        sentences=sentences,
    )
