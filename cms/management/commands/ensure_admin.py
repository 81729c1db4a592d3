"""manage.py ensure_admin: a local superuser for a first run, printed to the terminal."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    """Create (or reset) the local admin login; refuses to run with DEBUG off."""

    help = "Ensure a local admin login exists and print it (development only)."

    def add_arguments(self, parser):
        """--host and --port: where runserver serves, for the admin address printed."""
        parser.add_argument("--host", default="127.0.0.1", help="Host served (127.0.0.1)")
        parser.add_argument("--port", default="8000", help="Port served (8000)")

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_admin is for local development only (DEBUG is off).")
        username = os.environ.get("ADMIN_USERNAME", "admin")
        password = os.environ.get("ADMIN_PASSWORD", "wijkportaal")
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": "admin@example.org"}
        )
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        verb = "Created" if created else "Reset"
        self.stdout.write(
            f"{verb} the local admin login: http://{options['host']}:{options['port']}/admin/  "
            f"user '{username}', password '{password}'"
        )
