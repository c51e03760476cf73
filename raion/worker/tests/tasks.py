"""A task for the worker tests: it records each run in a file."""

from pathlib import Path

from django_tasks import task


@task()
def append_line(path: str, line: str) -> int:
    with open(path, "a") as file:
        file.write(line + "\n")
    return len(Path(path).read_text().splitlines())
