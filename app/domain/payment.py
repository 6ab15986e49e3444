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

The words of each kind are in the templates: ``resources/templates/contract.<lang>.toml`` (the
variants of the clause ``price``) and ``report.<lang>.toml`` (the keys ``payment_<kind>``); the
GUI says them through ``tr``.
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
