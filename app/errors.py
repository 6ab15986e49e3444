"""The exception types a user can cause, each carrying a sentence fit to show as it is.

Every message is a complete sentence in English, written once at the raise site as a
*template* marked for translation, with its variable parts as named parameters::

    raise errors.BadMedia(
        QT_TRANSLATE_NOOP("errors", "{name} is truncated: the file ends before the image does."),
        name=path.name,
    )

``str(error)`` is the English sentence (the CLI prints it on one line, logs and tests match
it). The GUI looks the template up in the Qt translation (context ``errors``: pyside6-lupdate
finds every ``QT_TRANSLATE_NOOP`` call in ``app/``) and fills in the same parameters, so the
detail under a translated headline is in the UI language too (``app/ui/prompts.py``).
"""

from __future__ import annotations

from collections.abc import Mapping


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks ``text`` for translation without importing Qt; returns it unchanged."""
    del context
    return text


def fill(template: str, params: Mapping[str, object]) -> str:
    """``template`` with each ``{name}`` replaced by its parameter; other braces stay as they
    are (a translation that drops or repeats a placeholder still renders)."""
    text = template
    for name, value in params.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def _values(params: Mapping[str, object]) -> dict[str, str]:
    """Parameters as strings; a ``Message`` (a label such as "photo {name} ({id})") stays one,
    so the GUI can say it in the UI language too."""
    return {
        name: value if isinstance(value, Message) else str(value) for name, value in params.items()
    }


class UserError(Exception):
    """An error the user caused or can act on; ``str()`` is the sentence to show.

    ``template`` is the marked English sentence with ``{name}`` placeholders and ``params``
    their values (strings; a ``Message`` parameter stays one); ``str()`` is the template filled
    in.
    """

    default: str = ""  # a class's own sentence when raised without one (marked in the class)

    def __init__(self, template: str = "", /, **params: object) -> None:
        self.template = template or self.default
        self.params = _values(params)
        super().__init__(fill(self.template, self.params))


class WrongPassword(UserError):
    default = QT_TRANSLATE_NOOP("errors", "The password is wrong; the vault was not opened.")
    recovery = QT_TRANSLATE_NOOP("errors", "The recovery key is wrong; the vault was not opened.")
    remembered = QT_TRANSLATE_NOOP(
        "errors", "The remembered key is wrong; the vault was not opened."
    )


class VaultDamaged(UserError):
    """A vault file failed its integrity check. ``damaged`` names what is damaged."""

    def __init__(
        self, template: str = "", damaged: list[str] | None = None, **params: object
    ) -> None:
        super().__init__(template, **params)
        self.damaged = damaged or []


class HeaderEdited(VaultDamaged):
    """A keyslot unwrapped, but the header's MAC does not match: edited outside the app."""

    default = QT_TRANSLATE_NOOP(
        "errors",
        "The vault header was changed outside the app (its authentication code does not "
        "match); the vault was not opened with the password. The recovery key can still "
        "open it, and then rewrites the header.",
    )

    def __init__(self) -> None:
        super().__init__(self.default, ["vault.json"])


class UnsafeHeader(VaultDamaged):
    """The header asks for KDF parameters outside the safe bounds, or is malformed."""


class LinkInVault(VaultDamaged):
    """A file or folder inside the vault folder is a symbolic link (or junction): refused
    before anything is read, written or deleted through it."""


class UnsupportedVersion(UserError):
    pass


class NotAVault(UserError):
    """A folder without a vault header. Parameters: ``path``, ``header``."""

    default = QT_TRANSLATE_NOOP("errors", "{path} is not a Likeness Vault (it has no {header}).")


class NotAFolder(NotAVault):
    """A vault was looked for at a path that is not a folder. Parameter: ``path``."""

    default = QT_TRANSLATE_NOOP("errors", "{path} is not a folder; a vault is a folder.")


class VaultExists(UserError):
    """A new vault's folder exists and is not empty. Parameter: ``path``."""

    default = QT_TRANSLATE_NOOP(
        "errors", "{path} already exists and is not empty; choose a new folder."
    )


class FileInTheWay(VaultExists):
    """A new vault's folder is taken by a file. Parameter: ``path``."""

    default = QT_TRANSLATE_NOOP(
        "errors", "{path} is a file, not a folder; choose a new or empty folder."
    )


class VaultBusy(UserError):
    default = QT_TRANSLATE_NOOP(
        "errors",
        "This vault is open in another Likeness Vault window or command; close it there first.",
    )


class VaultLocked(UserError):
    default = QT_TRANSLATE_NOOP("errors", "The vault is locked; unlock it first.")


class WriteFailed(UserError):
    """A save could not complete (disk full, I/O error, no permission); the vault is unchanged."""


class FolderMissing(WriteFailed):
    """The folder a file was to be written into does not exist (not a full disk)."""


class BadMedia(UserError):
    """One imported file could not be taken in; the rest of the batch goes on."""


class NotFound(UserError):
    pass


class InvalidInput(UserError):
    pass


class NotPossible(InvalidInput):
    """What was asked cannot be done in the vault's present state (nothing was entered wrong,
    but it is an InvalidInput for callers that catch that): a rekey while saves are missing,
    remembering a vault opened by its recovery key, changing a vault opened read-only."""


class InUse(InvalidInput):
    """A record cannot be deleted because other records still depend on it (a buyer's deals,
    an attachment still listed by a deal): nothing was filled in wrong."""


class KeyringUnavailable(UserError):
    pass


class OutputExists(UserError):
    """An output file (export, letter, notice, bundle) exists and replacing it was not confirmed."""


class OutputIsFolder(OutputExists):
    """An output path names a folder, not a file. Parameter: ``path``."""

    default = QT_TRANSLATE_NOOP("errors", "{path} is a folder; give the name of a file to write.")


class BundleExists(OutputExists):
    """The evidence bundle's path exists and replacing it was not confirmed."""


class WeakPassword(InvalidInput):
    """A new vault password is below the floor (docs/vault-format.md, "Password floor")."""


class UnsafeBundle(UserError):
    """An evidence bundle was refused unread: unsafe entry names or a decompression bomb."""


class Message(str):
    """A sentence a service returns rather than raises (an import failure, a problem found in
    an evidence bundle): a marked English template and its named parameters, like a
    ``UserError``.

    ``str()`` is the English sentence (the CLI prints it, JSON holds it, tests match it); the
    GUI says it in the UI language through ``app/ui/prompts.error_text``, as an error's detail.
    """

    template: str
    params: dict[str, str]

    def __new__(cls, template: str, /, **params: object) -> Message:
        values = _values(params)
        message = super().__new__(cls, fill(template, values))
        message.template = template
        message.params = values
        return message

    @classmethod
    def of(cls, error: UserError) -> Message:
        """The sentence of ``error``, kept as a value (a failure the batch goes on after)."""
        return cls(error.template, **error.params)


class Notice(str):
    """Something the vault noticed or repaired while opening or checking: not an error.

    ``str()`` is the English sentence (the CLI prints it, tests match it); ``kind`` and
    ``params`` let the GUI say it in the user's language (``app/ui/prompts.notice_sentence``).
    """

    kind: str
    params: tuple[str, ...]

    def __new__(cls, kind: str, text: str, *params: object) -> Notice:
        notice = super().__new__(cls, text)
        notice.kind = kind
        notice.params = tuple(str(p) for p in params)
        return notice
