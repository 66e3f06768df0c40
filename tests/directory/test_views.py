import pytest
from django.urls import reverse

from biobridge.directory.models import Organization
from tests.factories import OrganizationFactory, UserFactory, make_member
from tests.factories.accounts import PASSWORD

pytestmark = pytest.mark.django_db


def test_directory_list_in_both_languages(client):
    OrganizationFactory(name_ko="셀트리온", name_en="Celltrion")
    assert "셀트리온" in client.get("/ko/directory/").content.decode()
    assert "Celltrion" in client.get("/en/directory/").content.decode()


def test_directory_list_query_count_is_bounded(client, django_assert_max_num_queries):
    for _ in range(30):
        OrganizationFactory()
    with django_assert_max_num_queries(6):
        response = client.get("/ko/directory/", {"q": "테스트바이오"})
    assert response.status_code == 200


def test_htmx_request_gets_only_the_results_partial(client):
    OrganizationFactory(name_ko="셀트리온")
    body = client.get("/ko/directory/", {"q": "셀트리온"}, HTTP_HX_REQUEST="true").content.decode()
    assert body.lstrip().startswith('<div id="results"')
    assert "<html" not in body


def test_detail_shows_edit_link_only_to_editors(client):
    org = OrganizationFactory()
    admin = make_member(org, role="admin")
    assert 'data-testid="edit-org"' not in client.get(org.get_absolute_url()).content.decode()
    client.force_login(admin)
    assert 'data-testid="edit-org"' in client.get(org.get_absolute_url()).content.decode()


def test_edit_own_org_through_the_form(client):
    org = OrganizationFactory(name_ko="알파", name_en="Alpha")
    client.force_login(make_member(org, role="owner"))
    response = client.post(
        reverse("directory:edit", args=[org.pk]),
        {
            "name_ko": "알파",
            "name_en": "Alpha Bio",
            "org_type": "startup",
            "country": "KR",
            "aliases": "AB\n",
        },
    )
    assert response.status_code == 302
    org.refresh_from_db()
    assert org.name_en == "Alpha Bio"
    assert sorted(org.names.values_list("name", flat=True)) == ["AB", "Alpha Bio", "알파"]


def test_edit_form_shows_field_errors_and_changes_nothing(client):
    OrganizationFactory(name_ko="베타", name_en="Beta")
    org = OrganizationFactory(name_ko="알파", name_en="Alpha")
    client.force_login(make_member(org, role="admin"))
    response = client.post(
        reverse("directory:edit", args=[org.pk]),
        {
            "name_ko": "알파",
            "name_en": "Beta",
            "org_type": "startup",
            "country": "KOR",
            "founded_year": "1200",
        },
        HTTP_ACCEPT_LANGUAGE="ko",
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"name_en", "country", "founded_year"}
    org.refresh_from_db()
    assert org.name_en == "Alpha"


def test_member_of_org_a_cannot_open_or_post_edit_of_org_b(client):
    org_a, org_b = OrganizationFactory(), OrganizationFactory(name_en="Bee")
    client.force_login(make_member(org_a, role="owner"))
    url = reverse("directory:edit", args=[org_b.pk])
    assert client.get(url).status_code == 403
    assert (
        client.post(url, {"name_en": "Hijacked", "org_type": "startup", "country": "KR"}).status_code == 403
    )
    org_b.refresh_from_db()
    assert org_b.name_en == "Bee"


def test_anonymous_edit_redirects_to_login(client):
    org = OrganizationFactory()
    response = client.get(reverse("directory:edit", args=[org.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_operator_may_edit_any_org(client):
    org = OrganizationFactory()
    client.force_login(UserFactory(roles=["operator"]))
    assert client.get(reverse("directory:edit", args=[org.pk])).status_code == 200


def test_email_login(client):
    UserFactory(email="a@example.com")
    response = client.post("/en/accounts/login/", {"login": "a@example.com", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/en/").context["user"].email == "a@example.com"
    assert Organization.objects.count() == 0


def test_admin_refuses_duplicate_names_and_keeps_search_in_sync(client):
    OrganizationFactory(name_ko="셀트리온", name_en="Celltrion")
    org = OrganizationFactory(name_ko="알파", name_en="Alpha")
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    url = f"/en/admin/directory/organization/{org.pk}/change/"
    form = {
        "name_ko": "셀트리온",
        "name_en": "Alpha",
        "org_type": "startup",
        "status": "verified",
        "country": "KR",
        "region": "",
        "cluster": "",
        "website": "",
        "description_ko": "",
        "description_en": "",
        "founded_year": "",
        "size": "",
        "names-TOTAL_FORMS": "0",
        "names-INITIAL_FORMS": "0",
        "tag_links-TOTAL_FORMS": "0",
        "tag_links-INITIAL_FORMS": "0",
    }
    response = client.post(url, form)
    assert response.status_code == 200 and "already registered" in response.content.decode()
    org.refresh_from_db()
    assert org.name_ko == "알파"
    response = client.post(url, {**form, "name_ko": "알파바이오", "description_ko": "항체 신약"})
    assert response.status_code == 302
    from biobridge.directory.selectors import search_organizations

    assert [o.pk for o in search_organizations(q="알파바이오")] == [org.pk]
    assert [o.pk for o in search_organizations(q="신약")] == [org.pk]


def test_detail_links_to_the_organisations_news(client):
    org = OrganizationFactory()
    body = client.get(f"/ko/directory/{org.pk}/").content.decode()
    assert f'href="/ko/news/?organization={org.pk}"' in body


def test_directory_pages_through_results_in_korean(client):
    for i in range(25):
        OrganizationFactory(name_ko=f"페이지바이오{i:02d}", name_en=f"Page Bio {i:02d}")
    first = client.get("/ko/directory/", {"q": "페이지바이오"}).content.decode()
    assert "2쪽 중 1쪽" in first and 'rel="next"' in first and 'rel="prev"' not in first
    second = client.get("/ko/directory/", {"q": "페이지바이오", "page": 2}).content.decode()
    assert 'href="?q=%ED%8E%98%EC%9D%B4%EC%A7%80%EB%B0%94%EC%9D%B4%EC%98%A4&amp;page=1"' in second
    assert second.count('class="card org"') == 5
