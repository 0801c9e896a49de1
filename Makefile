# Puente: `make run` to try it, `make test` to check it. See README.md.

SWIFT ?= swift
HOST ?= 127.0.0.1
PORT ?= 8080
PUENTE := .build/debug/puente

.PHONY: run build test test-postgres test-all test-tools system-packages lint-openapi fuzz-api bench bench-views bench-housekeeping clean-data

## Build, migrate, load the demo (idempotent) and serve on http://127.0.0.1:8080
run: build
	$(PUENTE) seed-demo
	$(PUENTE) serve --hostname $(HOST) --port $(PORT)

build: system-packages
	$(SWIFT) build --product puente

## cairo, libqrencode and fonts for certificate PDFs (from Debian, when missing)
system-packages:
	scripts/system-packages

## The test suite on SQLite, or on the database DATABASE_URL names, then the API fuzzing, and
## on PostgreSQL the cluster's fault tests (scripts/fault-tests)
test: test-tools lint-openapi
	$(SWIFT) test
	scripts/test-receive
	BENCH_SUBSCRIBERS=2000 NEWSLETTER_KILL=1 scripts/bench-newsletter --debug
	scripts/fuzz-api
	scripts/fault-tests

## The same suite on a throwaway PostgreSQL cluster on loopback
test-postgres: test-tools
	scripts/with-postgres $(MAKE) test

## Both databases, as CI runs them
test-all: test test-postgres

test-tools:
	scripts/system-packages --tests
	scripts/test-tools

lint-openapi: test-tools
	.venv/bin/openapi-spec-validator Sources/Puente/API/openapi.json
	scripts/lint-openapi-text Sources/Puente/API/openapi.json

## Schemathesis against openapi.json on a served demo, as visitor and staff (FUZZ_SECONDS each)
fuzz-api: test-tools
	scripts/fuzz-api

## Load benchmarks (not tests): see docs/benchmarks.md
bench:
	scripts/bench

## The view idioms on one directory page (decision 0018)
bench-views:
	scripts/bench-views

## A simulated year of use at a program's scale: rows per table by month (issue 23)
bench-housekeeping:
	scripts/bench-housekeeping

clean-data:
	rm -rf data
