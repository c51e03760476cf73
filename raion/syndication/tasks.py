"""Background tasks (django-tasks) that import feeds.

`import_due_feeds` is the periodic one: cron enqueues it every few minutes with
`manage.py import_feeds --enqueue`, and it queues one `import_feed` per due source, so
several workers share the sources while the claim keeps each source to one worker.
With the embedded default (the immediate backend) everything runs at once, in order.
"""

from django_tasks import task

from . import scheduling


@task()
def import_feed(source_id):
    run = scheduling.import_source(source_id)
    return None if run is None else run.pk


@task()
def import_due_feeds():
    source_ids = scheduling.due_source_ids()
    for source_id in source_ids:
        import_feed.enqueue(source_id)
    return source_ids
