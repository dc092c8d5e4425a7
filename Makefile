# The project's verbs. `make report` and `make test` set up .venv themselves on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
CHITIEU := $(VENV)/bin/chitieu
STAMP  := $(VENV)/.installed-stamp
JOBS   ?=
# PDFs too when a Chromium is there to print them (`chitieu render --pdf`)
PDF    ?= $(if $(shell command -v chromium || command -v chromium-browser || command -v google-chrome),--pdf)

.PHONY: report test lint data render lab bench clean setup

# Install (again) only when the venv is missing or pyproject.toml changed.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	$(PY) -m ipykernel install --sys-prefix --name chitieu --display-name "chitieu (Python 3)" >/dev/null
	@touch $@

setup: $(STAMP)

data: $(STAMP)
	$(CHITIEU) data

# The scheduled job's command: validate and build the data, then render what changed. A city whose
# data are invalid must not stop the others' reports, so render runs whatever `data` said; the exit
# code is data's if it failed, else render's.
report: $(STAMP)
	@$(CHITIEU) data; data=$$?; \
	$(CHITIEU) render --all $(if $(JOBS),--jobs $(JOBS)) $(PDF); render=$$?; \
	if [ $$data -ne 0 ]; then exit $$data; fi; exit $$render

render: data
	$(CHITIEU) render --all $(if $(JOBS),--jobs $(JOBS))

bench: data
	$(PY) bench/scorecard_bench.py
	$(PY) bench/render_bench.py $(if $(QUICK),--quick)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench

test: lint
	$(PY) -m pytest

lab: $(STAMP)
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

clean:
	rm -rf outputs/* data/processed/* .pytest_cache
	@touch outputs/.gitkeep data/processed/.gitkeep
