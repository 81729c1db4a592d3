"""Builds the demo regions from their data files, idempotently: what exists is left alone."""

import datetime
from collections.abc import Callable
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Locale, Page, Site

from aanbod.agenda.table import extend_horizon
from aanbod.editorial.onboarding import ensure_gemeente, ensure_organisation_access, ensure_region
from aanbod.models import (
    ActivityExceptionDate,
    ActivityPage,
    Category,
    MarketplacePage,
    OfferPage,
    OrganisationIndexPage,
    OrganisationPage,
    RequestPage,
    ServicePage,
    TargetGroup,
)
from home.models import BrandingSettings, HomePage, StandardPage
from wijken.models import GemeentePage, OntwikkelingIndexPage, OntwikkelingPage, WijkPage
from wijken.visibility_store import deferred

from .data import DemoContent, fill, read_demo_content

LOCAL_TZ = ZoneInfo("Europe/Amsterdam")


def paragraphs(texts: list[str]) -> list[dict]:
    """StreamField data for a list of plain-text paragraphs."""
    return [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in texts]


def optional(spec: dict, *names: str) -> dict[str, str]:
    """The named plain-text fields of a record, empty where the data file leaves them out."""
    return {name: spec.get(name, "") for name in names}


def rollout(spec: dict) -> dict:
    """A gemeente's or wijk's phase and its pilot and live dates."""
    return {
        "rollout_phase": spec["phase"],
        "pilot_date": _date(spec.get("pilot_date")),
        "live_date": _date(spec.get("live_date")),
    }


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


class DemoLoader:
    """Creates missing demo pages, terms, sites and settings; counts what it created."""

    def __init__(
        self,
        today: datetime.date | None = None,
        content: DemoContent | None = None,
        progress: Callable[[str, int], None] | None = None,
    ):
        self.today = today or timezone.localdate()
        self.content = content or read_demo_content()
        self.progress = progress or (lambda label, created: None)
        self.created = 0
        self.nl = Locale.objects.get(language_code="nl")
        self.en, _ = Locale.objects.get_or_create(language_code="en")

    # -- helpers -----------------------------------------------------------------------------
    def child(self, parent: Page, model, slug: str, m2m: dict | None = None, **fields):
        """The child page with this slug, created and published when missing."""
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        page = model(slug=slug, **fields)
        for name, values in (m2m or {}).items():
            getattr(page, name).set(values)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def terms(self, model, specs: list[dict]) -> dict[str, object]:
        """Taxonomy terms by slug, with English translations."""
        by_slug = {}
        for spec in specs:
            term = model.objects.filter(slug=spec["slug"], locale=self.nl).first()
            if term is None:
                term = model.objects.create(slug=spec["slug"], name=spec["nl"], locale=self.nl)
                self.created += 1
            if not model.objects.filter(translation_key=term.translation_key, locale=self.en):
                translation = term.copy_for_translation(self.en)
                translation.name = spec["en"]
                translation.save()
            by_slug[spec["slug"]] = term
        return by_slug

    # -- the tree ----------------------------------------------------------------------------
    def load(self) -> int:
        """Load everything; returns the number of objects created (0 on a second run)."""
        with transaction.atomic():
            self.categories = self.terms(Category, self.content.categories)
            self.target_groups = self.terms(TargetGroup, self.content.target_groups)
            self.progress("Categories and target groups", self.created)
            root = Page.get_first_root_node()
            for region in self.content.regions:
                created_before = self.created
                self.region(root, region)
                self.progress(region["region_name"], self.created - created_before)
            self.remove_wagtail_welcome_page(root)
            extend_horizon()  # publishing filled each activity; this moves the window to today
        return self.created

    def region(self, root: Page, spec: dict) -> None:
        """One region: its home page and site, gemeenten, organisations, pages and branding."""
        home = self.child(
            root,
            HomePage,
            spec["slug"],
            title=spec["title"],
            region_name=spec["region_name"],
            intro=spec["intro"],
        )
        site = Site.objects.filter(hostname=spec["hostname"]).first()
        if site is None:
            if spec.get("is_default"):
                Site.objects.filter(is_default_site=True).update(is_default_site=False)
            site = Site.objects.create(
                hostname=spec["hostname"],
                port=80,
                root_page=home,
                site_name=spec["title"],
                is_default_site=bool(spec.get("is_default")),
            )
            self.created += 1
        ensure_region(home)
        self.wijken: dict[str, WijkPage] = {}
        for gemeente in spec["gemeenten"]:
            self.gemeente(home, gemeente)
        index_spec = self.content.shared["organisation_index"]
        index = self.child(
            home,
            OrganisationIndexPage,
            index_spec["slug"],
            title=index_spec["title"],
            intro=index_spec["intro"],
        )
        for organisation in spec["organisations"]:
            self.organisation(index, organisation)
        pages = {p["slug"]: self.standard_page(home, p) for p in spec["standard_pages"]}
        self.branding(site, spec["colours"], pages)

    def branding(self, site: Site, colours: dict[str, str], pages: dict[str, Page]) -> None:
        """The site's colours, footer and privacy and accessibility pages, unless already set."""
        branding = BrandingSettings.for_site(site)
        if branding.footer_text:
            return
        branding.primary_colour = colours["primary"]
        branding.accent_colour = colours["accent"]
        branding.footer_text = self.content.shared["footer_text"]
        branding.privacy_page = pages.get("privacyverklaring")
        branding.accessibility_page = pages.get("toegankelijkheidsverklaring")
        branding.save()

    def gemeente(self, home: Page, spec: dict) -> None:
        """A gemeente with its wijken, ontwikkelingen and marketplace."""
        gemeente = self.child(
            home,
            GemeentePage,
            spec["slug"],
            title=spec["title"],
            **rollout(spec),
            **optional(spec, "intro", "phone", "email", "website", "cbs_code"),
        )
        for wijk in spec.get("wijken", []):
            self.wijken[wijk["slug"]] = self.child(
                gemeente,
                WijkPage,
                wijk["slug"],
                title=wijk["title"],
                **rollout(wijk),
                **optional(wijk, "intro", "postcodes", "phone", "email"),
                **optional(wijk, "wijkteam_name", "wijkteam_address", "wijkteam_hours"),
            )
        index_spec = self.content.shared["ontwikkeling_index"]
        index = self.child(
            gemeente,
            OntwikkelingIndexPage,
            index_spec["slug"],
            title=index_spec["title"],
            intro=fill(
                index_spec["intro"],
                {"gemeente": escape(spec["title"])},
                "shared.yaml: ontwikkeling_index.intro",
            ),
        )
        for item in spec.get("ontwikkelingen", []):
            self.child(
                index,
                OntwikkelingPage,
                item["slug"],
                title=item["title"],
                date=_date(item["date"]),
                intro=item["intro"],
                body=paragraphs(item.get("body", [])),
            )
        market_spec = self.content.shared["marketplace"]
        market = self.child(
            gemeente,
            MarketplacePage,
            market_spec["slug"],
            title=market_spec["title"],
            intro=market_spec["intro"],
        )
        for model, key in [(RequestPage, "requests"), (OfferPage, "offers")]:
            for item in spec.get(key, []):
                self.child(
                    market,
                    model,
                    item["slug"],
                    title=item["title"],
                    category=self.categories[item["category"]],
                    wijk=self.wijken[item["wijk"]],
                    description=item["description"],
                    when=item.get("when", ""),
                    first_name=item["first_name"],
                    expires_at=self.today + datetime.timedelta(weeks=6),
                )
        ensure_gemeente(gemeente)

    def organisation(self, index: Page, spec: dict) -> None:
        """An organisation with its services and activities, and its editors' access."""
        organisation = self.child(
            index,
            OrganisationPage,
            spec["slug"],
            title=spec["title"],
            kind=spec["kind"],
            intro=spec["intro"],
            body=paragraphs(spec.get("body", [])),
            **optional(spec, "street", "postcode", "city", "phone", "email", "website"),
            m2m={"wijken": self.wijk_list(spec.get("wijken", []))},
        )
        for service in spec.get("services", []):
            self.child(
                organisation,
                ServicePage,
                service["slug"],
                title=service["title"],
                intro=service["intro"],
                body=paragraphs(service.get("body", [])),
                **optional(service, "audience", "cost", "how_to_apply", "opening_hours"),
                m2m=self.links(service),
            )
        for activity in spec.get("activities", []):
            self.activity(organisation, activity)
        ensure_organisation_access(organisation)

    def activity(self, organisation: Page, spec: dict) -> None:
        """An activity; its exception dates are added only when the page is new."""
        start = self.activity_start(spec)
        existed = ActivityPage.objects.child_of(organisation).filter(slug=spec["slug"]).exists()
        page = self.child(
            organisation,
            ActivityPage,
            spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            body=paragraphs(spec.get("body", [])),
            **optional(spec, "location_name", "street", "postcode", "city", "cost"),
            registration=spec.get("registration", "none"),
            registration_info=spec.get("registration_info", ""),
            start=start,
            end=start + datetime.timedelta(minutes=spec.get("duration_minutes", 120)),
            recurrence=spec.get("recurrence", ""),
            series_end=_date(spec.get("series_end")),
            m2m=self.links(spec),
        )
        if not existed and spec.get("exdates"):
            for value in spec["exdates"]:
                ActivityExceptionDate.objects.create(page=page, date=_date(value))
            page.save_revision().publish()

    def activity_start(self, spec: dict) -> datetime.datetime:
        """The first start: a fixed date and time, or a time some days from today."""
        if "start" in spec:
            local = datetime.datetime.fromisoformat(spec["start"])
        else:
            day = self.today + datetime.timedelta(days=spec["start_in_days"])
            local = datetime.datetime.combine(day, datetime.time.fromisoformat(spec["time"]))
        return local.replace(tzinfo=LOCAL_TZ)

    def links(self, spec: dict) -> dict[str, list]:
        """A service's or activity's categories, target groups and wijken, by their slugs."""
        return {
            "categories": [self.categories[slug] for slug in spec.get("categories", [])],
            "target_groups": [self.target_groups[slug] for slug in spec.get("target_groups", [])],
            "wijken": self.wijk_list(spec.get("wijken", [])),
        }

    def wijk_list(self, slugs: list[str]) -> list[WijkPage]:
        """The wijk pages of this region with these slugs."""
        return [self.wijken[slug] for slug in slugs]

    def standard_page(self, home: Page, spec: dict) -> Page:
        """A standard page (about, privacy, accessibility) under the region's home page."""
        return self.child(
            home,
            StandardPage,
            spec["slug"],
            title=spec["title"],
            intro=spec.get("intro", ""),
            body=paragraphs(spec.get("body", [])),
        )

    def remove_wagtail_welcome_page(self, root: Page) -> None:
        """Drop the stock "Welcome to your new Wagtail site!" page a fresh install has."""
        for page in root.get_children().filter(depth=2, content_type__model="page"):
            Site.objects.filter(root_page=page).delete()
            page.delete()


def load_demo(
    today: datetime.date | None = None, progress: Callable[[str, int], None] | None = None
) -> int:
    """Load the demo regions; returns how many objects were created.

    progress, when given, is called with a label and a count after the terms and each region.
    """
    with deferred():  # one recompute of the stored visibility at the end, not one per page
        return DemoLoader(today, progress=progress).load()
