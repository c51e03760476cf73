"""Reports → Page feedback: per page, how many readers answered yes and no and how many
left a comment; Reports → Feedback comments: each comment. Both export CSV and XLSX. A
network administrator reads every site's answers, anybody else with
`feedback.view_pagefeedback` only those of the sites they work on."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from raion.network.policy import user_site_ids

from .models import PageFeedback

VIEW_PERMISSION = "feedback.view_pagefeedback"
# A spreadsheet runs a cell that begins with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def can_read_feedback(user) -> bool:
    return user.is_active and user.has_perm(VIEW_PERMISSION)


def answers_visible_to(user):
    site_ids = user_site_ids(user)
    answers = PageFeedback.objects.all()
    return answers if site_ids is None else answers.filter(site__in=site_ids)


def _inert(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class FeedbackReportMixin:
    header_icon = "comment"

    def dispatch(self, request, *args, **kwargs):
        if not can_read_feedback(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def write_csv_row(self, writer, row_dict):
        # Readers write the comments: none may become a formula in the editor's spreadsheet.
        return super().write_csv_row(writer, {key: _inert(v) for key, v in row_dict.items()})


class PageFeedbackReportView(FeedbackReportMixin, ReportView):
    page_title = _("Page feedback")
    index_url_name = "page_feedback_report"
    index_results_url_name = "page_feedback_report_results"
    columns = [
        Column("title", label=_("Page")),
        Column("url_path", label=_("Address in the tree")),
        Column("useful_count", label=_("Yes")),
        Column("not_useful_count", label=_("No")),
        Column("comment_count", label=_("Comments")),
        DateColumn("last_answer", label=_("Last answer")),
    ]
    list_export = ["title", "url_path", "useful_count", "not_useful_count", "comment_count"]
    export_headings = {
        "title": _("Page"),
        "url_path": _("Address in the tree"),
        "useful_count": _("Yes"),
        "not_useful_count": _("No"),
        "comment_count": _("Comments"),
    }

    def get_queryset(self):
        answers = answers_visible_to(self.request.user)
        mine = Q(feedback__in=answers)
        return (
            Page.objects.filter(pk__in=answers.values("page"))
            .annotate(
                useful_count=Count("feedback", filter=mine & Q(feedback__useful=True)),
                not_useful_count=Count("feedback", filter=mine & Q(feedback__useful=False)),
                comment_count=Count("feedback", filter=mine & ~Q(feedback__comment="")),
                last_answer=Max("feedback__created_at", filter=mine),
            )
            .order_by("-last_answer")
        )

    def get_filename(self):
        return f"page-feedback-{datetime.date.today():%Y-%m-%d}"


class FeedbackCommentsReportView(FeedbackReportMixin, ReportView):
    page_title = _("Feedback comments")
    index_url_name = "feedback_comments_report"
    index_results_url_name = "feedback_comments_report_results"
    columns = [
        DateColumn("created_at", label=_("Time")),
        Column("page", label=_("Page")),
        Column("useful_label", label=_("Useful")),
        Column("comment", label=_("Comment")),
    ]
    list_export = ["created_at", "page.url_path", "useful_label", "comment"]
    export_headings = {
        "created_at": _("Time"),
        "page.url_path": _("Address in the tree"),
        "useful_label": _("Useful"),
        "comment": _("Comment"),
    }

    def get_queryset(self):
        answers = answers_visible_to(self.request.user).exclude(comment="")
        return answers.select_related("page").order_by("-created_at")

    def get_filename(self):
        return f"feedback-comments-{datetime.date.today():%Y-%m-%d}"
