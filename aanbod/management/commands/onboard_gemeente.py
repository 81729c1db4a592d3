"""manage.py onboard_gemeente: a gemeente with wijken, pages, groups and workflow in one go."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from aanbod.editorial.onboarding import OnboardingError, onboard_gemeente
from wijken.rollout import RolloutPhase


def parse_date(value: str | None) -> datetime.date | None:
    """YYYY-MM-DD or nothing; a clear error otherwise."""
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"Ongeldige datum '{value}': gebruik JJJJ-MM-DD.") from None


def parse_wijk(value: str) -> tuple[str, str]:
    """'Sittard Noordoost:6131,6132 AB' -> (name, postcodes)."""
    name, _sep, postcodes = value.partition(":")
    return name.strip(), postcodes


class Command(BaseCommand):
    """Onboard a gemeente; running it again changes nothing."""

    help = (
        "Onboard a gemeente in a region: gemeente page, wijken with postcodes, ontwikkelingen, "
        "vraag en aanbod, editors and moderators groups, collection and moderation workflow. "
        "Idempotent; bad input creates nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--region", required=True, help="region slug, site hostname or name")
        parser.add_argument("--name", required=True, help="name of the gemeente")
        parser.add_argument(
            "--wijk",
            action="append",
            default=[],
            metavar="NAME:POSTCODES",
            help="a wijk and its postcodes, e.g. 'Beek Centrum:6191,6192 AB' (repeatable)",
        )
        parser.add_argument(
            "--phase", default=RolloutPhase.PREPARATION, help="preparation|pilot|live"
        )
        parser.add_argument("--pilot-date", help="YYYY-MM-DD on which the pilot starts")
        parser.add_argument("--live-date", help="YYYY-MM-DD on which it goes live")
        parser.add_argument("--cbs-code", default="", help="e.g. GM0888")

    def handle(self, *args, **options):
        try:
            result = onboard_gemeente(
                options["region"],
                options["name"],
                wijken=[parse_wijk(w) for w in options["wijk"]],
                phase=options["phase"],
                pilot_date=parse_date(options["pilot_date"]),
                live_date=parse_date(options["live_date"]),
                cbs_code=options["cbs_code"],
            )
        except OnboardingError as exc:
            raise CommandError(str(exc)) from None
        report(self, result)


def report(command: BaseCommand, result) -> None:
    """Print what was created or sent, or that nothing changed (and who still waits)."""
    if not result.changed:
        command.stdout.write(f"{result.page.title}: bestond al, niets veranderd.")
    for line in result.created:
        command.stdout.write(f"aangemaakt: {line}")
    for email in result.invited:
        command.stdout.write(f"uitgenodigd: {email}")
    for email in result.reinvited:
        command.stdout.write(f"opnieuw uitgenodigd: {email}")
    for email in result.pending:
        command.stdout.write(
            f"{email} heeft nog geen wachtwoord gekozen; stuur de uitnodiging opnieuw met "
            "--resend-invitations."
        )
    if result.changed:
        command.stdout.write(command.style.SUCCESS(f"{result.page.title}: klaar."))
