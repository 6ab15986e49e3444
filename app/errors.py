"""The exception types a user can cause, each carrying a sentence fit to show as it is.

Every message is a complete sentence in English; the GUI translates the class, not the text
(see ``app/ui``), and the CLI prints ``str(error)`` on one line.
"""

from __future__ import annotations


class UserError(Exception):
    """An error the user caused or can act on; ``str()`` is the sentence to show."""


class WrongPassword(UserError):
    def __init__(self, what: str = "password") -> None:
        super().__init__(f"The {what} is wrong; the vault was not opened.")


class VaultDamaged(UserError):
    """A vault file failed its integrity check. ``damaged`` names what is damaged."""

    def __init__(self, message: str, damaged: list[str] | None = None) -> None:
        super().__init__(message)
        self.damaged = damaged or []


class HeaderEdited(VaultDamaged):
    """A keyslot unwrapped, but the header's MAC does not match: edited outside the app."""

    def __init__(self) -> None:
        super().__init__(
            "The vault header was changed outside the app (its authentication code does not "
            "match); the vault was not opened with the password. The recovery key can still "
            "open it, and then rewrites the header.",
            ["vault.json"],
        )


class UnsafeHeader(VaultDamaged):
    """The header asks for KDF parameters outside the safe bounds, or is malformed."""


class LinkInVault(VaultDamaged):
    """A file or folder inside the vault folder is a symbolic link (or junction): refused
    before anything is read, written or deleted through it."""


class UnsupportedVersion(UserError):
    pass


class NotAVault(UserError):
    pass


class VaultExists(UserError):
    pass


class VaultBusy(UserError):
    pass


class VaultLocked(UserError):
    pass


class WriteFailed(UserError):
    """A save could not complete (disk full, I/O error, no permission); the vault is unchanged."""


class BadMedia(UserError):
    """One imported file could not be taken in; the rest of the batch goes on."""


class NotFound(UserError):
    pass


class InvalidInput(UserError):
    pass


class KeyringUnavailable(UserError):
    pass


class OutputExists(UserError):
    """An output file (export, letter, notice, bundle) exists and replacing it was not confirmed."""


class BundleExists(OutputExists):
    """The evidence bundle's path exists and replacing it was not confirmed."""


class WeakPassword(InvalidInput):
    """A new vault password is below the floor (docs/vault-format.md, "Password floor")."""


class UnsafeBundle(UserError):
    """An evidence bundle was refused unread: unsafe entry names or a decompression bomb."""


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
