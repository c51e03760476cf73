"""django-tasks-db's worker, which first recovers the tasks that dead workers of this host
left running (see raion.worker.recovery), and names itself host:pid:nonce."""

from django_tasks_db.management.commands import db_worker

from raion.worker import recovery


class Command(db_worker.Command):
    help = db_worker.Command.help + ", recovering tasks left running by dead workers first"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(worker_id=recovery.new_worker_id())

    def handle(self, *args, **options):
        counts = recovery.recover_lost_tasks()
        if any(counts.values()):
            self.stdout.write(f"Recovered lost tasks: {counts}")
        super().handle(*args, **options)
