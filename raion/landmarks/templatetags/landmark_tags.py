from django import template
from wagtail.models import Site

from raion.landmarks.models import LandmarkCarousel

register = template.Library()


@register.inclusion_tag("landmarks/carousel.html", takes_context=True)
def landmark_carousel(context, is_home):
    """The site's carousel, or nothing when the editors keep it to the home page."""
    carousel = LandmarkCarousel.for_site(
        Site.find_for_request(context["request"]),
        prefetch=("slides__image__renditions",),
    )
    if carousel and not (is_home or carousel.show_on_inner_pages):
        carousel = None
    slides = list(carousel.slides.all()) if carousel else []
    return {"slides": slides}
