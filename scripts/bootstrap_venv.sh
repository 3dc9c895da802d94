#!/usr/bin/env bash
# Create .venv with Python 3.10 and install the pinned dependencies (requirements.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=$(command -v python3.10 || true)
if [ -z "$PY" ] || ! "$PY" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then
  echo "error: Python 3.10 is required (Rasa 3.6 supports Python 3.8-3.10) and python3.10 was not found." >&2
  echo "       Install it (e.g. 'pyenv install 3.10'); the repo's .python-version then selects it." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip==24.0"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
touch .venv/.installed
echo "virtual environment ready: .venv (Python $(.venv/bin/python -c 'import platform; print(platform.python_version())'))"
