"""Finding the external tools that browser and validator tests need.

Locally a missing tool skips the test with a one-line reason. CI sets
RAION_REQUIRE_TOOLS=1, which turns that skip into a failure: nothing is counted as
tested there unless it ran.
"""

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
CHROMIUM = os.environ.get("RAION_CHROMIUM", "/usr/bin/chromium")
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
SITEMAP_XSD = NODE_MODULES / "sitemap" / "schema" / "sitemap.xsd"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"


def _missing(reason):
    if os.environ.get("RAION_REQUIRE_TOOLS") == "1":
        pytest.fail(f"required tool missing: {reason}", pytrace=False)
    pytest.skip(reason)


def require_file(path: Path, hint: str) -> Path:
    if not Path(path).is_file():
        _missing(f"{path} not found ({hint})")
    return Path(path)


def require_command(name: str, hint: str) -> str:
    found = shutil.which(name)
    if not found:
        _missing(f"`{name}` not found ({hint})")
    return found


def require_chromium() -> str:
    return str(require_file(Path(CHROMIUM), "apt-get install chromium"))
