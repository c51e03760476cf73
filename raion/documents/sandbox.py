"""Running `probe` in a child process with a wall-clock timeout, a CPU-time limit and an
address-space limit, so a hostile file cannot hold or exhaust a web or worker process."""

import json
import resource
import subprocess
import sys
from pathlib import Path

from django.conf import settings

# The directory that holds the `raion` package, for `python -m raion.documents.probe`.
PROJECT_ROOT = Path(__file__).resolve().parents[2]


class SandboxError(Exception):
    """The child process did not answer: too slow, out of memory, or it died."""


def limits() -> dict:
    return {
        "max_pages": settings.RAION_DOCUMENT_MAX_PAGES,
        "max_nesting": settings.RAION_DOCUMENT_MAX_NESTING,
        "max_entries": settings.RAION_DOCUMENT_MAX_ENTRIES,
        "max_unpacked_bytes": settings.RAION_DOCUMENT_MAX_UNPACKED_BYTES,
        "max_ratio": settings.RAION_DOCUMENT_MAX_RATIO,
        "max_text_chars": settings.RAION_DOCUMENT_MAX_TEXT_CHARS,
    }


def run(command: str, file_format: str, path: str, seconds: float) -> dict:
    """The probe's answer about the file at `path`: {"error": code, …} or the result."""
    memory = settings.RAION_DOCUMENT_MEMORY_MB * 1024 * 1024
    cpu_seconds = max(1, int(seconds) + 1)

    def confine():  # runs in the child, before the interpreter starts
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))

    arguments = [command, file_format, path, json.dumps(limits())]
    try:
        finished = subprocess.run(  # noqa: S603  our own module, arguments we made
            [sys.executable, "-m", "raion.documents.probe", *arguments],
            capture_output=True,
            timeout=seconds,
            preexec_fn=confine,
            check=False,
            cwd=PROJECT_ROOT,
        )
    except subprocess.TimeoutExpired as error:
        raise SandboxError(f"no answer within {seconds} s") from error
    if finished.returncode != 0:
        detail = finished.stderr.decode(errors="replace").strip().splitlines()[-1:] or [""]
        raise SandboxError(f"exit status {finished.returncode}: {detail[0][:300]}")
    try:
        return json.loads(finished.stdout)
    except ValueError as error:
        raise SandboxError("unreadable answer") from error
