"""Image uploads in the admin are capped in pixels and bytes, with Wagtail's Dutch message."""

import io
import os

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images.models import Image
from wagtail.models import Collection

import pytest
from PIL import Image as PILImage

pytestmark = pytest.mark.django_db


def png(size: tuple[int, int], mode: str = "1", noise: bool = False) -> bytes:
    """A PNG of the given size: one colour (tiny in bytes) or random noise (large in bytes)."""
    if noise:
        image = PILImage.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = PILImage.new(mode, size)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def upload(admin_client, name: str, content: bytes):
    """Post an image through the admin's add form, as an editor does."""
    admin_client.cookies.load({"django_language": "nl"})
    return admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, content, "image/png"),
            "collection": Collection.get_first_root_node().pk,
        },
        HTTP_ACCEPT_LANGUAGE="nl",
    )


def test_the_issues_11000_by_11000_image_is_refused(admin_client):
    """121 megapixels in a ~100 kB file: refused before anything is decoded."""
    content = png((11_000, 11_000))
    assert len(content) < 1024 * 1024
    response = upload(admin_client, "enorm.png", content)
    assert response.status_code == 200
    assert "Deze afbeelding bevat teveel pixels" in response.content.decode()
    assert not Image.objects.filter(title="enorm.png").exists()


def test_an_image_just_over_the_pixel_cap_names_its_pixels(admin_client, settings):
    """Between the cap and twice the cap the message gives the exact number of pixels."""
    content = png((8_000, 7_000))  # 56 MP, cap 50 MP
    response = upload(admin_client, "groot.png", content)
    html = response.content.decode()
    assert "Deze afbeelding bevat teveel pixels (56000000)" in html
    assert str(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS) in html
    assert not Image.objects.filter(title="groot.png").exists()


def test_a_file_over_the_upload_size_is_refused(admin_client, settings):
    """A file larger than WAGTAILIMAGES_MAX_UPLOAD_SIZE (10 MB) is refused with its size."""
    content = png((2_000, 1_900), noise=True)
    assert len(content) > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    response = upload(admin_client, "zwaar.png", content)
    assert "Dit bestand is te groot" in response.content.decode()
    assert not Image.objects.filter(title="zwaar.png").exists()


def test_a_normal_photo_is_accepted(admin_client):
    response = upload(admin_client, "buurthuis.png", png((1_600, 900), mode="RGB"))
    assert response.status_code == 302, response.context["form"].errors
    assert Image.objects.filter(title="buurthuis.png").exists()


def test_pillow_refuses_to_decode_far_larger_images(settings):
    """Renditions decode with Pillow, which now refuses more than twice the cap."""
    assert PILImage.MAX_IMAGE_PIXELS == settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    with pytest.raises(PILImage.DecompressionBombError):
        PILImage.open(io.BytesIO(png((11_000, 11_000)))).load()
