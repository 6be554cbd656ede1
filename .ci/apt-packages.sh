#!/usr/bin/env bash
# Install the Debian packages the test suite needs, only if missing. Needs root (or sudo).
set -euo pipefail
PKGS=(
  tmux            # real-terminal smoke test of the TUI
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "apt: all ${#PKGS[@]} packages present"
  exit 0
fi
SUDO=
[ "$(id -u)" -ne 0 ] && SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--path-exclude=/usr/share/doc/* "${missing[@]}"
