"""``print_verify_report`` / ``verified_or_refused`` (app/cli/common.py): the one verdict printer
of ``verify-evidence`` and ``verify-manifest`` (each command's own output is tested in
test_evidence_trust.py and test_manifest.py)."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from app.cli.common import print_verify_report, verified_or_refused
from app.errors import QT_TRANSLATE_NOOP, InvalidInput


@dataclass
class Problem:
    kind: str
    message: str


@dataclass
class Report:
    ok: bool
    key_confirmed: bool
    problems: list[Problem] = field(default_factory=list)
    key_fingerprint: str = "ab12"

    def to_json(self) -> dict[str, object]:
        return {"ok": self.ok, "problems": len(self.problems)}


def printed(capsys: Any, report: Report, as_json: bool = False) -> tuple[int, str, str]:
    code = print_verify_report(
        argparse.Namespace(json=as_json),
        report,
        lead=lambda r: "3 things hold and",
        came_inside="the box",
        not_confirmed="Check the key.",
        failed=lambda r: "; 2 matched",
        notes=["note: a note"],
    )
    out, err = capsys.readouterr()
    return code, out, err


def test_the_three_verdicts(capsys: Any) -> None:
    code, out, err = printed(capsys, Report(True, True))
    assert code == 0 and err == "note: a note\n"
    assert out == "OK: 3 things hold and the signature is valid for the expected key ab12.\n"
    code, out, _ = printed(capsys, Report(True, False))
    assert code == 0
    assert out == (
        "OK: 3 things hold and the signature is valid for the key ab12, which came inside the "
        "box.\nCheck the key.\n"
    )
    code, out, err = printed(capsys, Report(False, True, [Problem("missing", "a.jpg")]))
    assert code == 1 and out == ""
    assert err == "missing: a.jpg\nnote: a note\nFAILED: 1 problem(s); 2 matched.\n"


def test_json_is_the_report_and_the_exit_code(capsys: Any) -> None:
    code, out, err = printed(capsys, Report(False, False, [Problem("x", "y")]), as_json=True)
    assert code == 1 and json.loads(out) == {"ok": False, "problems": 1} and err == ""


def test_a_refused_file(capsys: Any) -> None:
    def refuse() -> Report:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Not a manifest: {name}."), name="m.json")

    args = argparse.Namespace(json=True)
    assert verified_or_refused(args, refuse, "manifest", "m.json", "images") is None
    assert json.loads(capsys.readouterr().out) == {
        "manifest": "m.json",
        "ok": False,
        "refused": "Not a manifest: m.json.",
        "images": [],
    }
    with pytest.raises(InvalidInput):
        verified_or_refused(argparse.Namespace(json=False), refuse, "manifest", "m.json", "images")
    report = Report(True, True)
    assert verified_or_refused(args, lambda: report, "bundle", "b.zip", "problems") is report
