"""Directory pages: thin views that parse input, call a selector or service, render."""

from __future__ import annotations

import mimetypes

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from tradebridge.accounts.rules import is_secretariat
from tradebridge.errors import ApplicationError
from tradebridge.http.views import AuthenticatedHttpRequest, HtmxHttpRequest, add_service_error

from .. import rules
from ..forms import FilterForm, OrganizationForm
from ..models import Organization
from ..selectors import filter_choices, organization_get, organization_list
from ..services import organization_update

PAGE_SIZE = 20


def organization_list_view(request: HtmxHttpRequest) -> HttpResponse:
    form = FilterForm(request.GET or None, choices=filter_choices())
    organizations = organization_list(user=request.user, filters=form.filters())
    page = Paginator(organizations, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    template = "directory/_results.html" if request.htmx else "directory/list.html"
    return render(request, template, context)


def _get_visible(request: HttpRequest, slug: str) -> Organization:
    try:
        organization = organization_get(slug=slug)
    except Organization.DoesNotExist:
        raise Http404 from None
    if not rules.can_view_organization(request.user, organization):
        raise Http404
    return organization


def organization_detail_view(request: HttpRequest, slug: str) -> HttpResponse:
    organization = _get_visible(request, slug)
    user = request.user
    return render(
        request,
        "directory/detail.html",
        {
            "organization": organization,
            "can_edit": rules.can_edit_organization(user, organization),
            "can_view_contacts": rules.can_view_contacts(user, organization),
        },
    )


@login_required
def organization_edit_view(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    organization = _get_visible(request, slug)
    user = request.user
    if not rules.can_edit_organization(user, organization):
        raise Http404
    staff = is_secretariat(user)
    form = OrganizationForm(
        request.POST or None,
        request.FILES or None,
        initial=OrganizationForm.initial_for(organization),
        staff=staff,
    )
    if request.method == "POST" and form.is_valid():
        try:
            organization_update(
                organization=organization,
                data=form.to_input(organization),
                actor=user,
            )
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The profile has been saved."))
            return redirect(organization)
    return render(request, "directory/edit.html", {"organization": organization, "form": form})


def logo_view(request: HttpRequest, name: str) -> FileResponse:
    """An organization's logo, served by the platform (in production too), to whoever may see
    the organization: a file under ``media/`` that is no visible organization's logo is a 404,
    whatever else lies in the media directory (the embedding store, say)."""
    path = f"logos/{name}"
    organization = Organization.objects.filter(logo=path).first()
    if organization is None or not rules.can_view_organization(request.user, organization):
        raise Http404
    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    if not content_type.startswith("image/"):
        raise Http404
    try:
        handle = default_storage.open(path, "rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, content_type=content_type)
    # A hidden organization's logo must not sit in a shared cache.
    response["Cache-Control"] = (
        "public, max-age=3600" if organization.is_public else "private, max-age=3600"
    )
    return response
