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
	$(PY) bench/extract_cost.py
	$(PY) bench/render_bench.py $(if $(QUICK),--quick)
	$(PY) bench/breakdown.py

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench

# two processes, one test file each at a time (a file's fixtures stay in one process): the suite
# is mostly notebooks and renders, and two cores halve its time
test: lint
	$(PY) -m pytest -n 2 --dist loadfile --durations=25

# JupyterLab on the whole project, opened on lab/: copies of the report notebooks to explore in
# (made once, never overwritten, not committed). The render reads notebooks/ and refuses a report
# notebook saved with outputs, so scratch work never reaches the readers. Root is allowed: the
# office's machine or a container may run as root.
lab: $(STAMP)
	@mkdir -p lab; for nb in notebooks/*.ipynb; do test -e "lab/$${nb##*/}" || cp "$$nb" lab/; done
	$(VENV)/bin/jupyter lab --allow-root --notebook-dir=. --LabApp.default_url=/lab/tree/lab

clean:
	rm -rf outputs/* data/processed/* .pytest_cache
	@touch outputs/.gitkeep data/processed/.gitkeep
