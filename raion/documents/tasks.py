"""Background tasks (django-tasks): the text of an uploaded file is extracted by a
worker, never in the editor's request."""

from django_tasks import task

from . import extraction


@task()
def extract_text(file_id):
    return extraction.extract_file_text(file_id)
