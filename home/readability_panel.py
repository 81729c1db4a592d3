"""The "Leesbaarheid (B1)" panel of the page editor and the JSON check that refreshes it.

The panel shows the hints of ``home.readability`` for the page's resident-facing text as last
saved; ``readability-panel.js`` sends the text in the form to ``check_text`` while the editor
types and puts the answer in its place. Advice only: nothing here stops a page being saved.
"""

import json
from collections.abc import Iterable

from django.http import HttpRequest, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt

from wagtail import blocks
from wagtail.admin.panels import Panel
from wagtail.blocks import StreamValue

from home import readability

RESULT_TEMPLATE = "home/panels/readability_result.html"
SHOWN_SENTENCES = 12
QUOTE_CHARS = 160
# The JSON body: the text of a full page (MAX_TEXT_CHARS) at up to 4 bytes a character, quoted.
MAX_REQUEST_BYTES = 4 * readability.MAX_TEXT_CHARS + 10_000

LEVEL_LABELS = {
    "very_easy": gettext_lazy("zeer makkelijk"),
    "easy": gettext_lazy("makkelijk"),
    "fairly_easy": gettext_lazy("vrij makkelijk"),
    "normal": gettext_lazy("normaal"),
    "fairly_difficult": gettext_lazy("vrij moeilijk"),
    "difficult": gettext_lazy("moeilijk"),
    "very_difficult": gettext_lazy("zeer moeilijk"),
}


def block_texts(block: blocks.Block, value) -> list[str]:
    """The texts residents read in one StreamField value: rich text, text and headings."""
    if value is None:
        return []
    if isinstance(block, blocks.RichTextBlock):
        return [value.source]
    if isinstance(block, blocks.StructBlock):
        return [
            t
            for name, child in block.child_blocks.items()
            for t in block_texts(child, value.get(name))
        ]
    if isinstance(block, blocks.ListBlock):
        return [t for item in value for t in block_texts(block.child_block, item)]
    if isinstance(block, blocks.StreamBlock):
        return [t for child in value for t in block_texts(child.block, child.value)]
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return [str(value)]
    return []  # images, links, choices, embeds: nothing to read


def page_texts(instance, field_names: Iterable[str]) -> list[str]:
    """The texts of a page's fields (plain, HTML or StreamField), in the order given."""
    texts: list[str] = []
    for name in field_names:
        value = getattr(instance, name, None)
        if isinstance(value, StreamValue):
            texts += [t for child in value for t in block_texts(child.block, child.value)]
        elif value:
            texts.append(str(value))
    return texts


def hint_message(hint: readability.Hint) -> str:
    """What to do about one hint, in the editor's language."""
    if hint.kind == "long_sentence":
        return _(
            "Lange zin: %(words)s woorden. Maak er twee zinnen van; liever niet meer dan "
            "%(max)s woorden."
        ) % {"words": hint.words, "max": readability.MAX_SENTENCE_WORDS}
    if hint.kind == "jargon":
        return _("Ambtelijk woord: '%(word)s'. Schrijf liever: %(plain)s.") % {
            "word": hint.text,
            "plain": hint.alternative,
        }
    if hint.kind == "passive":
        return _("Lijdende vorm: '%(words)s'. Schrijf wie het doet.") % {"words": hint.text}
    return _("Lang woord: '%(word)s'. Kan het korter of met een gewoner woord?") % {
        "word": hint.text
    }


def summary(report: readability.Report) -> str:
    """One sentence with the score: what it means for the reader."""
    if report.score is None:
        return _("Nog geen tekst om te controleren.")
    return _(
        "Leesgemak %(score)s van 100 (%(level)s): %(sentences)s zinnen, gemiddeld "
        "%(average)s woorden per zin."
    ) % {
        "score": round(report.score),
        "level": LEVEL_LABELS[report.level],
        "sentences": len(report.sentences),
        "average": round(report.average_sentence_words),
    }


def _quote(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def result_context(report: readability.Report) -> dict:
    """What the result template shows: the summary and the sentences to look at."""
    to_review = report.to_review
    return {
        "summary": summary(report),
        "has_text": report.score is not None,
        "on_target": report.score is not None and report.score >= readability.TARGET_SCORE,
        "target": readability.TARGET_SCORE,
        "sentences": [
            {"text": _quote(s.text), "messages": [hint_message(h) for h in s.hints]}
            for s in to_review[:SHOWN_SENTENCES]
        ],
        "more": max(0, len(to_review) - SHOWN_SENTENCES),
    }


class ReadabilityPanel(Panel):
    """Advice on the B1 readability of the page's text: a score and the sentences to rewrite."""

    def __init__(self, fields: Iterable[str] = ("intro", "body"), **kwargs):
        self.fields = tuple(fields)
        kwargs.setdefault("heading", gettext_lazy("Leesbaarheid (B1)"))
        super().__init__(**kwargs)

    def clone_kwargs(self):
        """Keep the fields when Wagtail copies the panel."""
        return {**super().clone_kwargs(), "fields": self.fields}

    @property
    def clean_name(self):
        """A stable name for the panel's HTML id."""
        return super().clean_name or "readability"

    class BoundPanel(Panel.BoundPanel):
        """Scores the text of the revision being edited; the script refreshes it while typing."""

        template_name = "home/panels/readability.html"

        class Media:
            js = ["js/readability-panel.js"]
            css = {"all": ["css/readability-panel.css"]}

        def get_context_data(self, parent_context=None):
            """The result for the saved text, the check's address and the fields to read."""
            context = super().get_context_data(parent_context)
            report = readability.analyse(page_texts(self.instance, self.panel.fields))
            context.update(result_context(report))
            context["check_url"] = reverse("readability_check")
            context["fields"] = ",".join(self.panel.fields)
            return context


def _error(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _texts_from(body: bytes) -> list[str] | None:
    """The ``texts`` of a JSON body (a string or a list of strings); None when malformed."""
    try:
        texts = json.loads(body).get("texts")
    except (ValueError, AttributeError):
        return None
    if isinstance(texts, str):
        texts = [texts]
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        return None
    return texts


@csrf_exempt  # checked below, so that a refusal is JSON like every other answer
def check_text(request: HttpRequest) -> JsonResponse:
    """POST ``{"texts": [...]}`` (editors only): the score, the hints and the panel's HTML."""
    if request.method != "POST":
        return _error(405, _("Stuur de tekst met POST."))
    user = request.user
    if not user.is_authenticated or not user.has_perm("wagtailadmin.access_admin"):
        return _error(403, _("Log in bij het beheer om je tekst te laten controleren."))
    if CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {}) is not None:
        return _error(403, _("Je sessie is verlopen. Laad de pagina opnieuw."))
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REQUEST_BYTES:
        return _too_long()
    texts = _texts_from(request.body)
    if texts is None:
        return _error(400, _('Stuur de tekst als JSON: {"texts": ["…"]}.'))
    if sum(len(t) for t in texts) > readability.MAX_TEXT_CHARS:
        return _too_long()
    report = readability.analyse(texts)
    return JsonResponse(
        {
            "score": None if report.score is None else round(report.score, 1),
            "level": report.level,
            "words": report.words,
            "sentences": len(report.sentences),
            "summary": summary(report),
            "hints": [
                {
                    "sentence": index,
                    "kind": hint.kind,
                    "text": hint.text,
                    "alternative": hint.alternative,
                    "message": hint_message(hint),
                }
                for index, sentence in enumerate(report.sentences)
                for hint in sentence.hints
            ],
            "html": render_to_string(RESULT_TEMPLATE, result_context(report), request=request),
        }
    )


def _too_long() -> JsonResponse:
    return _error(
        413,
        _(
            "De tekst is te lang om te controleren (meer dan %(max)s tekens). "
            "Je kunt wel gewoon opslaan."
        )
        % {"max": f"{readability.MAX_TEXT_CHARS:,}".replace(",", ".")},
    )
