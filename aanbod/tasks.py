"""Background work of the aanbod app (django-tasks: immediate in tests, a worker in production).

Task arguments are ids only, never personal data."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from django_tasks import task

from . import lifecycle, mail
from .models import OutboxMessage


def set_password_url(user) -> str:
    """The admin's own set-password link for this user (a one-time token)."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@task()
def send_invitation(user_id: int, group_id: int) -> bool:
    """Mail a newly invited editor a link to choose a password."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    group = Group.objects.filter(pk=group_id).first()
    if user is None or not user.email:
        return False
    body = _(
        "Hallo,\n\n"
        "Je bent uitgenodigd als redacteur (%(group)s) van het Wijkportaal.\n"
        "Kies via deze link een wachtwoord; daarna log je in met je e-mailadres:\n\n"
        "%(url)s\n\n"
        "De link werkt één keer. Verwachtte je deze uitnodiging niet? Dan kun je dit bericht "
        "negeren.\n"
    ) % {"group": group.name if group else "", "url": set_password_url(user)}
    send_mail(_("Uitnodiging voor het Wijkportaal: kies je wachtwoord"), body, None, [user.email])
    return True


@task()
def deliver_mail(message_id: int) -> bool:
    """Send one queued mail; it stays in the outbox when the server is down."""
    message = OutboxMessage.objects.filter(pk=message_id).first()
    if message is None:
        return True
    return mail.send_outbox_message(message)


@task()
def send_queued_mail() -> int:
    """Retry everything still in the outbox (scheduled, e.g. every five minutes)."""
    return mail.send_queued_mail()[0]


@task()
def daily_maintenance() -> dict:
    """Delete unconfirmed submissions, remind, expire and erase personal data (daily)."""
    return lifecycle.run_maintenance()


@task()
def purge_personal_data() -> int:
    """Erase residents' data that is due for erasure."""
    return lifecycle.purge_personal_data()


@task()
def send_digests(frequency: str) -> int:
    """Send the daily or weekly subscription digests."""
    from .subscriptions import send_digests as send

    return send(frequency)


@task()
def send_freshness_reminders(months: int | None = None) -> int:
    """One "verouderde inhoud" digest per organisation's editors; returns the mails sent."""
    from .freshness import send_stale_digests

    return send_stale_digests(months)


@task()
def unpublish_ended_activities() -> list[str]:
    """Unpublish activities whose series has ended; returns their titles."""
    from .freshness import unpublish_ended_activities as unpublish

    return unpublish()


@task()
def import_calendar(organisation_id: int) -> str:
    """Import one organisation's linked iCal feed; returns a one-line summary."""
    from .ical_import import import_feed
    from .models import OrganisationPage

    organisation = OrganisationPage.objects.live().filter(pk=organisation_id).first()
    if organisation is None or not organisation.ical_url:
        return "no feed"
    return import_feed(organisation).summary()


@task()
def import_calendars() -> int:
    """Import every registered iCal feed (scheduled, e.g. hourly); returns how many succeeded."""
    from .ical_import import import_all

    return sum(result.ok for result in import_all().values())
