import pytest

pytestmark = pytest.mark.django_db


def test_event_page_has_no_partnering_link_without_settings(client, event):
    assert 'data-testid="event-partnering"' not in client.get(f"/ko/events/{event.slug}/").content.decode()


def test_event_page_links_to_partnering_when_enabled(client, event, config):
    assert config.enabled
    body = client.get(f"/ko/events/{event.slug}/").content.decode()
    assert f'href="/ko/partnering/{event.slug}/"' in body
    config.enabled = False
    config.save()
    assert 'data-testid="event-partnering"' not in client.get(f"/ko/events/{event.slug}/").content.decode()
