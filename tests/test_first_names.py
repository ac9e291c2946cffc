"""The first-name genders: built from INSEE's lists by a tool, read at run time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from quoteminer.lang import get_language

ROOT = Path(__file__).resolve().parent.parent
FR = get_language("fr")


def test_the_table_is_what_the_tool_writes() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_first_names.py"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr


def test_genders_and_the_names_left_out() -> None:
    genders = FR.roles.FIRST_NAME_GENDERS
    assert len(genders) > 20_000
    assert (genders["Herta"], genders["Yvon"], genders["Michèle"], genders["Nicolas"]) == ("fem", "masc", "fem", "masc")
    assert "Dominique" not in genders and "Camille" not in genders  # given to both: the text must tell
    for name, gender in FR.roles.FIRST_NAMES.items():  # the hand list goes first
        assert genders[name] == gender
