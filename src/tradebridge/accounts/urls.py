from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from . import privacy_views, views

app_name = "accounts"
urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("signup/", views.signup, name="signup"),
    path("signup/sent/", views.signup_sent, name="signup_sent"),
    path("verify/resend/", views.verify_resend, name="verify_resend"),
    path("verify/<str:token>/", views.verify, name="verify"),
    path(
        "password-reset/",
        auth_views.PasswordResetView.as_view(
            template_name="accounts/password_reset.html",
            email_template_name="accounts/password_reset_email.txt",
            subject_template_name="accounts/password_reset_subject.txt",
            success_url=reverse_lazy("accounts:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html",
            success_url=reverse_lazy("accounts:login"),
        ),
        name="password_reset_confirm",
    ),
]

# A person's account and data; the privacy notice; the staff's audit (accounts.privacy_views).
urlpatterns += [
    path("me/", privacy_views.account, name="account"),
    path("me/password/", privacy_views.password_change, name="password_change"),
    path("me/consent/", privacy_views.consent, name="consent"),
    path(
        "me/data.<str:format>",
        privacy_views.personal_data_download,
        name="personal_data_download",
    ),
    path("me/erase/", privacy_views.erase, name="erase"),
    path("privacy/", privacy_views.privacy_notice, name="privacy"),
    path("privacy/audit/", privacy_views.privacy_audit, name="privacy_audit"),
]
