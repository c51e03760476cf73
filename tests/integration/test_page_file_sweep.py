"""The deletion of old page files that the local topology runs (cron does it in a deployment)."""

import os

from deploy.local.page_files import MAX_AGE_SECONDS, sweep


def test_files_older_than_five_minutes_are_deleted_and_newer_ones_kept(tmp_path):
    now = 1_800_000_000
    old = tmp_path / "example.by" / "ru" / "index.html"
    new = tmp_path / "example.by" / "ru" / "news" / "index.html"
    for path, age in ((old, MAX_AGE_SECONDS + 1), (new, MAX_AGE_SECONDS - 1)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("<html></html>")
        os.utime(path, (now - age, now - age))

    assert sweep(tmp_path, now=now) == 1
    assert not old.exists() and new.exists()
    assert new.parent.is_dir()  # directories stay: nginx writes into them again
