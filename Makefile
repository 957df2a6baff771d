# `make run` runs the bot, `make test` runs the tests. Both create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench eval clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,platforms]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/rumourbot run

test: $(STAMP)
	$(BIN)/ruff check bot feeds config tests bench scripts
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check bot feeds config tests bench scripts
	$(BIN)/ruff format --check bot feeds config tests bench scripts
	$(BIN)/mypy

bench: $(STAMP)
	for b in bench/bench_*.py; do $(BIN)/python $$b || exit 1; done

eval: $(STAMP)
	$(BIN)/python ../shared/eval/score.py ../shared/eval/dev.jsonl -- $(BIN)/rumourbot extract

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
