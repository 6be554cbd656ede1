#!/usr/bin/env bash
# Install the Debian packages the test suite needs, only if missing. Needs root (or sudo).
set -euo pipefail
PKGS=(
  tmux                       # real-terminal smoke test of the TUI
  # TeX toolchain for compile checks of exports (see ../shared/notes/latex-toolchain.md; ~85 s on a fresh machine)
  texlive-xetex              # xelatex, fontspec (pulls pdflatex, bibtex)
  texlive-bibtex-extra       # biblatex, biblatex-gb7714-2015, gbt7714 styles
  biber
  texlive-lang-chinese       # ctex, xeCJK
  texlive-lang-cyrillic      # babel-russian, T2A
  texlive-fonts-recommended  # hyperref under xelatex needs pzdr.tfm
  lmodern
  fonts-noto-cjk             # CJK coverage beyond Fandol
  fonts-dejavu-core          # a main font with Cyrillic
  poppler-utils              # pdftotext
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
$SUDO apt-get install -y -qq -o=Dpkg::Use-Pty=0 --no-install-recommends -o Dpkg::Options::=--path-exclude=/usr/share/doc/* "${missing[@]}" >/dev/null
