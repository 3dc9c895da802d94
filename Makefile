# The two commands of the README: `make run` and `make test`. Everything else is set-up they
# share: the virtual environment, the knowledge base and the trained model, each rebuilt only
# when its inputs changed.
SHELL := /bin/bash
PY := .venv/bin/python
RASA := .venv/bin/rasa
MODEL := models/assistant.tar.gz
DB := knowledge/guides.db
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

NLU_INPUTS := config.yml domain.yml knowledge/outside_catalog.yaml $(shell find data bot -name '*.yml' -o -name '*.py' -o -name '*.txt' 2>/dev/null)
KB_INPUTS := $(wildcard knowledge/sources/*.yaml) $(wildcard knowledge/*.py) knowledge/catalog/items.tsv

.PHONY: run test test-reliability setup kb model lock bench clean
.DEFAULT_GOAL := run

setup: .venv/.installed $(DB) $(MODEL)

.venv/.installed: requirements.txt scripts/bootstrap_venv.sh
	bash scripts/bootstrap_venv.sh

kb: $(DB)
$(DB): .venv/.installed $(KB_INPUTS)
	$(PY) -m knowledge build --db $(DB)
	@touch $(DB)

model: $(MODEL)
$(MODEL): .venv/.installed $(DB) $(NLU_INPUTS)
	$(PY) -m bot train --out models

run: setup
	bash scripts/run.sh

test: setup
	bash scripts/ensure_chromium.sh
	bash scripts/test.sh

# Slow reliability tests (10,000 turns, restart, action server down): about 3 minutes.
test-reliability: setup
	RELIABILITY_TESTS=1 $(PY) -m pytest -q -s -p no:cacheprovider tests/reliability

bench: setup
	$(PY) -m bot bench $(BENCH_ARGS)

# Re-resolve requirements.in into the complete pinned requirements.txt.
lock:
	rm -rf .lock-venv && python3.10 -m venv .lock-venv && .lock-venv/bin/pip install -q -r requirements.in \
	  && .lock-venv/bin/pip freeze > requirements.txt && rm -rf .lock-venv

clean:
	rm -rf models results $(DB) var
