"""The permitted uses of a deal: one vocabulary for the records, the contract, letters and reports.

``Deal.uses`` is a list of these keys (in this order, no repeats) and ``Deal.uses_other`` the
text of "other" (what the parties wrote down that no key names). AI model training is not a use
here: it stays the deal's own yes/no/unstated field (``Deal.ai_training``), so that a contract or
letter states it once.

The words of each use are in the templates of each document language
(``resources/templates/<lang>.toml`` ``[uses]``); the GUI says them through ``tr`` and the CLI
prints :data:`ENGLISH`.
"""

from __future__ import annotations

from collections.abc import Iterable

FACE_SWAP_DRAMA = "face_swap_drama"
ADVERTISING = "advertising"
DATASET_RESALE = "dataset_resale"
REDISTRIBUTION = "redistribution"
OTHER = "other"

USES: tuple[str, ...] = (FACE_SWAP_DRAMA, ADVERTISING, DATASET_RESALE, REDISTRIBUTION, OTHER)

# what the CLI prints (the documents take their words from the templates)
ENGLISH = {
    FACE_SWAP_DRAMA: "face-swap short dramas",
    ADVERTISING: "advertising",
    DATASET_RESALE: "resale as part of a dataset",
    REDISTRIBUTION: "redistribution to third parties",
    OTHER: "other",
}


def unknown(keys: Iterable[str]) -> list[str]:
    """The keys that are not in the vocabulary."""
    return [k for k in keys if k not in USES]


def ordered(keys: Iterable[str]) -> list[str]:
    """Known keys in the vocabulary's order, without repeats."""
    chosen = set(keys)
    return [k for k in USES if k in chosen]


def describe(keys: Iterable[str], other: str, words: dict[str, str], sep: str) -> str:
    """The uses as one phrase in a language whose words are ``words``: "other" is replaced by
    its text (or by the word "other" when there is none); "" when nothing is recorded."""
    parts = []
    for key in ordered(keys):
        if key == OTHER:
            parts.append(other.strip() or words[OTHER])
        else:
            parts.append(words[key])
    return sep.join(parts)


def describe_en(keys: Iterable[str], other: str) -> str:
    return describe(keys, other, ENGLISH, ", ")


def clean_uses(value: object) -> list[str]:
    """A deal's ``uses`` as given (a list of keys, or one text "a,b" as the CLI takes it):
    the known keys in the vocabulary's order; an unknown key is refused with a sentence."""
    from app.errors import QT_TRANSLATE_NOOP, InvalidInput

    if isinstance(value, str):
        keys = [k.strip() for k in value.split(",") if k.strip()]
    elif isinstance(value, list | tuple) and all(isinstance(k, str) for k in value):
        keys = [k.strip() for k in value]
    else:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The permitted uses must be a list of {options}."),
            options=", ".join(USES),
        )
    wrong = unknown(keys)
    if wrong:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Unknown permitted use {value}; the uses are {options}."),
            value=repr(wrong[0]),
            options=", ".join(USES),
        )
    return ordered(keys)
