"""The StreamField block set every page body uses."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from home.links import page_url

from .api import image_representation
from .links import absolute_url

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    """A section heading at level 2 or 3 (the page title is the only h1)."""

    text = blocks.CharBlock(label=_("Tekst"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "H2"), ("h3", "H3")], default="h2", label=_("Niveau")
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    """An image with required alt text (through ImageBlock) and an optional caption."""

    image = ImageBlock(label=_("Afbeelding"))
    caption = blocks.CharBlock(required=False, label=_("Onderschrift"))

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"

    def get_api_representation(self, value, context=None):
        """The image as renditions with its alt text ("" when decorative), and the caption."""
        image = value.get("image")
        request = (context or {}).get("request")
        alt = ""
        if image is not None and not image.decorative:
            alt = image.contextual_alt_text or image.default_alt_text
        return {
            "image": image_representation(image, request, alt=alt),
            "caption": value.get("caption") or "",
        }


class QuoteBlock(blocks.StructBlock):
    """A quotation with the name of who said it."""

    text = blocks.TextBlock(label=_("Citaat"))
    attribution = blocks.CharBlock(required=False, label=_("Naam"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    """A prominent link to a page or an external address."""

    text = blocks.CharBlock(label=_("Linktekst"), max_length=80)
    page = blocks.PageChooserBlock(required=False, label=_("Pagina"))
    url = blocks.URLBlock(required=False, label=_("Of een webadres"))

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"

    def get_api_representation(self, value, context=None):
        """The link text with its target as a URL (a chosen page by id, title and URL)."""
        request = (context or {}).get("request")
        page = value.get("page")
        if page is not None and not page.live:
            page = None
        target = None
        if page is not None:
            target = {"id": page.pk, "title": page.title, "url": page_url(page, request)}
        url = page_url(page, request) if page is not None else value.get("url") or ""
        return {"text": value.get("text"), "url": absolute_url(url, request), "page": target}


class FaqItemBlock(blocks.StructBlock):
    """One question with its answer."""

    question = blocks.CharBlock(label=_("Vraag"))
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Antwoord"))


class FaqBlock(blocks.StructBlock):
    """A list of questions and answers, shown as native disclosure widgets."""

    items = blocks.ListBlock(FaqItemBlock(), label=_("Vragen"))

    class Meta:
        icon = "help"
        template = "blocks/faq_block.html"


class BodyBlock(blocks.StreamBlock):
    """The shared body of portal pages: text, headings, images, quotes, links, FAQ, video."""

    heading = HeadingBlock(label=_("Kop"))
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Tekst"))
    image = CaptionedImageBlock(label=_("Afbeelding"))
    quote = QuoteBlock(label=_("Citaat"))
    call_to_action = CallToActionBlock(label=_("Knop"))
    faq = FaqBlock(label=_("Veelgestelde vragen"))
    embed = EmbedBlock(label=_("Video"), required=False)
