#!/usr/bin/env bash
# Installs Squawk 2.x for the benchmark into benchmarks/history/.tools/squawk (git-ignored), from the
# npm registry; the package ships the native binary for this platform. Prints the installed version.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v npm >/dev/null || { echo "setup-squawk.sh: npm is needed (apt-get install -y npm)" >&2; exit 2; }
npm install --silent --no-audit --no-fund --prefix "$here/.tools/squawk" squawk-cli@2
"$here/.tools/squawk/node_modules/.bin/squawk" --version
