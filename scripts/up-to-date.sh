#!/usr/bin/env bash
# up-to-date.sh BUILT INPUT...: succeeds when BUILT exists and no file under the INPUTs is newer, so
# `make test` builds the app and the jar once instead of once per target that needs them.
set -euo pipefail
built=$1
shift
[ -e "$built" ] || exit 1
[ -z "$(find "$@" -newer "$built" -print -quit 2>/dev/null)" ]
