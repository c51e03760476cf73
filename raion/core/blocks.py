"""StreamField blocks shared by every page type with a body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock()
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "core/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), icon="title", template="core/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"],
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(label=_("Embedded media"), template="core/blocks/embed.html")
    table = TableBlock(label=_("Table"))
