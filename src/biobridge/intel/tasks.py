"""Background work of the intel module (django-tasks): ids in, re-fetch, call a service."""

from __future__ import annotations

from django_tasks import task


@task()
def ingest_upload_batch(batch_id: int) -> None:
    """Ingest the files of an operator's upload. Safe to run twice: a finished batch is skipped."""
    from biobridge.intel.services import run_upload_batch

    run_upload_batch(batch_id)
