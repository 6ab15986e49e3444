"""How hard a vault password is to guess, and the floor below which it is refused.

One function for the CLI (``init``, ``passwd``, ``demo``) and the GUI (the create wizard's and
the change-password dialog's meter): ``estimate``. It uses zxcvbn (Dropbox's estimator, the
Python port), which counts the guesses a smart attacker needs: dictionaries of common
passwords, words and names, keyboard patterns, dates, repeats, l33t substitutions.

zxcvbn has no Chinese dictionary: it prices every character it does not know at 10 guesses,
as if it were a digit. For Han characters that is far too low for a phrase of unrelated words
and would refuse four Chinese words absurdly (春天河流钥匙月亮 would count as 10^8). Here each
distinct Han character counts 100 guesses instead (the factor 10 more applied to the zxcvbn
estimate): about 6.6 bits a character, the price of a two-character word drawn from a
vocabulary of ten thousand common words. That is generous for a well-known sentence and
modest for randomly chosen characters (3,500 common ones: 11.8 bits); see "Password floor" in
docs/vault-format.md for the floor and why.

No Qt here; the sentence is an ``app.errors.Message`` (English, marked for the GUI's
translation); zxcvbn's own warning is English only and stays out of it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from app.errors import QT_TRANSLATE_NOOP, Message, WeakPassword

# A stolen copy of the vault folder must withstand this many offline guesses (see the format
# doc's "Password floor"): ~4 years for a rig of 8 GPUs against Argon2id at 64 MiB.
FLOOR_GUESSES = 10**12
HAN_GUESSES_PER_CHAR = 100  # zxcvbn counts 10 for an unknown character; see the docstring
MAX_SCORED_CHARS = 100  # zxcvbn slows down on very long input; a longer tail only adds


@dataclass(frozen=True)
class Strength:
    guesses: float  # estimated guesses an attacker needs (10^x)
    level: int  # 0 empty, 1 very weak, 2 weak, 3 almost, 4 strong enough (the meter)
    acceptable: bool  # at or above the floor
    warning: str  # zxcvbn's warning ("This is a very common password."), may be ""
    sentence: str  # what is wrong and how to do better (an errors.Message), or "" when fine

    @property
    def log10(self) -> float:
        return math.log10(self.guesses) if self.guesses > 0 else 0.0


def _is_han(char: str) -> bool:
    cp = ord(char)
    return (
        0x3400 <= cp <= 0x4DBF  # extension A
        or 0x4E00 <= cp <= 0x9FFF  # unified ideographs
        or 0xF900 <= cp <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= cp <= 0x3134F  # extensions B-G
    )


def estimate(password: str, user_inputs: Iterable[str] = ()) -> Strength:
    """The strength of ``password``; ``user_inputs`` (the vault's name, the performer's names)
    count as words an attacker would try first."""
    if not password:
        return Strength(
            0.0, 0, False, "", Message(QT_TRANSLATE_NOOP("errors", "An empty password is refused."))
        )
    from zxcvbn import zxcvbn

    inputs = [s for s in user_inputs if s]
    # zxcvbn refuses (ValueError) more than its max_length, 72 by default
    result = zxcvbn(password[:MAX_SCORED_CHARS], user_inputs=inputs, max_length=MAX_SCORED_CHARS)
    guesses = float(result["guesses"])
    han = {c for c in password[:MAX_SCORED_CHARS] if _is_han(c)}
    guesses *= (HAN_GUESSES_PER_CHAR // 10) ** len(han)
    warning = str(result["feedback"].get("warning") or "")
    exponent = math.log10(guesses) if guesses > 0 else 0.0
    if guesses >= FLOOR_GUESSES:
        return Strength(guesses, 4, True, warning, "")
    level = 1 if exponent < 6 else 2 if exponent < 9 else 3
    sentence = Message(
        QT_TRANSLATE_NOOP(
            "errors",
            "This password is too easy to guess: about 10^{guesses} guesses, and a stolen copy "
            "of the vault must withstand 10^{floor}; use four or more unrelated words, or a "
            "longer phrase of your own (Chinese is fine).",
        ),
        guesses=int(exponent),
        floor=int(math.log10(FLOOR_GUESSES)),
    )
    return Strength(guesses, level, False, warning, sentence)


def require_strong(password: str, user_inputs: Iterable[str] = ()) -> None:
    """Raise ``WeakPassword`` (one sentence) unless the password is at or above the floor."""
    strength = estimate(password, user_inputs)
    if not strength.acceptable:
        sentence = strength.sentence
        assert isinstance(sentence, Message)  # a refused password always has one
        raise WeakPassword(sentence.template, **sentence.params)
