import socket

import pytest


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Tests never reach the network: only loopback connections are allowed."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if (
            isinstance(host, str)
            and host not in {"127.0.0.1", "localhost", "::1"}
            and not host.startswith("/")
        ):
            raise RuntimeError(f"test tried to reach the network: {address}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture
def taxonomy(db):
    """The shipped taxonomy (the data migration loads it; this re-syncs after flushes)."""
    # Imported here so the database-free suites also run with `-p no:django`.
    from biobridge.directory.services import sync_taxonomy

    sync_taxonomy()


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the default language (ko): requests activate theirs and would leak."""
    from django.conf import settings

    if not settings.configured:  # database-free suites run with -p no:django
        yield
        return
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()
