# LORkit: `make run` starts the product (the API serving the built app) on the embedded PostgreSQL;
# `make test` runs every test; `make dev` is the hot-reload set-up for working on the app.
SHELL := /bin/bash
MVN ?= mvn -B -ntp
JAR := backend/target/quarkus-app/quarkus-run.jar

.PHONY: run dev spa run-check replicas-check bench-seeder tools browser deploy-os-tools test backend-test backend-package frontend-deps frontend-test e2e openapi clean \
	deploy-tools deploy-check backup-check outage-check image image-check spa-nginx-check lighthouse bench faults faults-check \
	phi-bench phi-figures phi-tuning phi-vocabulary scan db-roles-check

# The API serves the built app (with its service worker) and the API at http://127.0.0.1:8080/.
run: backend-package spa
	@bash scripts/run.sh

# Hot reload: the packaged API and Vite's dev server (no service worker) on :5173.
dev: backend-package frontend-deps
	@bash scripts/dev.sh

# Built again only when the app's sources, its build settings or the contract changed since the last build.
SPA_INPUTS := frontend/src frontend/public frontend/index.html frontend/vite.config.ts frontend/package-lock.json openapi/openapi.yaml
spa: frontend-deps
	@if bash scripts/up-to-date.sh frontend/dist/index.html $(SPA_INPUTS); then echo "app build up to date (frontend/dist)"; \
	else cd frontend && npm run build:app; fi

# `make run`'s server on a free port: Chromium loads the app, goes offline, reloads, and the app opens.
run-check: backend-package spa browser
	bash scripts/run-offline-check.sh

# Backend tests (real PostgreSQL), then the packaged jar the browser test runs against.
backend-test:
	cd backend && $(MVN) package

# Packaged again only when a source or the pom changed since the last jar (the backend's test run packages it too).
backend-package:
	@if bash scripts/up-to-date.sh $(JAR) backend/src/main backend/pom.xml; then echo "API jar up to date ($(JAR))"; \
	else cd backend && $(MVN) -q package -DskipTests; fi

# Two API processes on one database: each digest delivered once, and rate limits shared (wrong passwords on
# one count on the other; a restart keeps them). Needs the jar the backend run packages
# after its tests (`make backend-test` or `make backend-package` first), so it runs again here, and fails
# (rather than skips) without the jar.
replicas-check:
	cd backend && $(MVN) -q test -Dtest=TwoReplicasDeliverOnceTest,TwoReplicasShareLimitsTest -Dlorkit-test.require-jar=true -Dsurefire.failIfNoSpecifiedTests=false

frontend-deps:
	@if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then \
		cd frontend && npm ci --no-audit --no-fund; fi

frontend-test: frontend-deps
	cd frontend && npm run lint && npm run typecheck && npm test
	@$(MAKE) --no-print-directory spa
	cd frontend && node scripts/check-size.mjs

e2e: frontend-deps browser spa
	cd frontend && npx playwright test

# Debian's Chromium for the browser tests: found, or installed with apt-get when we are root,
# or a clear stop naming the package (scripts/ensure-tools.sh).
browser:
	@bash scripts/ensure-tools.sh chromium

tools: browser deploy-os-tools

# yamllint, nginx and envsubst (nginx-light, gettext-base) likewise; kubectl (kustomize) is looked for.
deploy-os-tools:
	@bash scripts/ensure-tools.sh yamllint nginx envsubst kubectl

# Checks of deploy/ without a container engine (about 10 s): yamllint, Kubernetes manifests
# (rendered, schema, strict fields, policy), Containerfile lint, compose schema, nginx config over HTTP.
# Needs yamllint, nginx-light and gettext-base (envsubst) from apt, installed by deploy-os-tools.
deploy-tools:
	@if [ ! -d deploy/tools/node_modules ] || [ deploy/tools/package-lock.json -nt deploy/tools/node_modules/.package-lock.json ]; then \
		cd deploy/tools && npm ci --no-audit --no-fund; fi

# Compose's two database roles (deploy/db-init) on the machine's PostgreSQL, fresh and as an upgrade, with
# the packaged API: it migrates as the owner, serves as a role that cannot drop a table or the audit trigger.
db-roles-check: backend-package
	bash scripts/db-roles-check.sh
	bash scripts/db-roles-check.sh --upgrade

deploy-check: deploy-tools deploy-os-tools
	cd deploy && yamllint -c .yamllint.yaml .
	cd deploy/tools && npm run -s check
	bash deploy/tools/check-nginx.sh

# On the machine's PostgreSQL (127.0.0.1:5432), with the packaged jar (after backend-test):
# pg_dump/pg_restore round trip, and readiness during a database outage.
backup-check:
	bash scripts/backup-roundtrip.sh

outage-check:
	bash scripts/readiness-outage.sh

# Faults under load on a private PostgreSQL cluster (about 60 s; in `make test`): the database stopped
# while clients create stories, and a pool of 2 connections for 64 clients. 0 lost, no 5xx but 503.
faults-check:
	bash scripts/faults.sh

# The same, with its counts written to docs/BENCHMARKS.md, and the offline replay (one Idempotency-Key
# sent three times at once stores one story), which also runs in backend-test.
faults:
	FAULTS_DOC=docs/BENCHMARKS.md bash scripts/faults.sh
	cd backend && $(MVN) -q test -Dtest=ConcurrentReplayTest -Dsurefire.failIfNoSpecifiedTests=false

# The API image as a tarball, built by Jib without a Docker engine (the base image comes from a
# registry: LORKIT_BASE_IMAGE=... to choose another, tar:///path.tar for a saved one).
image:
	bash scripts/jib/build-image.sh

# Jib's image checked without engine or registry (a stub base: the result cannot run, see the script).
# And the Containerfile's ENTRYPOINT and HEALTHCHECK acted out as UID 10001 (no engine either).
image-check:
	bash scripts/image-check.sh
	bash scripts/entrypoint-check.sh

# The built SPA (from e2e) behind deploy/nginx and the packaged API: the SPA's browser tests again
# (not in `make test`: it repeats the e2e suite; run it after changing deploy/nginx).
spa-nginx-check: frontend-deps browser deploy-os-tools
	bash scripts/spa-behind-nginx.sh

# Machine tools first, so that a missing one stops the run at once, not after the backend's 8 minutes.
test: tools backend-test replicas-check frontend-test e2e run-check deploy-check backup-check db-roles-check outage-check faults-check image-check
	@echo "All tests passed."

# Third-party scan of a running instance (docs/SECURITY.md): sqlmap on every operation of the contract
# that takes a query parameter or a JSON body, wapiti on the SPA behind deploy/nginx. About 10 minutes, so
# not in `make test`; results in backend/target/security-scan (summary.md). Fails on a finding above info.
scan: backend-package spa deploy-os-tools
	@bash scripts/ensure-tools.sh sqlmap wapiti
	bash scripts/security-scan.sh

# Lighthouse 12 (mobile, Debian Chromium) scores of the built SPA; slow, so not in `make test`.
lighthouse: frontend-deps browser
	cd frontend && npm run lighthouse

# The API under load next to a pgbench baseline, written to docs/BENCHMARKS.md (not in `make test`;
# about 15 min the first time, most of it seeding 10 000 applicants; BENCH_APPLICANTS=300 BENCH_SECONDS=5 for a quick run).
bench: backend-package bench-seeder
	bash bench/run.sh

# The jar with the bench seeder (Maven profile bench, in backend/target/bench; the production jar has no
# seeder), after its own test: seeded through the services, idempotent, refuses a database with real accounts.
bench-seeder:
	cd backend && $(MVN) -q package -Pbench -Dtest=BenchSeederTest -Dsurefire.failIfNoSpecifiedTests=false

# The PHI guard: median and p99 check time for a 2 000- and a 10 000-character story (docs/PHI.md).
phi-bench:
	cd backend && $(MVN) -q test-compile && java -cp "target/classes:target/test-classes:$$($(MVN) -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" org.lorkit.phi.PhiDetectorBench

# The PHI guard's recall and false alarms on the phone corpus, per kind (both held-out halves: numbers only).
phi-figures:
	cd backend && $(MVN) -q test -Dtest='PhonePhiCorpusTest,PhiCorpusTest' -Dsurefire.failIfNoSpecifiedTests=false | grep '^PHI'

# The same figures on the tuning files only, with every miss and false alarm printed: the loop to tune on.
# It never scores heldout.txt or fresh-heldout.txt, so it can be run as often as needed (phi-figures counts as a look).
phi-tuning:
	cd backend && $(MVN) -q test -Dtest='PhonePhiCorpusTest#onTheTuningHalf*+onTheExtraTuning*+onTheThirdRound*+onTheFreshTuning*,PhiCorpusTest' -Dsurefire.failIfNoSpecifiedTests=false | grep -E '^PHI|^  (MISS|FALSE)'

# Rebuilds the guard's generated word lists from Debian packages and the datafaker jar (see its README).
phi-vocabulary:
	apt-get install -y wamerican-large hunspell-en-med
	$(MVN) -q dependency:get -Dartifact=net.datafaker:datafaker:2.7.0 -Dtransitive=false
	python3 scripts/phi/build-vocabulary.py backend/src/main/resources/org/lorkit/phi/vocab \
		$$HOME/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar

# Rewrites the committed contract from the code (OpenApiContractTest fails until you do).
openapi:
	cd backend && $(MVN) -q package -DskipTests
	cp backend/target/openapi/openapi.yaml openapi/openapi.yaml
	@echo "openapi/openapi.yaml updated"

clean:
	cd backend && $(MVN) -q clean
	rm -rf frontend/dist frontend/test-results
