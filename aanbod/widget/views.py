"""The embeddable widget: a wijk's upcoming activities on a partner's own site.

Under ``/widget/`` (so ``cms.api.http.ApiHttpMiddleware`` adds ETag and Cache-Control, CORS too):
``wijk.js``, the script a partner pastes; ``wijk/<id>.json``, what that script renders; and
``wijk/<id>/``, the same list as a page to put in an iframe (no JavaScript needed). Both forms
show the same items, built by ``widget_data``. No cookies, no tracking. Plus the public page on
which a partner picks a wijk and copies the snippet, with a live preview.
"""

import datetime
import hashlib
import re
from pathlib import Path
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from wagtail.models import Page

from aanbod.agenda.occurrences import activities_for_area, occurrences_between
from aanbod.agenda.schedules import LOCAL_TZ, Occurrence
from home.csp import allow_inline_style
from home.links import absolute_url, page_url
from home.models import contrast_ratio
from home.regions import in_request_region
from wijken.rollout import visible_gemeenten, visible_wijken

WINDOW_DAYS = 28
DEFAULT_COUNT = 5
MAX_COUNT = 20
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
SCRIPT_PATH = Path(settings.BASE_DIR) / "static" / "js" / "wijkportaal-widget.js"
SCRIPT_MAX_AGE = 3600
WIJK_ID = re.compile(r"[0-9]{1,9}")
HEX_COLOUR = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
MIN_CONTRAST = 4.5
DEFAULT_COLOURS = {"color": "#1a1a1a", "background": "#ffffff", "accent": "#1f4e79"}
COUNT_MESSAGE = format_lazy(gettext_lazy("Kies een aantal van 1 tot en met {max}."), max=MAX_COUNT)
HEADING_MESSAGE = gettext_lazy("Kies een kopniveau van 2 tot en met 6.")
SANDBOX = "allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"


class WidgetOptionsForm(forms.Form):
    """The widget's query parameters: how many activities, the language and the heading level."""

    count = forms.IntegerField(
        label=gettext_lazy("Aantal activiteiten"),
        min_value=1,
        max_value=MAX_COUNT,
        required=False,
        error_messages={
            "invalid": COUNT_MESSAGE,
            "min_value": COUNT_MESSAGE,
            "max_value": COUNT_MESSAGE,
        },
    )
    lang = forms.ChoiceField(label=gettext_lazy("Taal"), choices=LANGUAGES, required=False)
    heading = forms.IntegerField(
        label=gettext_lazy("Kopniveau"),
        min_value=2,
        max_value=6,
        required=False,
        error_messages={
            "invalid": HEADING_MESSAGE,
            "min_value": HEADING_MESSAGE,
            "max_value": HEADING_MESSAGE,
        },
    )

    def clean_count(self) -> int:
        """Five unless asked otherwise."""
        return self.cleaned_data.get("count") or DEFAULT_COUNT

    def clean_lang(self) -> str:
        """Dutch unless asked otherwise."""
        return self.cleaned_data.get("lang") or "nl"

    def clean_heading(self) -> int:
        """A level-2 heading unless asked otherwise."""
        return self.cleaned_data.get("heading") or 2


def parse_colour(value: str) -> str:
    """A colour code ('1f4e79', '#1F4E79' or 'f80') as '#rrggbb'; ValueError if it is none."""
    match = HEX_COLOUR.fullmatch(value.strip())
    if match is None:
        raise ValueError(value)
    digits = match.group(1).lower()
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return f"#{digits}"


class FrameOptionsForm(WidgetOptionsForm):
    """The iframe's parameters: the widget's, plus text, background and link colours."""

    color = forms.CharField(label=gettext_lazy("Tekstkleur"), required=False)
    background = forms.CharField(label=gettext_lazy("Achtergrond"), required=False)
    accent = forms.CharField(label=gettext_lazy("Linkkleur"), required=False)

    def _colour(self, name: str) -> str:
        value = self.cleaned_data.get(name)
        if not value:
            return DEFAULT_COLOURS[name]
        try:
            return parse_colour(value)
        except ValueError:
            raise forms.ValidationError(
                _("Gebruik een kleurcode als 1f4e79 (zes tekens 0-9 en a-f).")
            ) from None

    def clean_color(self) -> str:
        """The text colour."""
        return self._colour("color")

    def clean_background(self) -> str:
        """The background colour."""
        return self._colour("background")

    def clean_accent(self) -> str:
        """The colour of the links and the rule above the list."""
        return self._colour("accent")

    def clean(self):
        """Refuse text or link colours without enough contrast to the background (WCAG AA)."""
        data = super().clean()
        background = data.get("background")
        for name in ("color", "accent"):
            if background and data.get(name):
                ratio = contrast_ratio(data[name], background)
                if ratio < MIN_CONTRAST:
                    message = _(
                        "Deze kleur heeft te weinig contrast met de achtergrond "
                        "(%(ratio).1f:1, minimaal 4,5:1)."
                    ) % {"ratio": ratio}
                    self.add_error(name, message)
        return data


class WidgetError(Exception):
    """A request the widget cannot answer, with its HTTP status and a message for the partner."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def requested_language(request: HttpRequest) -> str:
    """The language asked for with ``lang``; Dutch when missing or unknown."""
    lang = request.GET.get("lang", "")
    return lang if lang in dict(LANGUAGES) else "nl"


def read_options(request: HttpRequest, form_class: type[forms.Form]) -> dict:
    """The validated query parameters, or WidgetError(400) naming what is wrong."""
    unknown = sorted(set(request.GET) - set(form_class.base_fields))
    if unknown:
        message = _("Onbekende parameter: %(names)s. Mogelijk zijn: %(allowed)s.") % {
            "names": ", ".join(unknown),
            "allowed": ", ".join(form_class.base_fields),
        }
        raise WidgetError(400, message)
    form = form_class(request.GET)
    if not form.is_valid():
        errors = [f"{name}: {' '.join(messages)}" for name, messages in form.errors.items()]
        raise WidgetError(400, " ".join(errors))
    return form.cleaned_data


def find_wijk(request: HttpRequest, wijk_id: str) -> Page:
    """The visible wijk of this region with that id, or WidgetError(404)."""
    wijk = None
    if WIJK_ID.fullmatch(wijk_id):
        wijk = in_request_region(visible_wijken(), request).filter(pk=int(wijk_id)).first()
    if wijk is None:
        raise WidgetError(404, _("Deze wijk bestaat niet of is nog niet openbaar."))
    return wijk


def _absolute(request: HttpRequest, page: Page, lang: str, suffix: str = "") -> str:
    """The page's public URL on this host, in the widget's language when a translation exists."""
    if lang != settings.LANGUAGE_CODE:
        page = page.localized
    return page_url(page, request, suffix)


def _item(request: HttpRequest, occurrence: Occurrence, lang: str) -> dict:
    """One occurrence as the widget shows it: title, link, start and end, place."""
    start = occurrence.start.astimezone(LOCAL_TZ)
    end = occurrence.end.astimezone(LOCAL_TZ)
    activity = occurrence.activity
    return {
        "title": activity.title,
        "url": _absolute(request, activity, lang),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "date": formats.date_format(start, "l j F"),
        "start_time": formats.time_format(start, "H:i"),
        "end_time": formats.time_format(end, "H:i"),
        "location": activity.location_name,
    }


def upcoming_occurrences(wijk: Page, count: int) -> list[Occurrence]:
    """The wijk's next ``count`` occurrences in the coming weeks (ongoing ones included)."""
    now = timezone.now()
    end = now + datetime.timedelta(days=WINDOW_DAYS)
    return occurrences_between(activities_for_area(wijk), now, end, limit=count)


def widget_data(request: HttpRequest, wijk: Page, options: dict) -> dict:
    """Everything either form of the widget shows, in the active language."""
    lang = options["lang"]
    found = upcoming_occurrences(wijk, options["count"])
    return {
        "version": 1,
        "lang": lang,
        "wijk": {"id": wijk.pk, "title": wijk.title, "url": _absolute(request, wijk, lang)},
        "heading": _("Activiteiten in %(wijk)s") % {"wijk": wijk.title},
        "heading_level": options["heading"],
        "items": [_item(request, occurrence, lang) for occurrence in found],
        "empty": _("Geen activiteiten in de komende weken."),
        "more": {
            "label": _("Meer activiteiten in %(wijk)s") % {"wijk": wijk.title},
            "url": _absolute(request, wijk, lang, wijk.reverse_subpage("agenda")),
        },
    }


@require_safe
def wijk_json(request: HttpRequest, wijk_id: str) -> JsonResponse:
    """``/widget/wijk/<id>.json?count=&lang=&heading=``: what the script renders."""
    with translation.override(requested_language(request)):
        try:
            options = read_options(request, WidgetOptionsForm)
            data = widget_data(request, find_wijk(request, wijk_id), options)
        except WidgetError as error:
            return JsonResponse({"detail": error.message}, status=error.status)
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@require_safe
@xframe_options_exempt
def wijk_frame(request: HttpRequest, wijk_id: str) -> HttpResponse:
    """``/widget/wijk/<id>/``: the list as a small page that partner sites may frame."""
    lang = requested_language(request)
    with translation.override(lang):
        try:
            options = read_options(request, FrameOptionsForm)
            data = widget_data(request, find_wijk(request, wijk_id), options)
        except WidgetError as error:
            context = {
                "lang": lang,
                "message": error.message,
                "portal": absolute_url("/", request),
            }
            return render(request, "aanbod/widget/error.html", context, status=error.status)
        colours = frame_colours_css(options)
        context = {"data": data, "options": options, "colours_css": colours}
        return allow_inline_style(render(request, "aanbod/widget/frame.html", context), colours)


def frame_colours_css(options: dict) -> str:
    """The iframe's chosen colours as CSS custom properties (validated hex codes only)."""
    return (
        f":root {{ --text: {options['color']}; --background: {options['background']}; "
        f"--accent: {options['accent']}; }}"
    )


def script_body() -> bytes:
    """The widget script as served (read from static/js, so it is edited like any script)."""
    return SCRIPT_PATH.read_bytes()


@require_safe
def widget_script(request: HttpRequest) -> HttpResponse:
    """``/widget/wijk.js``: the script partners paste; cached for an hour, then revalidated."""
    body = script_body()
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["ETag"] = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    response["Cache-Control"] = f"public, max-age={SCRIPT_MAX_AGE}"
    return response


class EmbedForm(WidgetOptionsForm):
    """The snippet page's choices: which wijk (grouped by gemeente), how many, which language."""

    wijk = forms.TypedChoiceField(label=gettext_lazy("Wijk"), coerce=int)

    field_order = ["wijk", "count", "lang"]

    def __init__(self, *args, wijken: list[Page], gemeenten: list[Page], **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["heading"]
        self.fields["count"].initial = DEFAULT_COUNT
        self.fields["count"].widget.attrs.update({"min": 1, "max": MAX_COUNT})
        self.wijken = {w.pk: w for w in wijken}
        groups = [
            (g.title, [(w.pk, w.title) for w in wijken if w.path.startswith(g.path)])
            for g in gemeenten
        ]
        choices = [("", _("Kies een wijk"))] + [g for g in groups if g[1]]
        self.fields["wijk"].choices = choices

    def clean_heading(self) -> int:
        """Not asked on this page: always a level-2 heading."""
        return 2


def snippets(request: HttpRequest, wijk: Page, count: int, lang: str) -> dict[str, str]:
    """The two snippets (script and iframe) for a wijk, as HTML to copy."""
    params = {"count": count} if count != DEFAULT_COUNT else {}
    if lang != "nl":
        params["lang"] = lang
    query = f"?{urlencode(params)}" if params else ""
    with translation.override(lang):
        context = {
            "wijk": wijk,
            "count": count,
            "lang": lang,
            "script_url": absolute_url("/widget/wijk.js", request),
            "frame_url": absolute_url(f"/widget/wijk/{wijk.pk}/{query}", request),
            "agenda_url": _absolute(request, wijk, lang, wijk.reverse_subpage("agenda")),
            "frame_height": 150 + 72 * count,
            "sandbox": SANDBOX,
        }
        return {
            "script": render_to_string("aanbod/widget/snippet_script.html", context).strip(),
            "frame": render_to_string("aanbod/widget/snippet_frame.html", context).strip(),
        }


def embed_page(request: HttpRequest) -> HttpResponse:
    """The public page where a partner picks a wijk and copies the widget, with a preview."""
    wijken = list(in_request_region(visible_wijken(), request).order_by("path"))
    gemeenten = list(in_request_region(visible_gemeenten(), request).order_by("title"))
    params = None
    if request.GET:
        params = request.GET.copy()
        params.setdefault("count", str(DEFAULT_COUNT))
        params.setdefault("lang", "nl")
    form = EmbedForm(params, wijken=wijken, gemeenten=gemeenten)
    context = {"form": form, "max_count": MAX_COUNT}
    if form.is_bound and form.is_valid():
        wijk = form.wijken[form.cleaned_data["wijk"]]
        data = form.cleaned_data
        context.update(wijk=wijk, snippets=snippets(request, wijk, data["count"], data["lang"]))
    return render(request, "aanbod/widget/embed.html", context)
