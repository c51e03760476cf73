from wagtail.snippets.models import register_snippet

from raion.network.viewsets import SiteOwnedViewSet

from .models import LandmarkCarousel


class LandmarkCarouselViewSet(SiteOwnedViewSet):
    model = LandmarkCarousel
    icon = "image"
    menu_order = 210


register_snippet(LandmarkCarouselViewSet)
