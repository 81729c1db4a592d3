"""Drop the rights Wagtail's install gives its stock groups on the whole tree.

Wagtail creates "Editors" and "Moderators" with permissions on the root page and root
collection, and a "Moderators approval" workflow on the root page. In Wijkportaal rights
follow the tree (see wijken.onboarding): only superusers act site-wide.
"""

from django.db import migrations


def forwards(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    roots = Page.objects.filter(depth=1)
    GroupPagePermission.objects.filter(page__in=roots).delete()
    WorkflowPage.objects.filter(page__in=roots).delete()
    GroupCollectionPermission.objects.filter(
        collection__in=Collection.objects.filter(depth=1)
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("wijken", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
