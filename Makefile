# counterclaim — the targets CI and the README call.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Every pip call sees the torch pin, so no dependency can pull a CUDA build.
export PIP_CONSTRAINT := $(CURDIR)/constraints.txt

.DEFAULT_GOAL := help
.PHONY: help install system-packages run test test-fast lint typecheck bench train-judge clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip setuptools wheel
	# torch first, exactly the local CPU build, before anything that depends on it
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed ## create .venv/ and install the project (torch pinned to the CPU build)

run: install ## install, then serve with gunicorn on $$PORT (SQLite under ./var/ by default)
	mkdir -p var
	PORT=$(PORT) $(VENV)/bin/gunicorn --config gunicorn.conf.py service.wsgi:app

# Debian packages the tests drive: curl and jq (the README's recipes), chromium (the /docs page).
SYSTEM_PACKAGES := curl jq chromium
system-packages: ## install the Debian packages the tests need, if missing (apt-get, as root)
	@missing=""; for p in $(SYSTEM_PACKAGES); do command -v $$p >/dev/null || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing from Debian's packages"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null \
	    || echo "could not install$$missing: the tests that need them will be skipped"; \
	fi

test: install system-packages ## install, then run the whole test suite
	$(PY) -m pytest

lint: install ## ruff check and format check
	$(VENV)/bin/ruff check service schemas tests bench training
	$(VENV)/bin/ruff format --check service schemas tests bench training

typecheck: install ## mypy strict on service/ and schemas/
	$(VENV)/bin/mypy

bench: install ## run the benchmarks (they print figures)
	$(PY) bench/ingest_latency.py
	$(PY) bench/eval_nato.py
	$(PY) bench/eval_judge.py
	$(PY) bench/eval_retrieval.py
	$(PY) bench/eval_checkworthiness.py
	$(PY) bench/store_scale.py

JUDGE_WORK := var/judge-training
train-judge: install ## retrain the judge from ../shared (2 CPU cores: about 95 minutes; resumable)
	$(PY) -m pip install --quiet -e '.[test,train]'
	# stage 1: 64,000 pairs from the base model; stage 2: the next 9,000 of the same sample with
	# 5,000 statement-against-its-denial pairs, at a lower rate, from stage 1's weights
	$(PY) training/train_judge.py --work $(JUDGE_WORK) --pairs 64000 --out $(JUDGE_WORK)/stage1.npz
	$(PY) training/train_judge.py --work $(JUDGE_WORK) --init $(JUDGE_WORK)/checkpoint-64000-16-0.pt \
	  --skip 64000 --pairs 9000 --framed --lr 2e-5 --out $(JUDGE_WORK)/stage2.npz
	# stage 3, from stage 2's artefact: the next 6,000 of the sample, the denial pairs again, the
	# hand-written development news pairs of bench/ twice over and 2,600 more Emergent train pairs
	$(PY) training/train_judge.py --work $(JUDGE_WORK) --init $(JUDGE_WORK)/stage2.npz \
	  --skip 73000 --pairs 6000 --framed --hand-written 2 --more emergent=2600 --lr 2e-5

clean: ## remove the virtual environment and local data
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
