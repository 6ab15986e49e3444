""" "Revocation manifest…": what the signed file contains in plain words, which photos, the
scope, the date, a contact and the two opt-ins (legal name, face embeddings), then the file
written off the GUI thread (``run_task``; the back-fill of missing PDQ values first, with
progress and Cancel; the frame is ``app.ui.file_task_dialog.FileTaskDialog``, shared with the
evidence export). The work is ``app.services.manifest``; this dialog holds no rule."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Attachment
from app.services import manifest
from app.services.vault_service import VaultService
from app.ui.file_task_dialog import FileTaskDialog
from app.ui.save_paths import default_file_name, documents_folder

NOTE_STYLE = "color: #5b6675"


class ManifestDialog(FileTaskDialog):
    """Choose the photos and what the withdrawal says, then write the signed manifest."""

    cancelled = (manifest.Cancelled,)

    def __init__(
        self,
        service: VaultService,
        *,
        buyer_id: str = "",
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(service, parent)
        self.written: tuple[Path, Attachment] | None = None
        self.setWindowTitle(self.tr("Revocation manifest"))
        self.setMinimumWidth(600)
        layout = self._build(
            self._build_form(buyer_id, folder),
            self.tr("Write the manifest"),
            self.tr("Progress"),
            rich_result=True,
        )
        self.save_button = self.start_button
        # tall enough for every wrapped sentence at the dialog's width (a label's height
        # depends on its width, which the first layout pass does not know yet)
        width = self.minimumWidth()
        self.resize(width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)))

    # --- pages ---------------------------------------------------------------------------

    def _build_form(self, buyer_id: str, folder: Path | None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "One signed file (JSON) that tells a platform, a buyer or an AI company that "
                "these photos are of you and that you withdraw your consent. Their systems can "
                "recognise the photos from it automatically, without you sending the photos "
                "again."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        contains = QLabel(
            self.tr(
                "It contains: your chosen name, the date your withdrawal takes effect, what it "
                "covers, a contact for replies, the law it relies on, and for each photo two "
                "fingerprints (its SHA-256 and PDQ hashes: numbers computed from the photo, "
                "from which the photo cannot be rebuilt). It does not contain your photos, "
                "thumbnails, file names, prices or other buyers. It is signed with your vault's "
                "key, so anyone can check that it was not changed."
            )
        )
        contains.setWordWrap(True)
        contains.setStyleSheet(NOTE_STYLE)
        layout.addWidget(contains)

        form = QFormLayout()
        self.photos = QComboBox()
        self.photos.setAccessibleName(self.tr("Photos"))
        records = self.service.records
        self.photos.addItem(
            self.tr("All my photos (%1)").replace("%1", str(len(records.media))), ""
        )
        for buyer in sorted(records.buyers.values(), key=lambda b: b.name):
            count = len(manifest.selected_media(self.service, buyer.id))
            self.photos.addItem(
                self.tr("Delivered to %1 (%2)").replace("%1", buyer.name).replace("%2", str(count)),
                buyer.id,
            )
        if buyer_id:
            self.photos.setCurrentIndex(max(self.photos.findData(buyer_id), 0))
        self.photos.currentIndexChanged.connect(self._propose_name)
        form.addRow(self.tr("Photos"), self.photos)
        self.effective = QDateEdit(QDate.currentDate())
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Withdrawn from"), self.effective)
        performer = records.performer
        self.contact = QLineEdit(performer.email or performer.phone)
        self.contact.setPlaceholderText(self.tr("E-mail address or phone number for replies"))
        form.addRow(self.tr("Contact"), self.contact)
        layout.addLayout(form)

        scope = QGroupBox(self.tr("Consent withdrawn for"))
        scope_layout = QVBoxLayout(scope)
        self.scope = {
            "training": QCheckBox(self.tr("Training AI models")),
            "generation": QCheckBox(
                self.tr("Generating or synthesising content with my likeness (face swaps)")
            ),
            "distribution": QCheckBox(self.tr("Distributing and publishing")),
        }
        for check in self.scope.values():
            check.setChecked(True)
            scope_layout.addWidget(check)
        layout.addWidget(scope)

        extra = QGroupBox(self.tr("Only if you choose"))
        extra_layout = QVBoxLayout(extra)
        self.legal_name = QCheckBox(self.tr("Add my legal name (otherwise only my chosen name)"))
        if not performer.legal_name.strip():
            self.legal_name.setEnabled(False)
            self.legal_name.setToolTip(self.tr("Add your legal name to your details first"))
        extra_layout.addWidget(self.legal_name)
        self.faces = QCheckBox(self.tr("Add face embeddings (biometric data)"))
        face_matching = records.matching.face_matching
        self.faces.setEnabled(face_matching)
        extra_layout.addWidget(self.faces)
        face_note = QLabel(
            self.tr(
                "A face embedding is 128 numbers that describe your face: with it, a system can "
                "recognise your face in new pictures, not only in these photos. It is biometric "
                "data; once sent, it cannot be taken back. Leave it off unless the receiver "
                "asks for it."
            )
            + (
                ""
                if face_matching
                else " "
                + self.tr(
                    "Only possible while face matching is on (Sightings page, Face matching…)."
                )
            )
        )
        face_note.setWordWrap(True)
        face_note.setStyleSheet(NOTE_STYLE)
        extra_layout.addWidget(face_note)
        layout.addWidget(extra)

        self.folder = folder or documents_folder()  # made when missing
        save_form = QFormLayout()
        self._save_rows(save_form, self.tr("Manifest file"), "")
        layout.addLayout(save_form)
        layout.addWidget(self.status)
        self._propose_name()
        return page

    # --- actions -------------------------------------------------------------------------

    def _propose_name(self, _index: int = 0) -> None:
        buyer_id = str(self.photos.currentData() or "")
        buyer = self.service.records.buyers.get(buyer_id)
        name = default_file_name(
            self.tr("revocation manifest"), buyer.name if buyer else "", "json"
        )
        self.path.setText(str(self.folder / name))

    def _choose(self) -> None:
        self._choose_file(self.tr("Save the revocation manifest"), "JSON (*.json)", ".json")

    def chosen_scope(self) -> list[str]:
        return [key for key, check in self.scope.items() if check.isChecked()]

    def start(self) -> None:
        chosen = self._destination(self.tr("%1 already exists. Replace it with the new manifest?"))
        if chosen is None:
            return
        dest, overwrite = chosen
        service = self.service
        buyer_id = str(self.photos.currentData() or "") or None
        scope = self.chosen_scope()
        effective = self.effective.date().toString("yyyy-MM-dd")
        contact = self.contact.text()
        legal = self.legal_name.isChecked()
        faces = self.faces.isChecked()

        def work(cancel: Any, progress: Any) -> tuple[Path, Attachment]:
            built = manifest.build(
                service,
                buyer_id=buyer_id,
                scope=scope,
                effective=effective,
                contact=contact,
                with_legal_name=legal,
                with_face_embedding=faces,
                progress=progress,
                cancel=cancel,
            )
            return dest, manifest.write(service, built, dest, overwrite=overwrite)

        self._run(work, self._done, writes=True)

    def progress_text(self, done: int, total: int, name: str) -> str:
        return (
            self.tr("Computing the hashes of photo %1 of %2: %3")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", name)
        )

    def _done(self, result: tuple[Path, Attachment]) -> None:
        self.written = result
        path, att = result
        fingerprint = self.service.signer().fingerprint
        lines = [
            escape(self.tr("The revocation manifest was written:")),
            f"<b>{escape(str(path))}</b>",
            escape(self.tr("SHA-256 of the file:")),
            f"<span style='font-family: monospace'>{att.sha256}</span>",
            escape(self.tr("Signed with the key %1.").replace("%1", fingerprint)),
            "",
            escape(
                self.tr(
                    "Send the file as it is. The receiver checks it with likeness-vault-cli "
                    "verify-manifest, or with OpenSSL, and should compare the key with the one "
                    "you published. Your letters and takedown notices about these photos now "
                    "name this file, and your evidence bundles include it."
                )
            ),
        ]
        self.result_label.setText("<br>".join(lines))
        self._show_result(path)
