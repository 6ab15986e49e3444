"""What every command of the CLI shares: secrets, the open-run-lock rule, output, questions.

* Passwords: on a terminal they are prompted for without echo (Ctrl-D: nothing changes);
  otherwise each secret is the next line of standard input.
* :func:`vault_command` opens the vault (password, warnings on stderr), runs the command and
  always locks the vault, whatever happens (KeePassXC's ``DatabaseCommand`` does the same);
  :func:`opened` is the same as a ``with`` block for commands that check something first.
* Files written outside the vault follow one rule (:func:`claim_output`): an existing file is
  never replaced without ``--force`` or a "y" on the terminal; a script is refused.
* Deleting asks on a terminal or needs ``--yes`` (:func:`confirm_delete`); without a terminal
  and without ``--yes`` nothing is changed.
* ``--json`` output is serialised once and written once (:func:`emit_json`).

This module imports only the standard library and ``app.errors`` at load time: the service
layer (and what it pulls in) is imported by the command that needs it.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import getpass
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from json import dumps as _json_dumps
from json.encoder import encode_basestring as _encode_str  # the C version when available
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from app.errors import QT_TRANSLATE_NOOP, InvalidInput, OutputExists, OutputIsFolder

if TYPE_CHECKING:
    from app.services.vault_service import VaultService


class Command(Protocol):
    """What a module's ``register(command)`` gets: ``command(name, function, help)``
    returns the subparser, with the VAULT positional already added (not with
    ``vault=False``, for a command that works without a vault). ``setup(parser)`` adds
    options that need a heavy import; it runs only when that command is the one being run
    (or for the whole parser)."""

    def __call__(
        self,
        name: str,
        func: Callable[[argparse.Namespace], int],
        help_: str,
        setup: Callable[[argparse.ArgumentParser], None] | None = None,
        vault: bool = True,
    ) -> argparse.ArgumentParser: ...


ID_HELP = (
    "IDs: the full id or any unique prefix of 4 or more characters (an ambiguous prefix is "
    "refused, naming the candidates); a letter also by the LV-XXXXXXXX reference printed on it"
)


# --- secrets ---------------------------------------------------------------------------------


def interactive() -> bool:
    """Whether standard input is a terminal (questions are asked, passwords prompted)."""
    return sys.stdin is not None and sys.stdin.isatty()


class Secrets:
    """Reads secrets from the terminal, or line by line from a piped standard input."""

    def __init__(self) -> None:
        self.interactive = interactive()

    # per prompt: (input ended at the terminal, standard input ended), whole sentences; ""
    # for a prompt without its own
    ENDED: Mapping[str, tuple[str, str]] = {
        "": (
            QT_TRANSLATE_NOOP("errors", "No answer was given (input ended); nothing was changed."),
            QT_TRANSLATE_NOOP("errors", "Standard input ended before the answer was given."),
        ),
        "Password: ": (
            QT_TRANSLATE_NOOP(
                "errors", "No password was given (input ended); nothing was changed."
            ),
            QT_TRANSLATE_NOOP("errors", "Standard input ended before the password was given."),
        ),
        "Current password: ": (
            QT_TRANSLATE_NOOP(
                "errors", "No current password was given (input ended); nothing was changed."
            ),
            QT_TRANSLATE_NOOP(
                "errors", "Standard input ended before the current password was given."
            ),
        ),
        "New password: ": (
            QT_TRANSLATE_NOOP(
                "errors", "No new password was given (input ended); nothing was changed."
            ),
            QT_TRANSLATE_NOOP("errors", "Standard input ended before the new password was given."),
        ),
        "Repeat the new password: ": (
            QT_TRANSLATE_NOOP(
                "errors", "The new password was not repeated (input ended); nothing was changed."
            ),
            QT_TRANSLATE_NOOP(
                "errors", "Standard input ended before the new password was repeated."
            ),
        ),
        "Recovery key: ": (
            QT_TRANSLATE_NOOP(
                "errors", "No recovery key was given (input ended); nothing was changed."
            ),
            QT_TRANSLATE_NOOP("errors", "Standard input ended before the recovery key was given."),
        ),
    }

    def read(self, prompt: str) -> str:
        at_terminal, at_stdin = self.ENDED[prompt if prompt in self.ENDED else ""]
        if self.interactive:
            try:
                return getpass.getpass(prompt)
            except EOFError:  # Ctrl-D at the prompt
                print(file=sys.stderr)
                raise InvalidInput(at_terminal) from None
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line:
            raise InvalidInput(at_stdin)
        return line.rstrip("\r\n")

    def new_password(self, user_inputs: Sequence[str] = ()) -> str:
        from app.services import passwords

        first = self.read("New password: ")
        if not first:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "An empty password is refused."))
        passwords.require_strong(first, user_inputs)  # before asking for it twice
        if self.interactive and self.read("Repeat the new password: ") != first:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The two passwords differ; nothing was changed.")
            )
        return first


# --- the vault: open, run, always lock --------------------------------------------------------


def print_warnings(warnings: Sequence[str]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)


def open_vault(
    path: str, secrets: Secrets | None = None, *, password: str | None = None
) -> VaultService:
    """The vault at ``path`` opened with ``password`` (asked for when not given); its
    warnings are printed on stderr."""
    from app.services.vault_service import VaultService

    if password is None:
        password = (secrets or Secrets()).read("Password: ")
    service = VaultService.open(path, password=password)
    print_warnings(service.warnings)
    return service


@contextlib.contextmanager
def opened(
    path: str, secrets: Secrets | None = None, *, password: str | None = None
) -> Iterator[VaultService]:
    """``with opened(args.vault) as service:``: the vault is locked when the block ends.

    While it is open, the objects that exist after the open (the records: 10,000 items are
    tens of thousands of objects) are left out of the cyclic collector's passes
    (``gc.freeze``): they live until the lock anyway, and a listing would otherwise have them
    walked again and again. Reference counting still frees what is dropped."""
    service = open_vault(path, secrets, password=password)
    gc.freeze()
    try:
        yield service
    finally:
        gc.unfreeze()
        service.lock()


def vault_command(
    func: Callable[[argparse.Namespace, VaultService], int],
) -> Callable[[argparse.Namespace], int]:
    """A command over an open vault: ``func(args, service)`` runs between the open (password
    asked, warnings printed) and a lock that always happens."""

    @functools.wraps(func)
    def run(args: argparse.Namespace) -> int:
        with opened(args.vault) as service:
            return func(args, service)

    return run


# --- output ----------------------------------------------------------------------------------


def _encode(value: Any, indent: str) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, byte for byte, built as strings
    (the standard encoder falls back to a generator per value when it indents)."""
    kind = type(value)
    if kind is str:
        return str(_encode_str(value))
    if kind is dict and all(type(k) is str for k in value):
        if not value:
            return "{}"
        inner = indent + "  "
        parts = [
            _encode_str(k) + ": " + (_encode_str(v) if type(v) is str else _encode(v, inner))
            for k, v in value.items()
        ]
        return "{\n" + inner + (",\n" + inner).join(parts) + "\n" + indent + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = indent + "  "
        parts = [_encode_str(v) if type(v) is str else _encode(v, inner) for v in value]
        return "[\n" + inner + (",\n" + inner).join(parts) + "\n" + indent + "]"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    # floats, dicts with keys that are not strings, subclasses: the standard encoder, indented
    return _json_dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


def json_text(doc: Any) -> str:
    """The ``--json`` text of ``doc`` (2-space indent, UTF-8 as is), with its newline."""
    return _encode(doc, "") + "\n"


def emit_json(doc: Any) -> None:
    """Print ``doc`` as JSON: serialised once, written once."""
    sys.stdout.write(json_text(doc))


def print_result(args: argparse.Namespace, doc: Any, text: str) -> int:
    """What a command that made, changed or showed one record prints: ``doc`` under ``--json``,
    else ``text`` (one line or several). Returns the exit code, 0."""
    if args.json:
        emit_json(doc)
    else:
        print(text)
    return 0


class _Problem(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def message(self) -> str: ...


class _VerifyReport(Protocol):
    """What ``verify-evidence`` and ``verify-manifest`` check: a signed file's report."""

    @property
    def ok(self) -> bool: ...
    @property
    def key_confirmed(self) -> bool: ...
    @property
    def key_fingerprint(self) -> str: ...
    @property
    def problems(self) -> Sequence[_Problem]: ...
    def to_json(self) -> Mapping[str, object]: ...


_R = TypeVar("_R")
_V = TypeVar("_V", bound=_VerifyReport)


def verified_or_refused(
    args: argparse.Namespace, verify: Callable[[], _R], file_key: str, path: str, empty: str
) -> _R | None:
    """``verify()``'s report. A file it refuses to read at all (a ``UserError``: not the form
    it claims, an archive bomb...) is, under ``--json``, ``{file_key: path, "ok": false,
    "refused": reason, empty: []}`` printed and None returned (exit 1); without ``--json`` the
    error is raised, as any command's."""
    from app.errors import UserError

    try:
        return verify()
    except UserError as exc:
        if args.json:
            emit_json({file_key: path, "ok": False, "refused": str(exc), empty: []})
            return None
        raise


def print_verify_report(
    args: argparse.Namespace,
    report: _V,
    *,
    lead: Callable[[_V], str],
    came_inside: str,
    not_confirmed: str,
    failed: Callable[[_V], str] = lambda _report: "",
    notes: Sequence[str] = (),
) -> int:
    """What ``verify-evidence`` and ``verify-manifest`` print; returns the exit code (0 when
    the file holds, 1 otherwise). ``--json``: the report's JSON. Otherwise each problem and
    then each of ``notes`` on stderr, then ``FAILED: N problem(s)`` + ``failed(report)`` on
    stderr, or ``OK: `` + ``lead(report)`` (the words before "the signature is valid", called
    only for a report that holds) on stdout, naming the expected key, or the key that came
    inside ``came_inside`` followed by ``not_confirmed`` (why that is not enough)."""
    if args.json:
        emit_json(report.to_json())
        return 0 if report.ok else 1
    for problem in report.problems:
        print(f"{problem.kind}: {problem.message}", file=sys.stderr)
    for note in notes:
        print(note, file=sys.stderr)
    if not report.ok:
        print(f"FAILED: {len(report.problems)} problem(s){failed(report)}.", file=sys.stderr)
        return 1
    what = lead(report)
    if report.key_confirmed:
        print(f"OK: {what} the signature is valid for the expected key {report.key_fingerprint}.")
        return 0
    print(
        f"OK: {what} the signature is valid for the key {report.key_fingerprint}, which came "
        f"inside {came_inside}.\n{not_confirmed}"
    )
    return 0


class Progress:
    """``done/total name`` on one line of stderr, only when stderr is a terminal (and the
    command is not printing --json). Call ``done()`` at the end to finish the line."""

    def __init__(self, template: str = "{done}/{total} {name}", quiet: bool = False) -> None:
        self.template = template
        self.shown = not quiet and sys.stderr.isatty()
        self.printed = False

    def __call__(self, done: int, total: int, name: str = "") -> None:
        if self.shown:
            text = self.template.format(done=done, total=total, name=f"{name[:50]:<50}")
            print(f"\r{text}", end="", file=sys.stderr, flush=True)
            self.printed = True

    def done(self) -> None:
        if self.printed:
            print(file=sys.stderr)
            self.printed = False


# --- questions -------------------------------------------------------------------------------


def ask(prompt: str) -> bool:
    """A y/N question on stderr (stdout may be a --json document); Ctrl-D is no."""
    print(prompt, end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        print(file=sys.stderr)
        return False
    return line.strip().lower() in ("y", "yes")


def confirm_delete(what: str, yes: bool) -> bool:
    """Whether to delete ``what``: ``--yes``, or a "y" on the terminal (any other answer says
    on stderr that nothing was deleted). Without a terminal and without ``--yes`` this raises,
    so that a script changes nothing by accident."""
    if yes:
        return True
    if not interactive():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "Nothing was deleted: standard input is not a terminal, so deleting must be "
                "confirmed with --yes.",
            )
        )
    if ask(f"Delete {what}? This cannot be undone. [y/N] "):
        return True
    print("Nothing was deleted.", file=sys.stderr)
    return False


def add_yes(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--yes",
        action="store_true",
        help="delete without asking (required when standard input is not a terminal)",
    )


# --- files written outside the vault -----------------------------------------------------------


def confirm_overwrite(path: Path) -> bool:
    """Ask on a terminal; a script (no terminal) never gets a silent overwrite."""
    if not interactive():
        return False
    return ask(f"{path} exists. Replace it? [y/N] ")


def claim_output(path: Path, force: bool, error: type[OutputExists] = OutputExists) -> bool:
    """Whether ``path`` may be replaced: False when nothing is there, True when it exists and
    ``--force`` was given or the user said yes. Raises ``error`` (a sentence naming the file
    and ``--force``) when it exists and replacing it was not allowed, or when it is a folder.

    Commands call it before they open the vault when the path is known up front (no password
    asked for nothing), and pass the answer on as the service's ``overwrite`` flag."""
    if path.is_dir():
        raise OutputIsFolder(path=path)
    if not os.path.lexists(path):
        return False
    if force or confirm_overwrite(path):
        return True
    raise error(
        QT_TRANSLATE_NOOP(
            "errors", "{path} already exists; it was left as it is (pass --force to replace it)."
        ),
        path=path,
    )


def safe_output_name(name: str, fallback: str) -> str:
    """A record's file name fit to be joined to an output folder: one path component, nothing
    that climbs out (``..``), no control or reserved characters (the evidence bundle's rule)."""
    from app.services.evidence import safe_file_name

    return safe_file_name(name, fallback)


def output_in(out: Path, name: str, fallback: str) -> Path:
    """``out`` itself, or the record's name made safe inside ``out`` when it is a folder."""
    return out / safe_output_name(name, fallback) if out.is_dir() else out


def add_force(p: argparse.ArgumentParser, what: str = "the output file") -> None:
    p.add_argument(
        "--force",
        action="store_true",
        help=f"replace {what} if it exists (otherwise: asked on a terminal, refused in a script)",
    )


def add_output(p: argparse.ArgumentParser) -> None:
    """``-o FILE`` for a command that writes one stored file out, and ``--force``."""
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="a file, or a folder to write it into under its recorded name (made safe)",
    )
    add_force(p, "FILE")


def add_json(p: argparse.ArgumentParser, help_: str | None = None) -> None:
    p.add_argument("--json", action="store_true", help=help_)


def given(args: argparse.Namespace, options: Mapping[str, str]) -> dict[str, Any]:
    """The fields of the options given on the command line: ``{field: value}`` for each
    ``option -> field`` in ``options`` whose value is not None (an edit changes only those)."""
    return {f: getattr(args, o) for o, f in options.items() if getattr(args, o) is not None}


def record_json(record: Any, drop: Sequence[str] = ()) -> dict[str, Any]:
    """A record as a plain dict to print at once (its fields in order, without ``drop``): what
    ``dataclasses.asdict`` gives for these flat records, at a fraction of its cost."""
    names, getter = _fields_of(type(record), tuple(drop))
    return dict(zip(names, getter(record), strict=True))


_FIELDS: dict[tuple[type, tuple[str, ...]], tuple[tuple[str, ...], Callable[[Any], Any]]] = {}


def _fields_of(cls: type, drop: tuple[str, ...]) -> tuple[tuple[str, ...], Callable[[Any], Any]]:
    found = _FIELDS.get((cls, drop))
    if found is None:
        import dataclasses
        import operator

        names = tuple(f.name for f in dataclasses.fields(cls) if f.name not in drop)
        getter: Callable[[Any], Any] = operator.attrgetter(*names)
        if len(names) == 1:  # attrgetter of one name gives the value, not a tuple
            getter = _one(getter)
        found = _FIELDS[(cls, drop)] = (names, getter)
    return found


def _one(get: Callable[[Any], Any]) -> Callable[[Any], tuple[Any]]:
    return lambda record: (get(record),)
