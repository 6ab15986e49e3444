"""C2PA for delivery copies: the performer's certificate chain, made from the one signer, and
a signed C2PA manifest saying "do not train" (``cawg.training-mining``) on a JPEG.

**The certificates** (facts.md "C2PA": the profile C2PA readers accept for a local chain):

* The **leaf** certifies the vault's own Ed25519 key (``app/vault/signing.py``): the key that
  signs evidence bundles signs the C2PA claim too, so the fingerprint the performer published
  (``signing.fingerprint`` of the leaf's public key) identifies her copies as well. Subject:
  the name she chose (``Performer.display_name``). CA=false, KeyUsage digitalSignature,
  ExtendedKeyUsage emailProtection, SubjectKeyIdentifier, AuthorityKeyIdentifier.
* The **root** is a self-signed CA (CA=true, pathlen 0, keyCertSign + cRLSign) whose Ed25519
  key is *derived* from the same 32-byte seed (HKDF-SHA256, :data:`ROOT_INFO`). No second key
  is stored anywhere: the index's ``signing_ed25519`` seed is the only secret, kept with the
  same care as today, and a rekey keeps it, so the root stays the same for the vault's life.
  Its name does not contain the performer's name (only "Likeness Vault root" and the vault
  key's fingerprint), so a platform that trusted it keeps trusting it after a name change.
* Both are **deterministic**: fixed validity (from 2024-01-01 to 9999-12-31 23:59:59 UTC, RFC
  5280's "no well-defined expiration": readers check validity when they read, and offline
  there is no timestamp authority), serial numbers from SHA-256 of the public keys (and, for
  the leaf, the name), and Ed25519 signatures are deterministic. The same vault and name give
  byte-identical certificates every time; nothing about them is stored.

**Signing** (:func:`sign_jpeg`): c2pa-python's ``Builder`` with a callback signer
(``C2paSigningAlg.ED25519``) that calls ``Signer.sign``; the seed never leaves the process.
Thumbnails are off (no second copy of the picture inside the manifest). Everything runs on
``io.BytesIO`` streams: no photo byte reaches a temp file. Write the XMP first (engineer J's
``app/media/delivery.make_copy`` does), then sign the final bytes: any later change, a re-save
included, breaks or strips the manifest.

What readers show: "Valid" with ``signingCredential.untrusted`` (nobody trusts a performer's
own root by default); "Trusted" once the reader is given :func:`root_pem` as a trust anchor.
C2PA declares the terms; it does not trace a leak (a re-save strips it). docs/c2pa.md.
"""

from __future__ import annotations

import datetime
import hashlib
import importlib.util
import io
import json
import os
import sys
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app import __version__ as app_version

if TYPE_CHECKING:
    from app.vault.signing import Signer

ROOT_INFO = b"likeness-vault/c2pa-root/v1"  # HKDF info: the root key from the vault's seed
NOT_BEFORE = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
NOT_AFTER = datetime.datetime(9999, 12, 31, 23, 59, 59, tzinfo=datetime.UTC)
ORGANIZATION = "Likeness Vault (self-issued)"
DEFAULT_NAME = "Likeness Vault performer"
MAX_NAME = 64  # X.520 ub-common-name
ROOT_FILE = "performer-root.pem"  # the name the root is exported under next to the copies

TRAINING_MINING = "cawg.training-mining"
AI_USES = (
    "cawg.ai_training",
    "cawg.ai_generative_training",
    "cawg.ai_inference",
    "cawg.data_mining",
)
CAPTURE = "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"

# what the CLI (deliver --c2pa) and the docs say, once
PLAIN_WORDS = (
    "C2PA: each copy carries a signed manifest saying that AI training and data mining are "
    "not allowed (or what the deal allows). Readers (e.g. contentcredentials.org/verify) show "
    "the signature as untrusted unless they trust your root certificate, " + ROOT_FILE + ", "
    "written next to the copies: give it to the buyer or a platform to trust. Any re-save, "
    "screenshot or re-upload strips the manifest: it declares your terms, it does not trace "
    "a leak (the geometric code does)."
)


@dataclass(frozen=True)
class Chain:
    """The performer's certificates: ``leaf`` (the vault key) issued by ``root``."""

    leaf: x509.Certificate
    root: x509.Certificate

    @property
    def pem(self) -> str:
        """Leaf then root, PEM: what the C2PA signer embeds."""
        return (self.leaf.public_bytes(Encoding.PEM) + self.root.public_bytes(Encoding.PEM)).decode(
            "ascii"
        )

    @property
    def root_pem(self) -> bytes:
        return self.root.public_bytes(Encoding.PEM)


@dataclass(frozen=True)
class Reading:
    """What a C2PA reader says about a file: ``state`` ("Valid", "Trusted", "Invalid") or
    None when there is no manifest; the active manifest as JSON; the failure codes."""

    state: str | None
    manifest: dict[str, Any] = field(default_factory=dict)
    failures: tuple[str, ...] = ()

    def assertion(self, label: str) -> dict[str, Any] | None:
        for assertion in self.manifest.get("assertions", []):
            if assertion.get("label") == label:
                data: dict[str, Any] = assertion.get("data", {})
                return data
        return None


# --- the library ---------------------------------------------------------------------------

_IMPORT_LOCK = threading.Lock()


def _c2pa() -> ModuleType:
    """c2pa-python, imported so that it loads its own native library.

    c2pa-python 0.38 looks for ``libc2pa_c.so`` (``.dylib``, ``c2pa_c.dll``) in the *current
    directory* (and its ``artifacts/`` and ``libs/``) before its own package folder, and loads
    the first it finds: a library planted in the folder the CLI is run from would run inside
    the open vault. So the import runs with the current directory set to the package's own
    ``libs`` folder (restored at once; a lock keeps two imports apart). Loaded once per process;
    ~30 ms."""
    loaded = sys.modules.get("c2pa")
    if loaded is not None:
        return loaded
    with _IMPORT_LOCK:
        spec = importlib.util.find_spec("c2pa")
        places = list(spec.submodule_search_locations or []) if spec else []
        libs = Path(places[0]) / "libs" if places else None
        if libs is None or not libs.is_dir():
            import c2pa  # a layout without libs/: the library's own search

            found: ModuleType = c2pa
            return found
        try:
            before: str | None = os.getcwd()
        except OSError:  # the current folder was deleted
            before = None
        os.chdir(libs)
        try:
            import c2pa
        finally:
            os.chdir(before if before is not None else Path.home())
        module: ModuleType = c2pa
        return module


# --- certificates ---------------------------------------------------------------------------


def clean_name(name: str) -> str:
    """The chosen name as it goes into a certificate: control and format characters (bidi
    overrides included) removed, whitespace collapsed, at most 64 characters; the default
    when nothing is left. X.509 holds any other Unicode as UTF8String, escaped by DER."""
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in unicodedata.normalize("NFC", name)
        if ch.isspace() or unicodedata.category(ch)[0] != "C"
    )
    text = " ".join(kept.split())[:MAX_NAME].strip()
    return text or DEFAULT_NAME


def _root_key(signer: Signer) -> Ed25519PrivateKey:
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=ROOT_INFO).derive(signer.seed)
    return Ed25519PrivateKey.from_private_bytes(seed)


def _serial(*parts: bytes) -> int:
    digest = hashlib.sha256(b"\0".join(parts)).digest()
    return int.from_bytes(digest[:19], "big") | 1  # positive, < 2**152, never 0


def certificates(signer: Signer, name: str) -> Chain:
    """The performer's chain for the vault key ``signer`` and her chosen ``name``; the same
    inputs give the same bytes."""
    root_key = _root_key(signer)
    root_public = root_key.public_key()
    leaf_public = Ed25519PublicKey.from_public_bytes(signer.public_key)
    short = " ".join(signer.fingerprint.split()[:4])
    root_name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"Likeness Vault root {short}"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANIZATION),
        ]
    )
    root_ski = x509.SubjectKeyIdentifier.from_public_key(root_public)
    root = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_public)
        .serial_number(_serial(b"root", signer.public_key))
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(root_ski, critical=False)
        .sign(root_key, None)
    )
    shown = clean_name(name)
    leaf = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, shown),
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANIZATION),
                ]
            )
        )
        .issuer_name(root_name)
        .public_key(leaf_public)
        .serial_number(_serial(b"leaf", signer.public_key, shown.encode("utf-8")))
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(leaf_public), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(root_ski),
            critical=False,
        )
        .sign(root_key, None)
    )
    return Chain(leaf=leaf, root=root)


def root_pem(signer: Signer) -> bytes:
    """The performer's root certificate (PEM), to export as :data:`ROOT_FILE`; it does not
    depend on the name."""
    return certificates(signer, DEFAULT_NAME).root_pem


# --- the manifest ---------------------------------------------------------------------------


def training_mining(ai_training_allowed: bool, terms: str = "") -> dict[str, Any]:
    """The ``cawg.training-mining`` assertion. Not allowed: every use "notAllowed". Allowed by
    the deal: "constrained", not "allowed": the licence is the buyer's alone and bound by the
    deal's terms (``terms``, the XMP usage terms), which ``constraint_info`` carries."""
    if not ai_training_allowed:
        return {"entries": {use: {"use": "notAllowed"} for use in AI_USES}}
    info = (
        "Licensed to the buyer named in the deal only, under its terms; anyone else: not "
        "allowed. " + terms
    ).strip()
    return {"entries": {use: {"use": "constrained", "constraint_info": info} for use in AI_USES}}


def manifest_definition(
    *, title: str, ai_training_allowed: bool, terms: str = "", edited: bool = True
) -> dict[str, Any]:
    actions: list[dict[str, Any]] = [{"action": "c2pa.created", "digitalSourceType": CAPTURE}]
    if edited:
        actions.append(
            {"action": "c2pa.edited", "description": "Delivery copy: private metadata removed."}
        )
    return {
        "claim_generator_info": [{"name": "Likeness Vault", "version": app_version}],
        "title": title,
        "format": "image/jpeg",
        "assertions": [
            {"label": TRAINING_MINING, "data": training_mining(ai_training_allowed, terms)},
            {"label": "c2pa.actions", "data": {"actions": actions}},
        ],
    }


def sign_jpeg(
    jpeg: bytes,
    *,
    signer: Signer,
    title: str,
    author: str,
    ai_training_allowed: bool,
    terms: str = "",
    edited: bool = True,
) -> bytes:
    """The JPEG ``jpeg`` with a C2PA manifest signed by the performer's chain.

    Contract with app/services/delivery.py (engineer J), kept stable: ``signer`` is the vault's
    ``app.vault.signing.Signer``; ``title`` the copy's file name; ``author`` the performer's
    chosen name (the leaf certificate's subject); ``ai_training_allowed`` the deal's AI
    training answer being "yes"; ``terms`` the deal's usage terms as text (used only when
    training is allowed, as the constraint); ``edited`` adds the "c2pa.edited" action (a
    delivery copy is rebuilt from the original). Call it on the final bytes, after the XMP.
    Everything in memory; raises ``c2pa.C2paError`` if the library refuses the input (not a
    JPEG)."""
    c2pa = _c2pa()  # ~30 ms and a native library: only when signing
    chain = certificates(signer, author)
    definition = manifest_definition(
        title=title, ai_training_allowed=ai_training_allowed, terms=terms, edited=edited
    )
    context = c2pa.Context.from_dict({"builder": {"thumbnail": {"enabled": False}}})
    with (
        c2pa.Signer.from_callback(signer.sign, c2pa.C2paSigningAlg.ED25519, chain.pem) as c2_signer,
        c2pa.Builder(definition, context) as builder,
    ):
        out = io.BytesIO()
        builder.sign(c2_signer, "image/jpeg", io.BytesIO(jpeg), out)
    return out.getvalue()


def read(data: bytes, *, trust: bytes | None = None, mime: str = "image/jpeg") -> Reading:
    """What a C2PA reader reports for ``data``; ``trust`` is a root certificate (PEM) to treat
    as a trust anchor (as a buyer or platform that imported ``performer-root.pem`` would)."""
    c2pa = _c2pa()
    settings: dict[str, Any] = {"verify": {"verify_trust": True}}
    if trust is not None:
        settings["trust"] = {"trust_anchors": trust.decode("ascii")}
    context = c2pa.Context.from_dict(settings)
    try:
        reader = c2pa.Reader(mime, io.BytesIO(data), context=context)
    except c2pa.C2paError.ManifestNotFound:
        return Reading(state=None)
    with reader:
        store = json.loads(reader.json())
        state = reader.get_validation_state()
    active = store.get("manifests", {}).get(store.get("active_manifest", ""), {})
    failures = tuple(s.get("code", "") for s in store.get("validation_status", []) or [])
    return Reading(state=state, manifest=active, failures=failures)
