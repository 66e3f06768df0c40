"""Settings for the test suite: the real settings with fast hashing and in-memory mail."""

import os
import tempfile

os.environ.setdefault("BIOBRIDGE_DATA_DIR", tempfile.mkdtemp(prefix="biobridge-test-"))
os.environ["BIOBRIDGE_TESTING"] = "1"

from biobridge.config.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
LANGUAGE_CODE = "ko"
# Each pytest-xdist worker has its own database, so its numbered upload folders must not be shared.
MEDIA_ROOT = MEDIA_ROOT / os.environ.get("PYTEST_XDIST_WORKER", "main")  # noqa: F405

# Parallel runs against one PostgreSQL server need distinct test databases.
if os.environ.get("TEST_DB_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DB_NAME"]}  # noqa: F405
