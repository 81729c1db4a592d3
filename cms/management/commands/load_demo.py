"""manage.py load_demo: the two demo regions (idempotent)."""

from django.core.management.base import BaseCommand

from cms.demo import load_demo


class Command(BaseCommand):
    """Load the demo regions Westelijke Mijnstreek and Midden-Limburg West."""

    help = "Load the demo regions; running it again creates nothing new."

    def handle(self, *args, **options):
        created = load_demo()
        self.stdout.write(f"Demo content: {created} objects created.")
