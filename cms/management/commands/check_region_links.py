"""manage.py check_region_links: pages whose wijken or terms lie outside their region or language.

Saving such a page is refused (``home.region_links``); links saved before that rule existed are
listed here, one line per link, so an editor can untick them; the command fails when any are.
"""

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import get_page_models

from home.region_links import link_errors, region_link_fields


class Command(BaseCommand):
    """List every link that breaks the one-region, one-language rule."""

    help = "List pages linking to another region's wijken or to terms in another language."

    def handle(self, *args, **options):
        found = 0
        for model in get_page_models():
            if not region_link_fields(model):
                continue
            for page in model.objects.all().iterator():
                for field, errors in link_errors(page).items():
                    for error in errors:
                        found += 1
                        self.stdout.write(f"{page.pk}\t{page.title}\t{field}\t{error.messages[0]}")
        if found:
            raise CommandError(f"{found} link(s) outside their region or language.")
        self.stdout.write("Every link keeps to its page's region and language.")
