from django import template

from raion.news.models import NewsIndexPage

register = template.Library()


@register.simple_tag
def top_news_section(home):
    """The outermost news section of a language tree: its feeds carry all news."""
    if home is None:
        return None
    return NewsIndexPage.objects.live().descendant_of(home).order_by("depth", "path").first()
