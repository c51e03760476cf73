from django import template

from raion.feedback.models import COMMENT_MAX_LENGTH
from raion.feedback.pages import asks_for_feedback

register = template.Library()


@register.inclusion_tag("feedback/form.html", takes_context=True)
def page_feedback(context):
    """The question at the foot of a content page; after an answer, the thanks."""
    page = context.get("page")
    request = context.get("request")
    if page is None or getattr(page, "pk", None) is None or not asks_for_feedback(page):
        return {"show": False}
    return {
        "show": True,
        "page": page,
        "thanked": request is not None and request.GET.get("feedback") == "thanks",
        "comment_max_length": COMMENT_MAX_LENGTH,
    }
