"""Onboarding a gemeente or an organisation in one step (commands, admin views, demo loader).

Everything runs in one transaction and is checked before anything is written: bad input
raises ``OnboardingError`` with a Dutch message and leaves the database as it was. Running
the same onboarding twice changes nothing; running it with extra wijken or invitees adds
only what is missing.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.admin.localization import get_available_admin_languages
from wagtail.models import Page, Site
from wagtail.users.models import UserProfile

from aanbod.models import MarketplacePage, OrganisationIndexPage, OrganisationKind, OrganisationPage
from aanbod.models.organisations import ReviewMode
from home.models import HomePage
from wijken import onboarding as access
from wijken.models import GemeentePage, OntwikkelingIndexPage, WijkPage
from wijken.onboarding import OnboardingError
from wijken.postcodes import parse_postcode_list
from wijken.rollout import RolloutPhase, live_before_pilot

__all__ = [
    "OnboardingError",
    "OnboardingResult",
    "ensure_gemeente",
    "ensure_organisation_access",
    "ensure_region",
    "find_region",
    "onboard_gemeente",
    "onboard_organisation",
]


@dataclass
class OnboardingResult:
    """What an onboarding run did: the page, and a line per thing it created."""

    page: Page
    created: list[str] = field(default_factory=list)
    invited: list[str] = field(default_factory=list)
    reinvited: list[str] = field(default_factory=list)
    # Invited before, no password chosen yet, and not sent again in this run.
    pending: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether anything was created or sent."""
        return bool(self.created or self.invited or self.reinvited)


def find_region(identifier: str) -> HomePage:
    """The region by its slug, its site's hostname or its name; OnboardingError otherwise."""
    value = (identifier or "").strip()
    region = (
        HomePage.objects.filter(
            Q(slug=value) | Q(region_name__iexact=value) | Q(title__iexact=value)
        )
        .order_by("pk")
        .first()
    )
    if region is None:
        site = Site.objects.filter(hostname__iexact=value).select_related("root_page").first()
        if site is not None:
            region = HomePage.objects.filter(pk=site.root_page_id).first()
    if region is None:
        known = ", ".join(HomePage.objects.order_by("slug").values_list("slug", flat=True))
        raise OnboardingError(
            _("Onbekende regio '%(region)s'. Bekende regio's: %(known)s.")
            % {"region": value, "known": known or "-"}
        )
    return region


def ensure_region(home: HomePage):
    """The region's administrators group (may also choose an organisation's review mode)."""
    return access.ensure_region_access(home, extra_permissions=("aanbod.set_review_mode",))


# -- gemeente --------------------------------------------------------------------------------


def _publish_child(parent: Page, page: Page, user=None) -> Page:
    try:
        parent.add_child(instance=page)
    except ValidationError as exc:
        messages = [f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items()]
        raise OnboardingError("; ".join(messages)) from None
    page.save_revision(user=user, log_action=True).publish(user=user)
    return page


def _check_name_free(home: HomePage, model, title: str, slug: str) -> Page | None:
    """The existing page of this type and title, None when new; OnboardingError on a clash."""
    if not title.strip():
        raise OnboardingError(_("Geef een naam op."))
    if not slug:
        raise OnboardingError(
            _("De naam '%(name)s' heeft geen bruikbare letters.") % {"name": title}
        )
    elsewhere = (
        model.objects.filter(Q(title__iexact=title) | Q(slug=slug))
        .exclude(path__startswith=home.path)
        .first()
    )
    if elsewhere is not None and model is GemeentePage:
        other = access.region_of(elsewhere)
        raise OnboardingError(
            _("De gemeente '%(name)s' bestaat al in regio '%(region)s'.")
            % {"name": elsewhere.title, "region": other.title if other else "?"}
        )
    mine = model.objects.descendant_of(home).filter(Q(title__iexact=title) | Q(slug=slug))
    for page in mine:
        if page.title == title and page.slug == slug:
            return page
        raise OnboardingError(
            _("De naam '%(name)s' lijkt te veel op de bestaande pagina '%(other)s'.")
            % {"name": title, "other": page.title}
        )
    return None


def _parse_wijken(wijken: list[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    """Validate (name, postcodes) pairs: names unique, every postcode Dutch."""
    parsed, seen = [], set()
    for name, postcodes in wijken:
        name = (name or "").strip()
        if not name or not slugify(name):
            raise OnboardingError(_("Een wijk heeft geen naam."))
        if slugify(name) in seen:
            raise OnboardingError(_("De wijk '%(name)s' staat er twee keer in.") % {"name": name})
        seen.add(slugify(name))
        codes, rejected = parse_postcode_list(postcodes)
        if rejected:
            raise OnboardingError(
                _("Ongeldige postcode bij wijk '%(wijk)s': %(codes)s (verwacht 6131 of 6131 AB).")
                % {"wijk": name, "codes": ", ".join(rejected)}
            )
        parsed.append((name, slugify(name), codes))
    return parsed


def _check_postcodes_unclaimed(home: HomePage, gemeente: Page | None, wijken) -> None:
    """Refuse postcodes that already belong to a wijk of another gemeente in the region."""
    others = WijkPage.objects.descendant_of(home)
    if gemeente is not None:
        others = others.exclude(path__startswith=gemeente.path)
    claimed = {}
    for wijk in others.only("title", "postcodes"):
        for code in wijk.postcode_list:
            claimed[code] = wijk.title
    for name, _slug, codes in wijken:
        clash = [f"{c} ({claimed[c]})" for c in codes if c in claimed]
        if clash:
            raise OnboardingError(
                _("Postcode van wijk '%(wijk)s' hoort al bij een andere wijk: %(codes)s.")
                % {"wijk": name, "codes": ", ".join(clash)}
            )


@transaction.atomic
def onboard_gemeente(
    region: str | HomePage,
    name: str,
    *,
    wijken: list[tuple[str, str]] = (),
    phase: str = RolloutPhase.PREPARATION,
    pilot_date: datetime.date | None = None,
    live_date: datetime.date | None = None,
    cbs_code: str = "",
    user=None,
) -> OnboardingResult:
    """A gemeente with its wijken, ontwikkelingen, vraag en aanbod, groups and workflow."""
    home = region if isinstance(region, HomePage) else find_region(region)
    name = (name or "").strip()
    slug = slugify(name)
    existing = _check_name_free(home, GemeentePage, name, slug)
    if phase not in RolloutPhase.values:
        raise OnboardingError(
            _("Onbekende fase '%(phase)s'; kies uit %(phases)s.")
            % {"phase": phase, "phases": ", ".join(RolloutPhase.values)}
        )
    if live_before_pilot(pilot_date, live_date):
        raise OnboardingError(_("De livedatum ligt voor de pilotdatum."))
    parsed = _parse_wijken(list(wijken))
    _check_postcodes_unclaimed(home, existing, parsed)

    gemeente = existing
    result = OnboardingResult(page=existing)
    if gemeente is None:
        gemeente = _publish_child(
            home,
            GemeentePage(
                title=name,
                slug=slug,
                rollout_phase=phase,
                pilot_date=pilot_date,
                live_date=live_date,
                cbs_code=cbs_code,
            ),
            user,
        )
        result.page = gemeente
        result.created.append(_("gemeente %(name)s") % {"name": name})
    ensure_gemeente(gemeente, user=user, result=result, wijken=parsed)
    return result


def ensure_gemeente(
    gemeente: GemeentePage, *, user=None, result: OnboardingResult | None = None, wijken=()
) -> dict:
    """The pages below a gemeente that every gemeente has, plus its groups and workflow."""
    result = result or OnboardingResult(page=gemeente)
    for wijk_name, wijk_slug, codes in wijken:
        if not WijkPage.objects.child_of(gemeente).filter(slug=wijk_slug).exists():
            _publish_child(
                gemeente,
                WijkPage(
                    title=wijk_name,
                    slug=wijk_slug,
                    postcodes=", ".join(codes),
                    rollout_phase=gemeente.rollout_phase,
                    pilot_date=gemeente.pilot_date,
                    live_date=gemeente.live_date,
                ),
                user,
            )
            result.created.append(_("wijk %(name)s") % {"name": wijk_name})
    if not OntwikkelingIndexPage.objects.child_of(gemeente).exists():
        _publish_child(
            gemeente, OntwikkelingIndexPage(title="Ontwikkelingen", slug="ontwikkelingen"), user
        )
        result.created.append(_("overzicht ontwikkelingen"))
    market = MarketplacePage.objects.child_of(gemeente).first()
    if market is None:
        market = _publish_child(
            gemeente, MarketplacePage(title="Vraag en aanbod", slug="vraag-en-aanbod"), user
        )
        result.created.append(_("vraag en aanbod"))
    ensure_region(access.region_of(gemeente))
    return access.ensure_gemeente_access(gemeente, market)


# -- organisation ----------------------------------------------------------------------------


def _resolve_wijken(home: HomePage, names: list) -> list[WijkPage]:
    found, unknown = [], []
    region_wijken = WijkPage.objects.descendant_of(home)
    for raw in names:
        if isinstance(raw, WijkPage):
            found.append(raw)
            continue
        value = raw.strip()
        wijk = region_wijken.filter(Q(slug=value) | Q(title__iexact=value)).first()
        if wijk is None:
            unknown.append(value)
        elif wijk not in found:
            found.append(wijk)
    if unknown:
        raise OnboardingError(
            _("Onbekende wijk in deze regio: %(names)s.") % {"names": ", ".join(unknown)}
        )
    return found


def _check_invitees(emails: list[str]) -> list[str]:
    cleaned = []
    for raw in emails:
        email = raw.strip().lower()
        try:
            validate_email(email)
        except ValidationError:
            raise OnboardingError(
                _("Ongeldig e-mailadres: '%(email)s'.") % {"email": raw}
            ) from None
        if email not in cleaned:
            cleaned.append(email)
    return cleaned


@transaction.atomic
def onboard_organisation(
    region: str | HomePage,
    name: str,
    *,
    kind: str = OrganisationKind.WELZIJN,
    intro: str = "",
    wijken: list[str] = (),
    invite: list[str] = (),
    review_mode: str = ReviewMode.DIRECT,
    email: str = "",
    phone: str = "",
    website: str = "",
    user=None,
    resend_invitations: bool = False,
) -> OnboardingResult:
    """An organisation page with its editors group, collection, wijken and invited editors.

    Invitees who were invited before but have not chosen a password yet get a new invitation
    when ``resend_invitations`` (they are listed in ``result.pending`` otherwise).
    """
    home = region if isinstance(region, HomePage) else find_region(region)
    name = (name or "").strip()
    slug = slugify(name)
    existing = _check_name_free(home, OrganisationPage, name, slug)
    if kind not in OrganisationKind.values:
        raise OnboardingError(
            _("Onbekende soort '%(kind)s'; kies uit %(kinds)s.")
            % {"kind": kind, "kinds": ", ".join(OrganisationKind.values)}
        )
    if review_mode not in ReviewMode.values:
        raise OnboardingError(
            _("Onbekende publicatie-instelling '%(mode)s'; kies uit %(modes)s.")
            % {"mode": review_mode, "modes": ", ".join(ReviewMode.values)}
        )
    served = _resolve_wijken(home, list(wijken))
    emails = _check_invitees(list(invite))

    result = OnboardingResult(page=existing)
    index = OrganisationIndexPage.objects.child_of(home).first()
    if index is None:
        index = _publish_child(
            home, OrganisationIndexPage(title="Organisaties", slug="organisaties"), user
        )
        result.created.append(_("overzicht organisaties"))
    organisation = existing
    if organisation is None:
        organisation = OrganisationPage(
            title=name,
            slug=slug,
            kind=kind,
            intro=intro or name,
            review_mode=review_mode,
            email=email,
            phone=phone,
            website=website,
        )
        organisation.wijken.set(served)
        _publish_child(index, organisation, user)
        result.page = organisation
        result.created.append(_("organisatie %(name)s") % {"name": name})
    ensure_region(home)
    editors = ensure_organisation_access(organisation)
    result.invited = invite_editors(editors, emails, admin_language(home))
    waiting = [e for e in emails if e not in result.invited and awaits_password(e)]
    if resend_invitations:
        result.reinvited = resend_invitation(editors, waiting)
    else:
        result.pending = waiting
    return result


def ensure_organisation_access(organisation: OrganisationPage):
    """The organisation's editors group, rights, collection and review workflow."""
    home = access.region_of(organisation)
    region = home.region_name or home.title
    editors = access.anchored_group(
        organisation, access.EDITORS, access.group_name(region, organisation.title, access.EDITORS)
    )
    direct = organisation.review_mode == ReviewMode.DIRECT
    access.set_page_permissions(
        editors, organisation, access.EDIT_ACTIONS if direct else access.DRAFT_ACTIONS
    )
    collection = access.ensure_collection(organisation.title, access.region_collection(home))
    access.grant_collection(editors, collection)
    workflow = None
    if not direct:
        admins = ensure_region(home)
        workflow = access.ensure_approval_workflow(f"Beoordeling door de regio {region}", [admins])
    access.assign_workflow(organisation, workflow)
    return editors


def _enqueue_invitation(user, group) -> None:
    from aanbod.editorial.tasks import send_invitation

    transaction.on_commit(
        lambda pk=user.pk, group_pk=group.pk: send_invitation.enqueue(pk, group_pk)
    )


def admin_language(home: HomePage) -> str:
    """The admin language for a region's new editors: the region's own language, else Dutch."""
    language = home.locale.language_code if home.locale_id else ""
    permitted = dict(get_available_admin_languages())
    return language if language in permitted else settings.LANGUAGE_CODE


def invite_editors(group, emails: list[str], language: str = "") -> list[str]:
    """Add these people to ``group``; new accounts get a set-password e-mail. Returns new ones.

    New accounts get ``language`` (their region's) as their admin language.
    """
    User = get_user_model()
    invited = []
    for email in emails:
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            user = User(username=email, email=email, is_active=True)
            user.set_unusable_password()
            user.save()
            if language:
                UserProfile.objects.update_or_create(
                    user=user, defaults={"preferred_language": language}
                )
            invited.append(email)
            _enqueue_invitation(user, group)
        user.groups.add(group)
    return invited


def awaits_password(email: str) -> bool:
    """Whether this address has an active account that never chose a password (invited)."""
    user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
    return user is not None and not user.has_usable_password() and user.last_login is None


def resend_invitation(group, emails: list[str]) -> list[str]:
    """A new set-password mail to invitees of ``group`` still without a password; returns them."""
    User = get_user_model()
    sent = []
    for email in emails:
        user = User.objects.filter(email__iexact=email, groups=group).first()
        if user is not None and awaits_password(email):
            _enqueue_invitation(user, group)
            sent.append(email)
    return sent
