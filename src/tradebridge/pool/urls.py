from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from .views import public, staff

app_name = "pool"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", public.opportunity_list_view, name="list"),
    path("new/", public.opportunity_create_view, name="create"),
    path("mine/", public.mine_view, name="mine"),
    path("<int:pk>/", public.opportunity_detail_view, name="detail"),
    path("<int:pk>/edit/", public.opportunity_edit_view, name="edit"),
    path("<int:pk>/submit/", public.opportunity_submit_view, name="submit"),
    path("<int:pk>/close/", public.opportunity_close_view, name="close"),
    path("<int:pk>/attachments/", public.attachment_add_view, name="attachment-add"),
    path("<int:pk>/interest/", public.interest_express_view, name="interest-express"),
    path("<int:pk>/review/", staff.review_view, name="review"),
    path("attachments/<int:pk>/", public.attachment_view, name="attachment"),
    path("attachments/<int:pk>/delete/", public.attachment_delete_view, name="attachment-delete"),
    path("interests/<int:pk>/", public.interest_view, name="interest"),
    path("interests/<int:pk>/answer/", public.interest_answer_view, name="interest-answer"),
    path("interests/<int:pk>/withdraw/", public.interest_withdraw_view, name="interest-withdraw"),
    path("deals/", public.deal_list_view, name="deals"),
    path("deals/<int:pk>/", public.deal_view, name="deal"),
    path("deals/<int:pk>/stage/", public.deal_stage_view, name="deal-stage"),
    path("deals/<int:pk>/note/", public.deal_note_view, name="deal-note"),
    path("deals/<int:pk>/figures/", public.deal_figures_view, name="deal-figures"),
    path("survey/<str:token>/<slug:answer>/", public.survey_view, name="survey"),
    path("manage/review/", staff.review_queue_view, name="review-queue"),
    path("manage/board/", staff.board_view, name="board"),
    path("manage/survey/", staff.survey_schedule_view, name="survey-schedule"),
]
