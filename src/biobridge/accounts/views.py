from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from biobridge.accounts.forms import ApiTokenForm
from biobridge.accounts.selectors import get_token_for_user_or_404, tokens_for_user
from biobridge.accounts.services import create_api_token, revoke_api_token


@login_required
def api_tokens(request: HttpRequest) -> HttpResponse:
    form = ApiTokenForm(request.POST or None)
    raw_token = None
    if request.method == "POST" and form.is_valid():
        _token, raw_token = create_api_token(user=request.user, name=form.cleaned_data["name"])
        form = ApiTokenForm()
    context = {"form": form, "tokens": tokens_for_user(request.user), "raw_token": raw_token}
    return render(request, "accounts/api_tokens.html", context)


@login_required
@require_POST
def revoke_token(request: HttpRequest, pk: int) -> HttpResponse:
    revoke_api_token(get_token_for_user_or_404(request.user, pk))
    messages.success(request, _("Token revoked."))
    return redirect("accounts:api_tokens")
