# LORkit: `make run` starts API + SPA on the embedded PostgreSQL; `make test` runs every test.
SHELL := /bin/bash
MVN ?= mvn -B -ntp
JAR := backend/target/quarkus-app/quarkus-run.jar

.PHONY: run test backend-test backend-package frontend-deps frontend-test e2e openapi clean

run: backend-package frontend-deps
	@bash scripts/run.sh

# Backend tests (real PostgreSQL), then the packaged jar the browser test runs against.
backend-test:
	cd backend && $(MVN) package

backend-package:
	cd backend && $(MVN) -q package -DskipTests

frontend-deps:
	@if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then \
		cd frontend && npm ci --no-audit --no-fund; fi

frontend-test: frontend-deps
	cd frontend && npm run typecheck && npm test && npm run size

e2e: frontend-deps
	cd frontend && npm run e2e

test: backend-test frontend-test e2e
	@echo "All tests passed."

# Rewrites the committed contract from the code (OpenApiContractTest fails until you do).
openapi:
	cd backend && $(MVN) -q package -DskipTests
	cp backend/target/openapi/openapi.yaml openapi/openapi.yaml
	@echo "openapi/openapi.yaml updated"

clean:
	cd backend && $(MVN) -q clean
	rm -rf frontend/dist frontend/test-results
