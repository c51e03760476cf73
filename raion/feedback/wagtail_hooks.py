from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .report import FeedbackCommentsReportView, PageFeedbackReportView, can_read_feedback

REPORTS = (
    ("page-feedback/", PageFeedbackReportView, "page_feedback_report"),
    ("page-feedback/comments/", FeedbackCommentsReportView, "feedback_comments_report"),
)


@hooks.register("register_admin_urls")
def register_urls():
    urls = []
    for prefix, view, name in REPORTS:
        urls.append(path(prefix, view.as_view(), name=name))
        urls.append(
            path(f"{prefix}results/", view.as_view(results_only=True), name=f"{name}_results")
        )
    return urls


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return can_read_feedback(request.user)


@hooks.register("register_reports_menu_item")
def register_page_feedback_item():
    return FeedbackMenuItem(
        _("Page feedback"),
        reverse("page_feedback_report"),
        name="page-feedback",
        icon_name="comment",
        order=970,
    )


@hooks.register("register_reports_menu_item")
def register_comments_item():
    return FeedbackMenuItem(
        _("Feedback comments"),
        reverse("feedback_comments_report"),
        name="feedback-comments",
        icon_name="comment",
        order=971,
    )
