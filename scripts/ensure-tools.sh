#!/usr/bin/env bash
# The machine tools the tests need beyond JDK, Maven and Node.js, found or installed here, so that
# `make test` on a fresh machine sets itself up (and .ci/run does the same through it):
#   scripts/ensure-tools.sh chromium yamllint nginx envsubst kubectl
# A missing tool is installed from Debian's packages when apt-get is there and we are root
# (chromium, yamllint, nginx-light, gettext-base; sqlmap and wapiti for make scan); otherwise the script stops at once with a
# sentence naming the package to install. kubectl (kubectl kustomize) has no Debian package: it
# is looked for only.
set -euo pipefail

package_of() {
  case "$1" in
    chromium) echo chromium ;;
    yamllint) echo yamllint ;;
    nginx) echo nginx-light ;;
    envsubst) echo gettext-base ;;
    sqlmap) echo sqlmap ;;
    wapiti) echo wapiti ;;
    *) echo "" ;;
  esac
}

present() {
  case "$1" in
    # Playwright drives this binary (frontend/playwright*.config.ts); LORKIT_E2E_CHROMIUM names another.
    chromium) [ -x "${LORKIT_E2E_CHROMIUM:-/usr/bin/chromium}" ] ;;
    *) command -v "$1" >/dev/null 2>&1 ;;
  esac
}

missing=()
packages=()
for tool in "$@"; do
  present "$tool" && continue
  pkg=$(package_of "$tool")
  if [ -z "$pkg" ]; then
    case "$tool" in
      kubectl) echo "ensure-tools: kubectl is missing; make deploy-check renders deploy/k8s with 'kubectl kustomize' (Kustomize 5): install kubectl 1.27 or newer." >&2 ;;
      *) echo "ensure-tools: $tool is missing and no package is known for it." >&2 ;;
    esac
    exit 1
  fi
  missing+=("$tool")
  packages+=("$pkg")
done
[ ${#packages[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  echo "ensure-tools: ${missing[*]} missing. Install the Debian/Ubuntu package(s) ${packages[*]} (sudo apt-get install -y ${packages[*]}), then run make again." >&2
  exit 1
fi

echo "ensure-tools: ${missing[*]} missing: installing the Debian package(s) ${packages[*]} with apt-get (once; a minute or two)."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# Keep nginx's package from starting a server on port 80: the checks run their own nginx.
created_policy=""
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && created_policy=1
fi
status=0
# Chromium with its recommended fonts (as a phone shows text); the others without extras.
with_extras=() plain=()
for pkg in "${packages[@]}"; do
  if [ "$pkg" = chromium ]; then with_extras+=("$pkg"); else plain+=("$pkg"); fi
done
if [ ${#with_extras[@]} -gt 0 ]; then apt-get install -y -qq "${with_extras[@]}" >/dev/null || status=$?; fi
if [ ${#plain[@]} -gt 0 ] && [ "$status" = 0 ]; then apt-get install -y -qq --no-install-recommends "${plain[@]}" >/dev/null || status=$?; fi
[ -n "$created_policy" ] && rm -f /usr/sbin/policy-rc.d
if [ "$status" != 0 ]; then
  echo "ensure-tools: apt-get could not install ${packages[*]} (exit $status)." >&2
  exit "$status"
fi
for tool in "${missing[@]}"; do
  present "$tool" || { echo "ensure-tools: $tool is still missing after installing its package." >&2; exit 1; }
done
echo "ensure-tools: installed ${packages[*]}."
