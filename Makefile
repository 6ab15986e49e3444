# Two commands for a new user: `make run` (the app) and `make test` (every check).
# Both create .venv and install the project into it when needed.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
QM     := resources/i18n/likeness_vault_zh_CN.qm resources/i18n/likeness_vault_en.qm
PYTEST_FLAGS ?=

.PHONY: run test test-slow lint typecheck i18n i18n-update bench clean demo dist screenshots

$(STAMP): pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Likeness Vault needs Python 3.11 or newer; set PYTHON=python3.11 (or newer).")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# Compiled translations, committed beside their sources resources/i18n/*.ts (the wheel and the
# packages ship them; tests/unit/test_translations_compiled.py fails when a .qm is not what its
# .ts compiles to). After `make i18n-update` and translating: `make i18n`, commit the .ts and .qm.
resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n: $(QM)

# Every .py in app/: the GUI's tr() strings, and the error sentences marked
# QT_TRANSLATE_NOOP("errors", ...) at their raise sites anywhere in app/ (context "errors").
i18n-update: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find app -name '*.py' | sort) -ts resources/i18n/likeness_vault_zh_CN.ts resources/i18n/likeness_vault_en.ts

run: $(STAMP) i18n
	@if [ "$$(uname)" = Linux ] && [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "There is no display here (DISPLAY and WAYLAND_DISPLAY are empty)."; \
	  echo "Run 'make run' in a desktop session, or start a virtual one:"; \
	  echo "  sudo apt-get install xvfb    # once"; \
	  echo "  Xvfb :1 &  sleep 1;  DISPLAY=:1 make run"; \
	  echo "The command-line tool works without a display: $(BIN)/likeness-vault-cli --help"; \
	  exit 1; fi
	@if [ "$$(uname)" = Linux ] && command -v ldconfig >/dev/null && ! ldconfig -p | grep -q libxcb-cursor.so.0; then \
	  echo "Qt needs libxcb-cursor0 to open a window on X11:"; \
	  echo "  sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0 fonts-wqy-microhei"; exit 1; fi
	$(BIN)/likeness-vault

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# Everything but the long reliability runs (they are `make test-slow`; CI runs both).
test: $(STAMP) lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" $(PYTEST_FLAGS)

test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow $(PYTEST_FLAGS)

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

demo: $(STAMP)
	@echo "Creates ./demo-vault; type a password twice."
	$(BIN)/likeness-vault-cli demo demo-vault

# docs/screenshots: every screen on the demo vault, drawn offscreen (no display needed): zh_CN at
# 100 % (the README's), en/ at 100 %, 2x/ and 2x/en/ at 200 % (tools/screenshots.py).
screenshots: $(STAMP)
	$(BIN)/python tools/screenshots.py docs/screenshots --lang zh_CN
	$(BIN)/python tools/screenshots.py docs/screenshots/en --lang en
	$(BIN)/python tools/screenshots.py docs/screenshots/2x --lang zh_CN --scale 2
	$(BIN)/python tools/screenshots.py docs/screenshots/2x/en --lang en --scale 2

# The Linux package dist/likeness-vault_<version>_<arch>.deb: a PyInstaller one-folder build of
# both programs, with .desktop, AppStream metainfo, icons and computed Depends (packaging/README.md).
# Needs Debian's dpkg-dev, appstream and desktop-file-utils; PyInstaller comes with the
# `packaging` extra (build time only).
PKG_STAMP := $(VENV)/.packaging-stamp
$(PKG_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[packaging]'
	@touch $(PKG_STAMP)

dist: $(PKG_STAMP)
	bash packaging/linux/build-deb.sh $(BIN)/python

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build *.egg-info
