"""Index updates run in the worker (immediately where the settings choose no queue)."""

from django_tasks import task

from . import indexing


@task()
def reindex(source_name: str, object_id: str):
    indexing.update(source_name, object_id)


@task()
def remove(source_name: str, object_id: str):
    indexing.remove(source_name, object_id)


@task()
def reindex_many(source_name: str, object_ids: list[str]):
    for object_id in object_ids:
        indexing.update(source_name, object_id)
