"""Editor speed at 100,000 pages: opening an edit form and publishing it, as an organisation editor.

Uses the database of ``targets_bench.py prepare`` (``DATABASE_URL``, the generated region of
100,000 pages) with production settings in this process (``cms.settings.bench``: Redis, the
database task queue, so search and reference-index updates are queued as in production).
The organisation editor of an activity (of the busy demo wijk) and of a service (of the generated
region) opens the edit
form (GET) and publishes it (POST of the form as rendered, with ``action-publish``; StreamFields,
which only JavaScript draws, go as an empty stream).
A plain ``StandardPage`` edited by a superuser in the same run is the yardstick.

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/wp_perf
    .venv/bin/python benchmarks/editor_bench.py --runs 10

Targets (issue 15): the edit form opens in <= 500 ms, publishing takes <= 700 ms.
"""

import argparse
import re
import statistics
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import serve  # noqa: E402
from benchmarks.targets_bench import bench_site, percentile, setup  # noqa: E402

EDIT_TARGET_MS = 500.0
PUBLISH_TARGET_MS = 700.0


class EditForm(HTMLParser):
    """The fields of Wagtail's page edit form as a browser would post them (no JavaScript)."""

    def __init__(self):
        super().__init__()
        self.inside = False
        self.data: list[tuple[str, str]] = []
        self._select: str | None = None
        self._textarea: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == "page-edit-form":
            self.inside = True
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind not in ("submit", "button", "file"):
                self.data.append((name, attrs.get("value") or ("on" if kind == "checkbox" else "")))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.data.append((self._select, attrs.get("value", "")))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []

    def handle_data(self, data):
        if self._textarea:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            text = "".join(self._text)
            self.data.append((self._textarea, text[1:] if text.startswith("\n") else text))
            self._textarea = None


def form_data(html: str) -> dict[str, list[str]]:
    """The edit form's fields (lists, for multiple values) plus the publish action."""
    parser = EditForm()
    parser.feed(html)
    data: dict[str, list[str]] = {}
    for name, value in parser.data:
        data.setdefault(name, []).append(value)
    data["action-publish"] = ["action-publish"]
    return data


def timed(call, runs: int) -> list[float]:
    """Milliseconds of ``runs`` calls after one warm-up."""
    call()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def measure(client, page, runs: int) -> tuple[list[float], list[float]]:
    """(edit form ms, publish ms) for one page; every publish must succeed."""
    from wagtail.fields import StreamField
    from wagtail.models import Page

    url = f"/admin/pages/{page.pk}/edit/"

    def open_form():
        response = client.get(url)
        assert response.status_code == 200, response.status_code
        return response

    streams = [
        field.name
        for field in page.specific_class._meta.get_fields()
        if isinstance(field, StreamField)
    ]

    def publish():
        data = form_data(open_form().content.decode())
        for name in streams:  # drawn by JavaScript: posted as an empty stream, as without it
            data.setdefault(f"{name}-count", ["0"])
        before = Page.objects.get(pk=page.pk).live_revision_id
        started = time.perf_counter()
        response = client.post(url, data)
        seconds = time.perf_counter() - started
        if response.status_code != 302:
            html = response.content.decode()
            errors = re.findall(r'class="error-message"[^>]*>\s*(?:<[^>]+>\s*)*([^<]+)', html)
            raise SystemExit(f"publish of {page} refused ({response.status_code}): {errors}")
        assert Page.objects.get(pk=page.pk).live_revision_id != before
        return seconds * 1000

    edit = timed(open_form, runs)
    publish()  # warm-up
    return edit, [publish() for _ in range(runs)]


def row(label: str, values: list[float], target: float, yardstick: float) -> str:
    median = statistics.median(values)
    verdict = "met" if percentile(values, 95) <= target else "not met"
    return (
        f"  {label:<44} {median:8.0f} {percentile(values, 95):8.0f}"
        f" {median / yardstick:6.1f}  {verdict}"
    )


def main(argv: list[str] | None = None) -> int:
    """Time the edit form and publishing for an activity, a service and the yardstick."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args(argv)
    serve.collectstatic(serve.production_env())
    setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    from aanbod.editorial.onboarding import ensure_organisation_access
    from aanbod.models import ActivityPage, ServicePage
    from home.models import StandardPage

    site = bench_site()
    if site is None:
        print("editor_bench: run `targets_bench.py prepare` first; nothing measured")
        return 0
    region = site.root_page
    # The busy demo wijk's activities (portal_bench) have schedules the editor's form accepts;
    # the generated region's do not all start on a day of their rule.
    activity = ActivityPage.objects.live().filter(slug="bench-activiteit-0").first()
    service = ServicePage.objects.live().descendant_of(region).order_by("pk").first()
    standard = StandardPage.objects.live().order_by("pk").first()
    User = get_user_model()
    editor, _ = User.objects.get_or_create(username="bench-editor", defaults={"email": "e@x.nl"})
    editor.groups.add(ensure_organisation_access(activity.get_parent().specific))
    admin, _ = User.objects.get_or_create(
        username="bench-superuser", defaults={"is_superuser": True, "is_staff": True}
    )
    as_editor, as_admin = Client(), Client()
    as_editor.force_login(editor)
    as_admin.force_login(admin)
    pages = region.get_descendants().count()
    print(f"editor_bench: {pages} pages in the region; {args.runs} runs each; ms")
    print(f"  {'':<44} {'median':>8} {'p95':>8} {'ratio':>6}")
    yard_edit, yard_publish = measure(as_admin, standard, args.runs)
    edit_yard, publish_yard = statistics.median(yard_edit), statistics.median(yard_publish)
    print(row("StandardPage (yardstick): edit form", yard_edit, EDIT_TARGET_MS, edit_yard))
    print(row("StandardPage (yardstick): publish", yard_publish, PUBLISH_TARGET_MS, publish_yard))
    editor.groups.add(ensure_organisation_access(service.get_parent().specific))
    for label, page in (("activity", activity), ("service", service)):
        edit, publish = measure(as_editor, page, args.runs)
        print(row(f"{label}: edit form (organisation editor)", edit, EDIT_TARGET_MS, edit_yard))
        print(row(f"{label}: publish", publish, PUBLISH_TARGET_MS, publish_yard))
    return 0


if __name__ == "__main__":
    sys.exit(main())
