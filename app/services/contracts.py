"""Licence contracts (授权协议): a new deal made together with the contract it signs, and new
versions of the contract for a deal whose terms changed. See docs/contracts.md.

Rules:

* A contract states only terms the record holds. What a contract must state and a deal may
  leave unstated (the performer's legal name, a price, how and when it is paid unless it is 0,
  whether AI training is allowed, the term, at least one permitted use, the text of "other")
  is asked for: :func:`missing_terms`
  names it, :func:`create` and :func:`new_version` refuse with a sentence. Platforms and
  territory may be left open: the contract then says they were not agreed.
* :func:`create` records the deal with exactly the contract's terms and the contract PDF as its
  attachment (kind "contract") in ONE save; the deal remembers the contract
  (``Deal.contract_ids``, oldest first) and the digest of the terms it states
  (``Deal.contract_terms_digest``). Editing the deal's terms later makes
  :func:`contract_matches` false; :func:`new_version` then adds a new contract from the deal's
  current terms (the older versions stay attached: what was signed is evidence).
* The output file is written before the vault is changed, atomically, never over an existing
  file without ``overwrite``; if recording then fails, the file is removed again (or the file it
  replaced is put back), so a command that fails changes nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from app.documents import contract as document
from app.documents import pdf
from app.domain.models import Deal, new_id
from app.domain.payment import UNSTATED
from app.domain.uses import OTHER
from app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotPossible
from app.services.attachments import FileData
from app.services.letters import export_pdf

if TYPE_CHECKING:
    from app.services.vault_service import VaultService

LAYOUTS = document.LAYOUTS

# the terms a contract states, in the deal's field names (what the digest covers)
TERM_FIELDS = (
    "buyer_id",
    "media_ids",
    "date",
    "uses",
    "uses_other",
    "ai_training",
    "term",
    "term_until",
    "price",
    "currency",
    "territory",
)
# the payment terms (schema 5): in the digest once stated (a contract made before schema 5 left
# them blank, and its deal says "unstated": that contract still states the deal's terms)
PAYMENT_FIELDS = ("payment", "payment_days", "payment_date", "payment_text")

_MISSING = {
    "legal_name": QT_TRANSLATE_NOOP(
        "errors", "A contract names you by your legal name: enter it in your details first."
    ),
    "price": QT_TRANSLATE_NOOP("errors", "A contract states the price: give it, 0 for none."),
    "ai_training": QT_TRANSLATE_NOOP(
        "errors",
        "A contract states whether the buyer may train AI models with the photos: choose yes "
        "or no.",
    ),
    "term": QT_TRANSLATE_NOOP(
        "errors",
        "A contract states how long the licence runs: give an end date, or choose no end date.",
    ),
    "uses": QT_TRANSLATE_NOOP(
        "errors", "A contract states what the photos may be used for: choose the uses."
    ),
    "uses_other": QT_TRANSLATE_NOOP(
        "errors", "The use “other” needs its text: say what the other use is."
    ),
    "payment": QT_TRANSLATE_NOOP(
        "errors",
        "A contract states how and when the price is paid: choose the payment terms.",
    ),
}


@dataclass(frozen=True)
class Generated:
    deal: Deal
    pdf: bytes
    attachment_id: str
    version: int
    warnings: list[str]  # in the contract's (first) language
    output: Path | None = None


def missing_terms(service: VaultService, deal: Deal) -> list[str]:
    """The terms a contract must state that the deal (or the performer's record) leaves out,
    as keys of the refusal sentences (:func:`refuse_missing`)."""
    missing = []
    if not service.records.performer.legal_name.strip():
        missing.append("legal_name")
    if not deal.price:
        missing.append("price")
    elif deal.payment == UNSTATED and Decimal(deal.price) != 0:
        missing.append("payment")
    if deal.ai_training not in ("yes", "no"):
        missing.append("ai_training")
    if deal.term not in ("until", "unlimited"):
        missing.append("term")
    if not deal.uses:
        missing.append("uses")
    elif OTHER in deal.uses and not deal.uses_other.strip():
        missing.append("uses_other")
    return missing


def check_dates(deal: Deal) -> None:
    """A contract is dated today or earlier (it records a deal made, not one to come), and
    its term does not end before that date."""
    today = date.today().isoformat()
    if deal.date > today:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The contract date {date} is after today ({today}): a contract is dated the "
                "day it is made or earlier.",
            ),
            date=deal.date,
            today=today,
        )
    if deal.term == "until" and deal.term_until and deal.term_until < deal.date:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The licence would end on {until}, before the contract date {date}: give an "
                "end date on or after it.",
            ),
            until=deal.term_until,
            date=deal.date,
        )


def refuse_missing(missing: Sequence[str]) -> None:
    if missing:
        raise InvalidInput(_MISSING[missing[0]])


def terms_digest(service: VaultService, deal: Deal) -> str:
    """SHA-256 of the terms a contract states (the items by their SHA-256 as well)."""
    terms = {name: getattr(deal, name) for name in TERM_FIELDS}
    if deal.payment != UNSTATED:
        terms.update({name: getattr(deal, name) for name in PAYMENT_FIELDS})
    terms["media_sha256"] = [service.records.media[m].sha256 for m in deal.media_ids]
    terms["performer"] = service.records.performer.legal_name.strip()
    blob = json.dumps(terms, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def contract_matches(service: VaultService, deal: Deal) -> bool | None:
    """None when the app made no contract for the deal; else whether the newest one states
    the deal's current terms (False: make a new version, :func:`new_version`)."""
    if not deal.contract_ids or not deal.contract_terms_digest:
        return None if not deal.contract_ids else False
    return deal.contract_terms_digest == terms_digest(service, deal)


def reference(deal: Deal) -> str:
    return "LV-C-" + deal.id[:8].upper()


def contract_document(
    service: VaultService, deal: Deal, layout: str, version: int
) -> document.ContractDocument:
    records = service.records
    buyer = records.buyers[deal.buyer_id]
    media = [records.media[m] for m in deal.media_ids]
    rows = [
        pdf.PhotoRow(
            m.name, (m.captured_at or m.imported_at)[:10], m.sha256, service.thumbnail_bytes(m.id)
        )
        for m in media
    ]
    return document.ContractDocument(
        layout=layout,
        reference=reference(deal),
        date=deal.date,
        performer=records.performer.legal_name.strip(),
        buyer=document.BuyerParty(
            name=buyer.name,
            platform=buyer.platform,
            platform_user_id=buyer.platform_user_id,
            real_name=buyer.real_name,
            company=buyer.company,
            contact=buyer.contact,
        ),
        rows=rows,
        uses=list(deal.uses),
        uses_other=deal.uses_other,
        ai_training=deal.ai_training,
        term=deal.term,
        term_until=deal.term_until,
        price=deal.price,
        currency=deal.currency,
        platforms=deal.territory,
        version=version,
        created=datetime.now(UTC).replace(microsecond=0),
        payment=deal.payment,
        payment_days=deal.payment_days,
        payment_date=deal.payment_date,
        payment_text=deal.payment_text,
    )


def _layout(layout: str) -> str:
    if layout not in LAYOUTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The contract language must be one of {options}."),
            options=", ".join(LAYOUTS),
        )
    return layout


def _file_name(deal: Deal, version: int) -> str:
    return f"contract-{reference(deal)}-v{version}.pdf"


def create(
    service: VaultService,
    buyer_id: str,
    media_ids: Sequence[str],
    *,
    uses: Sequence[str] | str,
    price: str,
    ai_training: str = "unstated",
    term: str = "unstated",
    term_until: str = "",
    uses_other: str = "",
    currency: str = "CNY",
    platforms: str = "",
    payment: str = UNSTATED,
    payment_days: int | str = 0,
    payment_date: str = "",
    payment_text: str = "",
    layout: str = "zh-CN",
    deal_date: str | None = None,
    output: Path | str | None = None,
    overwrite: bool = False,
) -> Generated:
    """A new deal with exactly these terms and its contract (attachment kind "contract"), in
    one save; the PDF is also written to ``output`` when given. ``deal_date`` (default: today,
    the local date) is the deal's date, the date the contract bears and the start of the
    licence: not after today, and not after the end of the term."""
    layout = _layout(layout)
    fields = {
        "buyer_id": buyer_id,
        "media_ids": list(media_ids),
        "date": deal_date or date.today().isoformat(),
        "payment": payment,
        "payment_days": payment_days,
        "payment_date": payment_date,
        "payment_text": payment_text,
        "uses": list(uses) if not isinstance(uses, str) else uses,
        "uses_other": uses_other,
        "price": price,
        "currency": currency,
        "ai_training": ai_training,
        "term": term,
        "term_until": term_until,
        "territory": platforms,
    }
    clean = service.deal_fields(fields)
    deal = Deal(id=new_id(), **clean)
    check_dates(deal)
    service.check_deal(deal)
    refuse_missing(missing_terms(service, deal))
    deal.contract_terms_digest = terms_digest(service, deal)
    doc = contract_document(service, deal, layout, 1)
    data = document.render_contract(doc)

    def record() -> Generated:
        with service.transaction_with_files(
            [(FileData(_file_name(deal, 1), data), "contract")]
        ) as (records, stored):
            deal.attachment_ids = [a.id for a in stored]
            deal.contract_ids = [stored[0].id]
            records.deals[deal.id] = deal
        warnings = document.warnings(doc, "en" if layout == "en" else "zh-CN")
        return Generated(deal, data, stored[0].id, 1, warnings)

    return _write_then_record(data, output, overwrite, record)


def new_version(
    service: VaultService,
    deal_id: str,
    *,
    layout: str = "zh-CN",
    output: Path | str | None = None,
    overwrite: bool = False,
) -> Generated:
    """A new contract for the deal's current terms, attached to it (one save)."""
    layout = _layout(layout)
    deal = service.deal(deal_id)
    refuse_missing(missing_terms(service, deal))
    check_dates(deal)
    if not deal.media_ids:
        raise NotPossible(
            QT_TRANSLATE_NOOP("errors", "The deal covers no photo: a contract needs one.")
        )
    version = len(deal.contract_ids) + 1
    doc = contract_document(service, deal, layout, version)
    data = document.render_contract(doc)
    digest = terms_digest(service, deal)

    def record() -> Generated:
        with service.transaction_with_files(
            [(FileData(_file_name(deal, version), data), "contract")]
        ) as (records, stored):
            current = records.deals[deal.id]
            updated = dataclasses.replace(
                current,
                attachment_ids=[*current.attachment_ids, stored[0].id],
                contract_ids=[*current.contract_ids, stored[0].id],
                contract_terms_digest=digest,
            )
            records.deals[deal.id] = updated
        warnings = document.warnings(doc, "en" if layout == "en" else "zh-CN")
        return Generated(updated, data, stored[0].id, version, warnings)

    return _write_then_record(data, output, overwrite, record)


def _write_then_record(
    data: bytes, output: Path | str | None, overwrite: bool, record: Callable[[], Generated]
) -> Generated:
    if output is None:
        return record()
    target = Path(output)
    before: bytes | None = None
    if overwrite and target.is_file():
        before = target.read_bytes()  # a PDF the user chose to replace: put back on failure
    path = export_pdf(data, target, overwrite=overwrite)
    try:
        result = record()
    except BaseException:
        try:
            if before is None:
                os.unlink(path)
            else:
                export_pdf(before, path, overwrite=True)
        except OSError:
            pass
        raise
    return dataclasses.replace(result, output=path)
