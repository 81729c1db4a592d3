"""manage.py onboard_organisation: an organisation page, its editors and their invitations."""

from django.core.management.base import BaseCommand, CommandError

from aanbod.editorial.onboarding import OnboardingError, onboard_organisation
from aanbod.management.commands.onboard_gemeente import report
from aanbod.models import OrganisationKind, ReviewMode


class Command(BaseCommand):
    """Onboard a partner organisation; running it again changes nothing."""

    help = (
        "Onboard an organisation in a region: page, editors group, collection, wijken served and "
        "invited editors (who get a set-password e-mail). Idempotent; bad input creates nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--region", required=True, help="region slug, site hostname or name")
        parser.add_argument("--name", required=True, help="name of the organisation")
        parser.add_argument("--kind", default=OrganisationKind.WELZIJN, help="zorg|welzijn|...")
        parser.add_argument("--intro", default="", help="one-line description")
        parser.add_argument(
            "--wijk", action="append", default=[], help="slug or name of a wijk served (repeatable)"
        )
        parser.add_argument(
            "--invite", action="append", default=[], help="e-mail of an editor (repeatable)"
        )
        parser.add_argument(
            "--review",
            default=ReviewMode.DIRECT,
            help="direct (editors publish) or region (regional administrators approve)",
        )
        parser.add_argument(
            "--resend-invitations",
            action="store_true",
            help="send the invitation again to invitees who have not chosen a password yet",
        )
        parser.add_argument("--email", default="")
        parser.add_argument("--phone", default="")
        parser.add_argument("--website", default="")

    def handle(self, *args, **options):
        try:
            result = onboard_organisation(
                options["region"],
                options["name"],
                kind=options["kind"],
                intro=options["intro"],
                wijken=options["wijk"],
                invite=options["invite"],
                review_mode=options["review"],
                email=options["email"],
                phone=options["phone"],
                website=options["website"],
                resend_invitations=options["resend_invitations"],
            )
        except OnboardingError as exc:
            raise CommandError(str(exc)) from None
        report(self, result)
