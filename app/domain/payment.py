"""Payment terms of a deal: how and when the price is paid. One vocabulary for the records, the
contract, the GUI and the reports (schema 5).

``Deal.payment`` is one of :data:`PAYMENT_KINDS`; the kind's detail is in its own field:

* ``before_delivery``: paid in full before the items are delivered;
* ``on_delivery``: paid in full when they are delivered;
* ``within_days``: paid in full within ``Deal.payment_days`` days (1-365) of delivery;
* ``instalments``: in instalments, as ``Deal.payment_text`` says (amounts and dates);
* ``paid``: already paid in full on ``Deal.payment_date`` (YYYY-MM-DD, not after today);
* ``other``: as ``Deal.payment_text`` says;
* ``unstated``: not stated (every deal of a vault older than schema 5). A contract refuses it
  (it never invents a term; app/services/contracts.py).

The words of each kind are in the contract templates (``resources/templates/contract.<lang>
.toml``, the variants of the clause ``price``); the GUI says them through ``tr``, the CLI and
the reports print :func:`describe_en`.
"""

from __future__ import annotations

BEFORE_DELIVERY = "before_delivery"
ON_DELIVERY = "on_delivery"
WITHIN_DAYS = "within_days"
INSTALMENTS = "instalments"
PAID = "paid"
OTHER = "other"
UNSTATED = "unstated"

PAYMENT_KINDS: tuple[str, ...] = (
    BEFORE_DELIVERY,
    ON_DELIVERY,
    WITHIN_DAYS,
    INSTALMENTS,
    PAID,
    OTHER,
    UNSTATED,
)
# the kinds whose detail is a text (Deal.payment_text)
WITH_TEXT = (INSTALMENTS, OTHER)
MAX_DAYS = 365


def describe_en(kind: str, days: int = 0, paid_on: str = "", text: str = "") -> str:
    """The payment terms in English (the CLI, the English reports)."""
    if kind == BEFORE_DELIVERY:
        return "in full before delivery"
    if kind == ON_DELIVERY:
        return "in full on delivery"
    if kind == WITHIN_DAYS:
        return f"in full within {days} days of delivery"
    if kind == INSTALMENTS:
        return f"in instalments: {text.strip()}"
    if kind == PAID:
        return f"already paid in full on {paid_on}"
    if kind == OTHER:
        return text.strip()
    return "not stated"


def describe_zh(kind: str, days: int = 0, paid_on: str = "", text: str = "") -> str:
    """The payment terms in Chinese (the Chinese reports)."""
    if kind == BEFORE_DELIVERY:
        return "交付前一次付清"
    if kind == ON_DELIVERY:
        return "交付时一次付清"
    if kind == WITHIN_DAYS:
        return f"交付后{days}日内一次付清"
    if kind == INSTALMENTS:
        return f"分期支付：{text.strip()}"
    if kind == PAID:
        return f"已于{paid_on}付清"
    if kind == OTHER:
        return text.strip()
    return "未说明"
