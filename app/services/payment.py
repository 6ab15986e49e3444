"""The rules of a deal's payment terms (app/domain/payment.py), for VaultService's deal checks:
each field as given -> its stored form (:func:`payment_field`), and the fields together
(:func:`check_payment`): a kind's detail is given with that kind only, and with it always."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.models import Deal
from app.domain.payment import MAX_DAYS, PAID, PAYMENT_KINDS, WITH_TEXT, WITHIN_DAYS
from app.errors import QT_TRANSLATE_NOOP, InvalidInput
from app.services.validation import choice, parse_date


def payment_field(key: str, value: Any) -> Any:
    """``payment``, ``payment_days`` or ``payment_date`` checked (``payment_text`` is text)."""
    if key == "payment":
        return choice(
            value,
            PAYMENT_KINDS,
            QT_TRANSLATE_NOOP("errors", "The payment terms must be one of {options}, not {value}."),
        )
    if key == "payment_days":
        return _days(value)
    if not value:
        return ""
    day = parse_date(
        value,
        QT_TRANSLATE_NOOP(
            "errors", "The date of payment must be a date written YYYY-MM-DD, not {value}."
        ),
    )
    if day > date.today().isoformat():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The price cannot already have been paid on {date}: that day is after today.",
            ),
            date=day,
        )
    return day


def _days(value: Any) -> int:
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        text = value.strip()
        value = int(text) if text.isascii() and text.isdigit() else text or 0
    if not isinstance(value, int) or not 0 <= value <= MAX_DAYS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "The days to pay must be a whole number from 1 to {max}, not {value}."
            ),
            max=MAX_DAYS,
            value=repr(value),
        )
    return value


def check_payment(deal: Deal) -> None:
    """Refuse payment fields that do not hold together."""
    if deal.payment == WITHIN_DAYS and not deal.payment_days:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Payment within days of delivery needs the number of days.")
        )
    if deal.payment != WITHIN_DAYS and deal.payment_days:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "A number of days to pay is only given with payment within days."
            )
        )
    if deal.payment == PAID and not deal.payment_date:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A price already paid needs the date it was paid.")
        )
    if deal.payment != PAID and deal.payment_date:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "A date of payment is only given when the price was already paid."
            )
        )
    if deal.payment in WITH_TEXT and not deal.payment_text.strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "Payment in instalments or in another way needs its text: say how and when "
                "the price is paid.",
            )
        )
    if deal.payment not in WITH_TEXT and deal.payment_text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "A payment text is only given with payment in instalments or in another way.",
            )
        )
