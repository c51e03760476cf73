from django.core.management.base import BaseCommand, CommandError

from raion.accounts.lockout import current_locks, unlock
from raion.audit import actions
from raion.audit.record import record


class Command(BaseCommand):
    help = "Unlock an account or an address locked after failed logins, or list the locks."

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?", help="the locked username")
        parser.add_argument("--address", help="unlock this client address instead")
        parser.add_argument("--list", action="store_true", help="list what is locked now")

    def handle(self, *args, username=None, address=None, list=False, **options):
        if list:
            for lock in current_locks():
                self.stdout.write(
                    f"{lock.kind}\t{lock.value}\t{lock.failures}\t{lock.last_failure}"
                )
            return
        if not (username or address):
            raise CommandError("Name a username or an --address (or --list).")
        removed = unlock(username=username, ip_address=address)
        record(actions.UNLOCK, object_label=username or address, details={"via": "command"})
        self.stdout.write(f"Unlocked {username or address} ({removed} failure records removed).")
