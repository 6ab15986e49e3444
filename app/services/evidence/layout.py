"""The fixed layout of a bundle: entry names, ``SHA256SUMS`` (written and parsed) and
``README.txt``. Export and verification both follow it (see docs/evidence.md)."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.errors import QT_TRANSLATE_NOOP, Message
from app.services.evidence.names import unsafe_entry_reason

SUMS = "SHA256SUMS"
SIG = "SHA256SUMS.sig"
PEM = "signing-key.pub.pem"
README = "README.txt"
REPORT = "report.pdf"
TIMESTAMP = "SHA256SUMS.tsr"  # reserved for an RFC 3161 time-stamp reply (see Timestamper)
MEDIA_DIR = "originals/media/"
ATTACHMENT_DIR = "originals/attachments/"
HASH_CHUNK = 1024 * 1024
LANGUAGES = ("zh-CN", "en")  # of report.pdf; README.txt is always in both

Progress = Callable[[int, int, str], None]


def readme_text(fingerprint: str) -> str:
    return f"""证据包 / Evidence bundle — Likeness Vault (肖像保险箱)

【中文】
这是一份由"肖像保险箱"导出的证据包：原始文件（originals/）、可阅读的报告（report.pdf）、
全部文件的 SHA-256 哈希清单（SHA256SUMS）、对该清单的 Ed25519 电子签名（SHA256SUMS.sig）
以及验证签名用的公钥（signing-key.pub.pem）。
解压后在本文件夹中运行以下两条命令即可验证，无需本软件：

  sha256sum -c SHA256SUMS
  openssl pkeyutl -verify -pubin -inkey signing-key.pub.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig

第一条确认每个文件自导出以来未被改动；第二条（需 OpenSSL 3.0 或更新版本）确认清单由该公钥的
持有人签名。公钥指纹（公钥原始字节的 SHA-256）：
  {fingerprint}
请与权利人另行公布或公证的指纹核对：本包内印出的指纹本身不能作证，改动文件的人也能换上自己的
密钥和指纹。用 OpenSSL 计算该指纹：

  openssl pkey -pubin -in signing-key.pub.pem -outform DER | tail -c 32 | sha256sum

本证据包不含可信时间戳：它证明自导出以来的完整性及签名者，但不能单独证明导出的时间。
macOS 上可用 "shasum -a 256 -c SHA256SUMS" 代替第一条命令。

[English]
This is an evidence bundle exported by Likeness Vault: the original files (originals/), a
readable report (report.pdf), the SHA-256 of every file (SHA256SUMS), an Ed25519 signature
over that list (SHA256SUMS.sig) and the public key that checks it (signing-key.pub.pem).
Unpack it and run these two commands in this folder; the app is not needed:

  sha256sum -c SHA256SUMS
  openssl pkeyutl -verify -pubin -inkey signing-key.pub.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig

The first shows that no file changed since the export; the second (OpenSSL 3.0 or newer) that
the holder of this key signed the list. Key fingerprint (SHA-256 of the raw public key):
  {fingerprint}
Compare it with the fingerprint the right holder published or notarised separately: a
fingerprint printed inside the bundle proves nothing by itself, since whoever altered the files
could replace the key and the fingerprint too. To compute it with OpenSSL:

  openssl pkey -pubin -in signing-key.pub.pem -outform DER | tail -c 32 | sha256sum

The bundle carries no trusted timestamp: it proves integrity since export and who signed, not
when the export was made. On macOS, "shasum -a 256 -c SHA256SUMS" replaces the first command.
"""


def sums_text(hashes: dict[str, str]) -> bytes:
    return "".join(f"{hashes[p]}  {p}\n" for p in sorted(hashes)).encode("utf-8")


_SUMS_LINE = re.compile(r"([0-9a-fA-F]{64}) [ *](.+)")


def parse_sums(data: bytes) -> tuple[dict[str, str], list[Message]]:
    """(path -> hex, problems) from a SHA256SUMS file in GNU coreutils' format."""
    listed: dict[str, str] = {}
    errors: list[Message] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return {}, [Message(QT_TRANSLATE_NOOP("errors", "SHA256SUMS is not UTF-8 text."))]
    if text and not text.endswith("\n"):
        errors.append(
            Message(QT_TRANSLATE_NOOP("errors", "SHA256SUMS does not end with a line break."))
        )
    for number, line in enumerate(text.split("\n")[:-1] if text else [], start=1):
        match = _SUMS_LINE.fullmatch(line)
        if match is None:
            errors.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "errors", "SHA256SUMS line {number} is not '<sha256>  <path>'."
                    ),
                    number=number,
                )
            )
            continue
        path = match.group(2)
        reason = unsafe_entry_reason(path)
        if reason is not None:
            errors.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "errors", "SHA256SUMS line {number} names an unsafe path ({path})."
                    ),
                    number=number,
                    path=repr(path),
                )
            )
        elif path in listed:
            errors.append(
                Message(QT_TRANSLATE_NOOP("errors", "SHA256SUMS lists {path} twice."), path=path)
            )
        else:
            listed[path] = match.group(1).lower()
    return listed, errors
