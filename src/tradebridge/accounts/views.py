"""Sign-up, sign-in and sign-out."""

from __future__ import annotations

from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from .forms import EmailAuthenticationForm, SignUpForm
from .services import user_sign_up


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True


def signup(request: HttpRequest) -> HttpResponse:
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = user_sign_up(**form.cleaned_data)
        login(request, user, backend="tradebridge.accounts.backends.EmailBackend")
        return redirect("web:home")
    return render(request, "accounts/signup.html", {"form": form})
