"""Background processes started by the local topology and stopped by their pid.

Each pid file also holds the process's start time, since pids are reused: a pid whose
process started at another time is not ours, and is never signalled.
"""

import os
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

START_TIMEOUT_SECONDS = 60
STOP_TIMEOUT_SECONDS = 30


class ProcessTable:
    def __init__(self, run_dir: Path, log_dir: Path):
        self.run_dir = run_dir
        self.log_dir = log_dir

    def _pid_file(self, name) -> Path:
        return self.run_dir / f"{name}.pid"

    def pid(self, name) -> int | None:
        """The pid of our process `name` if it still runs."""
        try:
            pid, started = self._pid_file(name).read_text().split()
        except (FileNotFoundError, ValueError):
            return None
        return int(pid) if _start_time(int(pid)) == started else None

    def spawn(self, name, argv, *, cwd, env) -> int:
        """Start `argv` in a session of its own, logging to logs/NAME.log, unless running."""
        if self.pid(name):
            return self.pid(name)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        with open(self.log_dir / f"{name}.log", "ab") as log:
            process = subprocess.Popen(  # noqa: S603
                argv,
                cwd=cwd,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._pid_file(name).write_text(f"{process.pid} {_start_time(process.pid)}")
        return process.pid

    def stop(self, name, sig=signal.SIGTERM):
        """Send `sig` to our process `name` and wait for it to end (SIGKILL after a while)."""
        pid = self.pid(name)
        if pid is not None:
            os.kill(pid, sig)
            deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
            while _alive(pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
                while _alive(pid):
                    time.sleep(0.05)
        self._pid_file(name).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        waited, _status = os.waitpid(pid, os.WNOHANG)  # reap it if it is our child
        if waited == pid:
            return False
    except ChildProcessError:
        pass
    state = _stat_fields(pid)
    return state is not None and state[0] != "Z"


def _stat_fields(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (the first is the state)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    return stat.rsplit(")", 1)[1].split()


def _start_time(pid: int) -> str | None:
    """When the process started, in clock ticks after boot (field 22 of /proc/PID/stat)."""
    fields = _stat_fields(pid)
    return fields[19] if fields else None


def wait_for(check, what):
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not start within {START_TIMEOUT_SECONDS}s")


def http_ok(url) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310
            return response.status == 200
    except OSError:
        return False


def wait_for_http(url):
    wait_for(lambda: http_ok(url), url)
