"""The one Dutch text analysis (home.dutch): folding, words, keys, query terms, word pairs.

Fast unit tests without a database: ``benchmarks/mutation.py --target text`` runs this file against
mutants of ``home/dutch.py``. ``tests/search/test_search_dutch.py`` proves the same table
against the real search backend.
"""

import pytest

from home import dutch
from home.dutch import (
    MAX_QUERY_TERMS,
    MAX_WORD_LENGTH,
    OVERRIDES,
    STOPWORDS,
    ascii_word,
    fold,
    folded_words,
    is_stopword,
    lemma,
    lemma_stem,
    query_terms,
    text_keys,
    word_keys,
    words,
)

# (form in the page, form in the query): pairs the analysis must join in both directions.
# None of them is in OVERRIDES, so they test simplemma and Snowball, not a dictionary lookup.
WORD_PAIRS = [
    # plurals, with vowel change or a doubled consonant
    ("activiteit", "activiteiten"),
    ("vrijwilliger", "vrijwilligers"),
    ("boodschap", "boodschappen"),
    ("buurthuis", "buurthuizen"),
    ("woning", "woningen"),
    ("maaltijd", "maaltijden"),
    ("straat", "straten"),
    ("brief", "brieven"),
    ("vrouw", "vrouwen"),
    ("man", "mannen"),
    ("wandeling", "wandelingen"),
    ("mantelzorger", "mantelzorgers"),
    ("gezin", "gezinnen"),
    ("bibliotheek", "bibliotheken"),
    ("ontmoeting", "ontmoetingen"),
    ("kraan", "kranen"),
    ("afspraak", "afspraken"),
    ("boom", "bomen"),
    ("heg", "heggen"),
    ("lamp", "lampen"),
    ("vogel", "vogels"),
    # diminutives
    ("kopje", "kop"),
    ("bloemetjes", "bloem"),
    ("huisje", "huisjes"),
    ("wandelingetje", "wandeling"),
    # -heid / -heden
    ("vrijheid", "vrijheden"),
    ("mogelijkheid", "mogelijkheden"),
    ("gelegenheid", "gelegenheden"),
    # verb forms: present, past, participle, weak and strong
    ("repareren", "repareer"),
    ("repareren", "gerepareerd"),
    ("repareer", "gerepareerd"),
    ("wandelen", "gewandeld"),
    ("helpen", "geholpen"),
    ("helpen", "hielp"),
    ("koken", "gekookt"),
    ("lopen", "liep"),
    ("maken", "gemaakt"),
    ("zwemmen", "gezwommen"),
    ("schrijven", "schreef"),
    ("kopen", "gekocht"),
    ("brengen", "gebracht"),
    ("gaan", "ging"),
    ("lezen", "gelezen"),
    ("dansen", "gedanst"),
    ("verhuizen", "verhuisd"),
    # adjectives
    ("groot", "grote"),
    # diacritics and case
    ("café", "cafe"),
    ("CAFÉ", "cafe"),
    ("café", "CAFE"),
    ("ideeën", "ideeen"),
    ("reünie", "reunie"),
    ("coördinator", "coordinator"),
]


def keys_of(text: str) -> set[str]:
    """All keys of a (one-word) text, as the indexer and the query both compute them."""
    return set(text_keys(text))


def test_the_table_has_at_least_forty_pairs():
    assert len(WORD_PAIRS) >= 40


def test_no_pair_in_the_table_is_only_a_dictionary_lookup():
    listed = [word for pair in WORD_PAIRS for word in pair if ascii_word(word) in OVERRIDES]
    assert listed == []


@pytest.mark.parametrize(("left", "right"), WORD_PAIRS)
def test_the_two_forms_share_a_key(left, right):
    assert keys_of(left) & keys_of(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [("fiets", "vis"), ("huis", "huid"), ("boom", "boot"), ("lamp", "lampion"), ("kop", "kip")],
)
def test_different_words_share_no_key(left, right):
    assert not keys_of(left) & keys_of(right)


def test_the_override_table_wins_over_simplemma():
    assert lemma("scholen") == "school"  # simplemma says "schuilen"
    assert lemma("leden") == "lid"  # simplemma says "lijden"
    assert keys_of("scholen") & keys_of("school")


def test_a_word_not_in_the_override_table_gets_its_simplemma_lemma():
    assert lemma("kranen") == "kraan"
    assert lemma("Gekocht".lower()) == "kopen"
    assert lemma_stem("gekocht") == lemma_stem("kopen") == "koop"


def test_a_lemma_is_folded():
    assert lemma("cafés") == "cafe"  # simplemma says "café"
    assert lemma("limburgers") == "limburger"  # simplemma says "Limburger"


def test_a_lemma_without_latin_letters_falls_back_to_the_folded_word(monkeypatch):
    monkeypatch.setattr(dutch.simplemma, "lemmatize", lambda word, lang: "日本")
    assert lemma("sushibar") == "sushibar"
    assert lemma("crème") == "creme"


# --- folding and words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "folded"),
    [("CAFÉ", "cafe"), ("Café", "cafe"), ("Ideeën", "ideeen"), ("ﬁets", "fiets"), ("Ĳs", "ijs")],
)
def test_fold_lower_cases_and_strips_diacritics(raw, folded):
    assert fold(raw) == folded


def test_fold_keeps_what_is_not_a_letter():
    assert fold("Bus 12, 6131 AB!") == "bus 12, 6131 ab!"


def test_words_lower_case_raw_text_and_keep_diacritics():
    assert words("Fietsen HUIZEN Café") == ["fietsen", "huizen", "café"]


def test_words_split_on_punctuation_and_underscores_and_keep_digits():
    assert words("e-mail, 50+ bus_12 (6131AB)") == ["e", "mail", "50", "bus", "12", "6131ab"]


def test_words_of_nothing_is_no_words():
    assert words(None) == [] and words("") == [] and words(" ,.!") == []


def test_an_over_long_word_is_left_out():
    longest = "a" * 40
    assert MAX_WORD_LENGTH == 40
    assert words(f"fiets {longest} {longest}b huis") == ["fiets", longest, "huis"]


def test_ascii_word_keeps_only_letters_and_digits():
    assert ascii_word("Coördinator") == "coordinator"
    assert ascii_word("6131AB") == "6131ab"
    assert ascii_word("ø") == ""


def test_folded_words_are_ascii_and_never_empty():
    assert folded_words("Café ø 50+ Ideeën") == ["cafe", "50", "ideeen"]


# --- keys ---------------------------------------------------------------------------------


def test_keys_are_the_folded_word_its_stem_and_its_lemma_stem_sorted():
    assert word_keys("fietsen") == ("fiet", "fiets", "fietsen")
    assert word_keys("huizen") == ("huis", "huizen")
    assert word_keys("kinderen") == ("kind", "kinder", "kinderen")
    assert word_keys("gekocht") == ("gekocht", "kocht", "koop")


def test_keys_keep_digits_so_numbers_and_postcodes_can_be_found():
    assert text_keys("Bewegen voor 50+") == ["beweeg", "bewegen", "50"]
    assert text_keys("Buslijn 12") == ["buslijn", "12"]
    assert text_keys("6131 AB") == ["6131", "ab"]
    assert text_keys("Kerkstraat 12a") == ["kerkstraat", "12a"]


@pytest.mark.parametrize("word", ["de", "het", "een", "en", "van", "één", "Het", "日本", "___"])
def test_stop_words_and_words_without_latin_letters_have_no_keys(word):
    assert text_keys(word) == []
    assert lemma_stem(word.lower()) == ""


@pytest.mark.parametrize(
    ("word", "expected"),
    [("de", True), ("één", True), ("Het", True), ("日本", True), ("", True), ("fiets", False)],
)
def test_a_stop_word_is_a_snowball_stop_word_or_a_word_without_latin_letters(word, expected):
    assert is_stopword(word) is expected


def test_een_and_een_with_accents_fold_to_the_same_word():
    # Both are stop words (never indexed, like PostgreSQL's dutch configuration does),
    # so they cannot be searched for alone; they still fold to the same form.
    assert word_keys("één") == word_keys("een") == ()
    assert word_keys("Éénpansgerecht".lower()) == word_keys("eenpansgerecht")


def test_the_stop_words_are_the_dutch_snowball_list():
    assert len(STOPWORDS) == 101
    assert {"de", "het", "een", "en", "zonder", "aan", "zou"} <= STOPWORDS
    assert not {"wijk", "hulp", "buurt", "fiets", "zorg"} & STOPWORDS


def test_text_keys_keep_order_and_repeats_for_ranking():
    assert text_keys("Fiets, de fiets!") == ["fiet", "fiets", "fiet", "fiets"]
    assert text_keys("huis en tuin") == ["huis", "tuin"]


# --- query terms --------------------------------------------------------------------------


def test_a_query_keeps_every_meaningful_word_in_order():
    assert query_terms("De fietsen van het buurthuis in Sittard") == [
        ("fietsen", word_keys("fietsen")),
        ("buurthuis", word_keys("buurthuis")),
        ("sittard", word_keys("sittard")),
    ]


def test_a_query_drops_repeated_words_whatever_their_case_or_accents():
    assert query_terms("Café cafe CAFÉ fiets Fiets") == [
        ("cafe", word_keys("cafe")),
        ("fiets", word_keys("fiets")),
    ]


def test_a_query_of_numbers_keeps_them():
    assert query_terms("50+ bus 12") == [("50", ("50",)), ("bus", ("bus",)), ("12", ("12",))]


def test_a_query_is_cut_at_the_maximum_number_of_terms():
    many = "een " + " ".join(f"woord{n}" for n in range(MAX_QUERY_TERMS + 3))
    terms = query_terms(many)
    assert MAX_QUERY_TERMS == 8
    assert [folded for folded, _keys in terms] == [f"woord{n}" for n in range(MAX_QUERY_TERMS)]
    assert [folded for folded, _keys in query_terms(many, max_terms=2)] == ["woord0", "woord1"]


def test_repeats_do_not_count_towards_the_maximum():
    query = "fiets fiets fiets " + " ".join(f"woord{n}" for n in range(MAX_QUERY_TERMS))
    assert len(query_terms(query)) == MAX_QUERY_TERMS


def test_a_query_of_stop_words_only_has_no_terms():
    assert query_terms("de het een en") == []
    assert query_terms("") == []
