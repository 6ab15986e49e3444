"""The match dialog says whose delivery copy a found picture is, and how sure (issue 16's gap):
a "strong" reading names the buyer's copy; a "possible" one says why it is not sure and that
notices and reports do not name that buyer (docs/matching.md "Delivery copies")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.matching.results import BuyerRef, DeliveredCopy, InputResult
from app.ui.main_window import MainWindow
from app.ui.matching import match_dialog as match_module
from app.ui.matching.match_dialog import Outcome
from tests.gui.test_matching_gui import fixed_search, helper, item_match, seed, wait_done

pytestmark = pytest.mark.usefixtures("delete_closed_widgets")


def test_the_detail_names_a_strong_copy_and_questions_a_possible_one(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids, fish, studio = seed(window)
    service = window.service
    assert service is not None
    deals = {d.buyer_id: d.id for d in service.records.deals.values()}
    strong = DeliveredCopy(BuyerRef(fish, "小鱼"), deals[fish], "g1-6", 0.81, "strong", "", 1200)
    possible = DeliveredCopy(
        BuyerRef(studio, "影视工作室B"), deals[studio], "g1-0", 0.6, "possible", "small", 268
    )
    result = InputResult(
        str(tmp_path / "drama.png"),
        "image",
        [
            item_match(window, ids[0], delivered_copy=strong),
            item_match(window, ids[1], delivered_copy=possible),
            item_match(window, ids[2]),
        ],
        frames_examined=1,
    )
    monkeypatch.setattr(match_module, "search", fixed_search(Outcome([result], pending=0)))
    dialog = helper(window).find([tmp_path / "drama.png"])
    wait_done(qtbot, dialog)
    dialog.candidates.setCurrentRow(0)
    assert "The copy given to 小鱼 (geometric code g1-6)" in dialog.detail.text()
    dialog.candidates.setCurrentRow(1)
    text = dialog.detail.text()
    assert "Possibly the copy given to 影视工作室B (geometric code g1-0): please check" in text
    assert "the picture is too small to tell buyers" in text
    assert "Notices and reports do not name this buyer." in text
    dialog.candidates.setCurrentRow(2)  # no copy read: no row
    assert "Delivery copy" not in dialog.detail.text()
    dialog.close()


def test_the_delivery_copy_row_is_in_chinese(
    qtbot: Any,
    zh_translator: None,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids, _fish, studio = seed(window)
    service = window.service
    assert service is not None
    deal = next(d.id for d in service.records.deals.values() if d.buyer_id == studio)
    possible = DeliveredCopy(
        BuyerRef(studio, "影视工作室B"), deal, "g1-0", 0.6, "possible", "neighbour", 900
    )
    result = InputResult(
        str(tmp_path / "drama.png"),
        "image",
        [item_match(window, ids[1], delivered_copy=possible)],
        frames_examined=1,
    )
    monkeypatch.setattr(match_module, "search", fixed_search(Outcome([result], pending=0)))
    dialog = helper(window).find([tmp_path / "drama.png"])
    wait_done(qtbot, dialog)
    dialog.candidates.setCurrentRow(0)
    text = dialog.detail.text()
    assert "交付副本" in text
    assert "可能是交付给影视工作室B的副本（几何编码 g1-0），请您核对" in text
    assert "另一位买家的编码几乎同样接近" in text and "不会点名这位买家" in text
    dialog.close()
