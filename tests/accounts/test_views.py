import re

import pytest
from django.core import mail

from biobridge.accounts.models import ApiToken
from biobridge.accounts.services import authenticate_token
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_create_token_shows_it_once_and_it_authenticates(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post("/en/account/tokens/", {"name": "CRM sync"})
    raw = re.search(r'data-testid="raw-token">([^<]+)<', response.content.decode()).group(1)
    assert authenticate_token(raw) == user
    assert raw not in client.get("/en/account/tokens/").content.decode()


def test_revoking_someone_elses_token_is_404_and_changes_nothing(client):
    owner, other = UserFactory(), UserFactory()
    from biobridge.accounts.services import create_api_token

    token, raw = create_api_token(user=owner, name="x")
    client.force_login(other)
    assert client.post(f"/en/account/tokens/{token.pk}/revoke/").status_code == 404
    assert ApiToken.objects.get(pk=token.pk).revoked_at is None
    assert authenticate_token(raw) == owner


def test_token_name_is_required(client):
    client.force_login(UserFactory())
    response = client.post("/ko/account/tokens/", {"name": ""})
    assert response.context["form"].errors["name"]
    assert ApiToken.objects.count() == 0


def test_password_reset_sends_an_email_with_a_working_link(client):
    UserFactory(email="reset@example.com")
    client.post("/en/accounts/password/reset/", {"email": "reset@example.com"})
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/\S+)", mail.outbox[0].body).group(1)
    follow = client.get(link, follow=True)
    assert follow.status_code == 200
    assert b"password1" in follow.content
