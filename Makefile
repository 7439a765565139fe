# The two commands of the README: `make run` (build the knowledge base from corpus/ and serve it)
# and `make test`. Both install what they need into .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev browser eval bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-dev: $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,st]'

run: install
	$(BIN)/policykb ingest corpus
	$(BIN)/policykb serve --host $(HOST) --port $(PORT)

test: install-dev browser
	$(BIN)/ruff check ingest index api tests bench
	$(BIN)/python -m pytest -q

# The page test drives a real headless Chromium; install it where we may (root with apt), else it is skipped.
browser:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 || \
	   (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1)) ; } || \
	  echo "no chromium: the page test will be skipped"

eval: install
	PATH=$(CURDIR)/$(BIN):$$PATH bash ../shared/eval/run.sh

bench: install
	$(BIN)/python bench/ingest_speed.py
	$(BIN)/python bench/search_speed.py
	$(BIN)/python bench/agora.py

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache
