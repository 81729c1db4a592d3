"""An ontwikkeling's image becomes its listing image, with alt text or marked decorative.

The field is renamed (the chosen images stay, in the pages and in their saved revisions, so a
draft or a revert keeps its image); an image's own description, where its editor wrote one,
becomes the page's alt text, so only images without any text ask for one.
"""

import django.db.models.deletion
from django.db import migrations, models


def alt_from_image_description(apps, schema_editor):
    """Fill the new alt text from the image's description where there is one."""
    OntwikkelingPage = apps.get_model("wijken", "OntwikkelingPage")
    pages = OntwikkelingPage.objects.filter(listing_image__isnull=False, listing_image_alt="")
    for page in pages.exclude(listing_image__description="").select_related("listing_image"):
        page.listing_image_alt = page.listing_image.description[:250]
        page.save(update_fields=["listing_image_alt"])


def rename_in_revisions(apps, schema_editor):
    """Saved revisions of ontwikkelingen name the image by its new field name."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="wijken", model="ontwikkelingpage").first()
    if content_type is None:
        return
    changed = []
    for revision in Revision.objects.filter(content_type=content_type).iterator(chunk_size=500):
        if isinstance(revision.content, dict) and "image" in revision.content:
            revision.content["listing_image"] = revision.content.pop("image")
            changed.append(revision)
    Revision.objects.bulk_update(changed, ["content"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wijken", "0003_stored_visibility"),
    ]

    operations = [
        migrations.RenameField(
            model_name="ontwikkelingpage", old_name="image", new_name="listing_image"
        ),
        migrations.AlterField(
            model_name="ontwikkelingpage",
            name="listing_image",
            field=models.ForeignKey(
                blank=True,
                help_text="Staat bij deze pagina en in overzichten, zoals de agenda en de wijkpagina.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailimages.image",
                verbose_name="afbeelding",
            ),
        ),
        migrations.AddField(
            model_name="ontwikkelingpage",
            name="listing_image_alt",
            field=models.CharField(
                blank=True,
                help_text="Voor wie de afbeelding niet kan zien. Beschrijf kort wat erop staat, bijv. 'Vrijwilligers schenken koffie in het buurthuis'.",
                max_length=250,
                verbose_name="beschrijving van de afbeelding",
            ),
        ),
        migrations.AddField(
            model_name="ontwikkelingpage",
            name="listing_image_decorative",
            field=models.BooleanField(
                default=False,
                help_text="Aanvinken als de afbeelding alleen sfeer geeft en niets vertelt wat niet al in de tekst staat. Voorleessoftware slaat haar dan over.",
                verbose_name="decoratief",
            ),
        ),
        migrations.RunPython(alt_from_image_description, migrations.RunPython.noop, elidable=True),
        migrations.RunPython(rename_in_revisions, migrations.RunPython.noop, elidable=True),
    ]
