"""The B1 readability rules on Dutch example sentences (pure functions, no database)."""

import pytest

from home import readability as r

AMBTELIJK = (
    "<p>Indien u woonachtig bent in de wijk, dient u teneinde deel te nemen aan de "
    "informatiebijeenkomst die door de gemeente in samenwerking met de woningcorporatie wordt "
    "georganiseerd ten behoeve van de bewoners, zich vooraf middels het formulier aan te "
    "melden.</p><p>De koffie wordt derhalve door vrijwilligers verstrekt.</p>"
)
EENVOUDIG = (
    "<p>Woon je in de wijk? Kom dan naar de avond over de nieuwe huizen.</p>"
    "<p>De gemeente en de woningbouw vertellen wat er gaat gebeuren. Meld je vooraf aan met het "
    "formulier. Vrijwilligers schenken koffie.</p>"
)


def kinds(sentence: r.Sentence) -> list[str]:
    return [hint.kind for hint in sentence.hints]


def test_a_sentence_of_more_than_20_words_is_flagged_with_its_length():
    report = r.analyse(AMBTELIJK)
    first = report.sentences[0]
    assert first.words == 40
    assert "long_sentence" in kinds(first)
    assert next(h for h in first.hints if h.kind == "long_sentence").words == 40


def test_a_sentence_of_exactly_20_words_is_not_flagged():
    sentence = " ".join(["woord"] * 19) + " eind."
    assert r.check_sentence(sentence).words == 20
    assert "long_sentence" not in kinds(r.check_sentence(sentence))
    assert "long_sentence" in kinds(r.check_sentence("nog " + sentence))


def test_jargon_is_found_with_its_plain_alternative_in_text_order():
    hints = [h for h in r.analyse(AMBTELIJK).sentences[0].hints if h.kind == "jargon"]
    assert [(h.text, h.alternative) for h in hints] == [
        ("Indien", "als"),
        ("woonachtig", "wonen"),
        ("dient u", "moet, moeten"),
        ("teneinde", "om"),
        ("ten behoeve van", "voor"),
        ("middels", "met, door"),
    ]


def test_jargon_matches_other_forms_of_a_verb_and_any_case():
    hints = r.check_sentence("Wij Verstrekken u de pas. De pas werd verstrekt.").hints
    assert [h.alternative for h in hints if h.kind == "jargon"] == ["geven", "geven"]


def test_the_jargon_list_has_about_forty_entries_each_with_an_alternative():
    assert len(r.JARGON_ENTRIES) >= 40
    assert all(plain for plain in r.JARGON.values())


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("De koffie wordt geschonken door vrijwilligers.", "wordt … geschonken"),
        ("De avond werd goed bezocht.", "werd … bezocht"),
        ("Het formulier moet worden ingevuld.", "worden … ingevuld"),
        ("We weten dat het buurthuis volgend jaar verbouwd wordt.", "verbouwd … wordt"),
        ("De zaal is gehuurd door de buurtvereniging.", "is … gehuurd"),
    ],
)
def test_passive_constructions_are_found(sentence, found):
    assert [h.text for h in r.check_sentence(sentence).hints if h.kind == "passive"] == [found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vrijwilligers schenken koffie.",
        "Het buurthuis is gesloten.",  # zijn without "door": a state, not flagged
        "Wil je lid worden en gezellig meedoen?",
        "Het wordt een gezellige middag in het gebied.",
        "Samen blijven we gezond.",
    ],
)
def test_active_sentences_are_not_called_passive(sentence):
    assert "passive" not in kinds(r.check_sentence(sentence))


def test_long_words_are_flagged_but_names_and_numbers_are_not():
    hints = r.check_sentence(
        "De informatiebijeenkomst over de Woningbouwvereniging begint om 10.30 uur."
    ).hints
    assert [h.text for h in hints if h.kind == "long_word"] == ["informatiebijeenkomst"]


@pytest.mark.parametrize(
    ("word", "count"),
    [("wijk", 1), ("bijeenkomst", 3), ("activiteiten", 5), ("ideeën", 3), ("uitvoeren", 3)],
)
def test_syllables_are_vowel_groups_and_a_diaeresis_starts_a_new_one(word, count):
    assert r.syllables(word) == count


def test_a_plain_text_scores_better_than_an_ambtelijke_one():
    plain, ambtelijk = r.analyse(EENVOUDIG), r.analyse(AMBTELIJK)
    assert plain.score > ambtelijk.score
    assert plain.score >= r.TARGET_SCORE > ambtelijk.score
    assert plain.to_review == []
    assert plain.level in {"normal", "fairly_easy", "easy", "very_easy"}


def test_html_is_stripped_and_paragraphs_headings_and_list_items_end_sentences():
    report = r.analyse(
        "<h2>Aanmelden</h2><ul><li>Bel ons</li><li>Mail ons</li></ul><p>Kom &amp; doe mee</p>"
    )
    assert [s.text for s in report.sentences] == [
        "Aanmelden",
        "Bel ons",
        "Mail ons",
        "Kom & doe mee",
    ]


def test_abbreviations_and_times_do_not_end_a_sentence():
    assert r.split_sentences("Neem bijv. Jan mee. Om 10.30 uur begint het.") == [
        "Neem bijv. Jan mee.",
        "Om 10.30 uur begint het.",
    ]


def test_an_empty_text_has_no_score():
    report = r.analyse(["", "<p> </p>"])
    assert report.score is None and report.level == "" and report.words == 0


def test_an_overlong_text_is_cut_at_the_cap():
    report = r.analyse("Kort zinnetje. " * 10_000)
    assert report.words <= r.MAX_TEXT_CHARS // 5
