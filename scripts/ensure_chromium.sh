#!/usr/bin/env bash
# Make sure Debian's Chromium and the Noto CJK fonts are installed, for the browser tests
# (Playwright drives this system Chromium; no browser is ever downloaded). Idempotent and
# non-interactive: does nothing when `chromium` is already on PATH and the fonts are there.
# Exit status 0 when Chromium is available afterwards, 1 otherwise (with the reason).
set -uo pipefail

have_fonts() {
  if command -v fc-list >/dev/null 2>&1; then
    fc-list 2>/dev/null | grep -qi "Noto Sans CJK"
  else
    [ -d /usr/share/fonts/opentype/noto ]
  fi
}

if command -v chromium >/dev/null 2>&1 && have_fonts; then
  echo "chromium: $(command -v chromium) (fonts-noto-cjk present)"
  exit 0
fi

packages=(chromium fonts-noto-cjk)
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure_chromium: chromium not found and apt-get is not available: install ${packages[*]} by hand; browser tests will be skipped" >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "ensure_chromium: chromium not found and not root (no password-less sudo): run 'apt-get install -y ${packages[*]}' as root; browser tests will be skipped" >&2
    exit 1
  fi
fi

echo "ensure_chromium: installing ${packages[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${packages[@]}" >"$log" 2>&1; then
  # the package lists may be missing or stale: update them once and retry
  if ! { "${sudo[@]}" apt-get update -q && "${sudo[@]}" apt-get install -y -q --no-install-recommends "${packages[@]}"; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    rm -f "$log"
    echo "ensure_chromium: apt-get could not install ${packages[*]} (see above); browser tests will be skipped" >&2
    exit 1
  fi
fi
rm -f "$log"
if ! command -v chromium >/dev/null 2>&1; then
  echo "ensure_chromium: apt-get finished but 'chromium' is still not on PATH; browser tests will be skipped" >&2
  exit 1
fi
echo "chromium: $(command -v chromium) ($(chromium --version 2>/dev/null || echo 'version unknown'))"
