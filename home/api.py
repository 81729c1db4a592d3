"""API representations shared by page fields and body blocks: images as renditions."""

from wagtail.images.models import SourceImageIOError

from rest_framework import serializers

from home.links import absolute_url

# Rendition sizes a partner site can choose from; the keys are part of the API contract.
RENDITION_SPECS = {
    "thumbnail": "fill-320x180",
    "medium": "max-800x800",
    "large": "max-1600x1600",
    "social": "fill-1200x630",
}


def image_representation(image, request=None, alt: str | None = None) -> dict | None:
    """An image as {id, title, alt, width, height, renditions{name: {url, width, height}}}."""
    if image is None:
        return None
    try:
        by_spec = image.get_renditions(*RENDITION_SPECS.values())  # one query for all sizes
    except SourceImageIOError:
        by_spec = {}
    renditions = {}
    for name, spec in RENDITION_SPECS.items():
        rendition = by_spec.get(spec)
        renditions[name] = (
            {
                "url": absolute_url(rendition.url, request),
                "width": rendition.width,
                "height": rendition.height,
            }
            if rendition is not None
            else {"error": "SourceImageIOError"}
        )
    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.default_alt_text if alt is None else alt,
        "width": image.width,
        "height": image.height,
        "renditions": renditions,
    }


class ImageRenditionsField(serializers.Field):
    """An image foreign key in API v2 as renditions (see image_representation)."""

    def to_representation(self, image):
        return image_representation(image, self.context.get("request"))
