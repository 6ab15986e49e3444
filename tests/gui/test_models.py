"""The item models under Qt's own QAbstractItemModelTester, through load, search and clear.

Any "FAIL!" the tester reports (category qt.modeltest) fails the test twice over: pytest-qt
turns qt.modeltest warnings into a test error by itself ("Qt modeltester errors"; seen with a
deliberately broken model that ignores ``parent``), and each test also asserts on the log."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtTest import QAbstractItemModelTester

from app.services.demo import build_demo_vault
from app.ui.models.photos import PhotosModel
from app.ui.models.tables import (
    BuyersModel,
    DealsModel,
    LettersModel,
    SearchFilter,
    SightingsModel,
)
from tests.support import FAST_KDF, PASSWORD


def failures(qtlog) -> list[str]:
    return [r.message for r in qtlog.records if "FAIL" in r.message]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    service, _ = build_demo_vault(tmp_path_factory.mktemp("demo") / "v", PASSWORD, FAST_KDF)
    yield service
    service.lock()


@pytest.mark.parametrize("model_cls", [BuyersModel, DealsModel, SightingsModel, LettersModel])
def test_table_models_pass_the_model_tester(qtbot, qtlog, demo, model_cls):
    model = model_cls()
    proxy = SearchFilter()
    proxy.setSourceModel(model)
    testers = [
        QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Warning)
        for m in (model, proxy)
    ]
    model.load(demo.records)
    assert model.rowCount() == len(getattr(demo.records, model_cls.__name__[:-5].lower()))
    assert model.rowCount() > 0
    proxy.sort(1)
    proxy.set_search("zzzz-not-there")
    assert proxy.rowCount() == 0
    proxy.set_search("")
    assert proxy.rowCount() == model.rowCount()
    model.load(demo.records)
    model.clear()
    assert model.rowCount() == 0
    assert failures(qtlog) == [] and testers


def test_photos_model_passes_the_tester_while_thumbnails_arrive(qtbot, qtlog, demo):
    model = PhotosModel(icon_size=QSize(64, 64))
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    items = sorted(demo.records.media.values(), key=lambda m: m.name)
    model.load(items, demo.thumbnail_bytes)
    for row in range(model.rowCount()):  # what a view does when it paints
        model.data(model.index(row), 1)
    qtbot.waitUntil(lambda: model.cached_count == len(items), timeout=10_000)
    pixmap = model.data(model.index(0), 1)
    assert pixmap.width() <= 64 and pixmap.height() == 64  # scaled in the worker
    model.clear()
    assert model.rowCount() == 0 and model.cached_count == 0
    assert failures(qtlog) == [] and tester


def test_locked_photos_model_holds_nothing(qtbot, demo, tmp_path: Path):
    model = PhotosModel()
    model.load(list(demo.records.media.values()), demo.thumbnail_bytes)
    model.data(model.index(0), 1)
    model.clear()
    # a thumbnail still in flight must not come back into the cache: wait until its result was
    # delivered (a fixed 200 ms could pass before it arrived on a loaded box: proving nothing)
    assert model.pending_count > 0  # it was in flight
    qtbot.waitUntil(lambda: model.pending_count == 0)
    assert model.cached_count == 0 and model.rowCount() == 0


def test_choice_model_passes_the_tester_when_ticked(qtbot, qtlog, demo):
    from PySide6.QtCore import Qt

    from app.ui.models.tables import ChoiceModel

    items = [(m.id, m.name) for m in demo.records.media.values()]
    model = ChoiceModel(items, {items[3][0], "not-in-the-vault"})
    proxy = SearchFilter()
    proxy.setSourceModel(model)
    testers = [
        QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Warning)
        for m in (model, proxy)
    ]
    assert model.checked_ids() == [items[3][0]]  # unknown ids are dropped
    with qtbot.waitSignal(model.checkedChanged):
        assert model.setData(model.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(3), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == [items[0][0]]
    proxy.set_search(items[5][1])
    assert proxy.rowCount() >= 1
    assert failures(qtlog) == [] and testers
