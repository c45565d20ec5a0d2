#!/usr/bin/env bash
# Runs client.lua in headless Neovim against a language server and prints its JSON line.
#   test/lsp/nvim/run.sh FILE LINE:CHARACTER -- SERVER_CMD [ARGS...]
#   e.g. test/lsp/nvim/run.sh /tmp/report.txt 20:163 -- node dist/server.js --stdio
# Exit code 1 when the client reports an error, 127 when Neovim is missing: never a silent pass.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -ge 4 ] && [ "$3" = "--" ] || { sed -n '2,5p' "$0" >&2; exit 2; }
if ! command -v nvim >/dev/null 2>&1; then
  echo 'nvim is not installed: the Neovim LSP test needs it (Debian: apt-get install neovim; 0.7.2 or later).' >&2
  exit 127
fi
LSP_FILE="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
LSP_HOVER="$2"
shift 3
LSP_CMD="$(node -e 'console.log(JSON.stringify(process.argv.slice(1)))' "$@")"
# Neovim writes its LSP log, shada and swap under XDG folders: keep them out of the user's home.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export LSP_FILE LSP_HOVER LSP_CMD XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" XDG_STATE_HOME="$scratch" XDG_CACHE_HOME="$scratch"
nvim --headless --clean -n -u NONE -i NONE -c "luafile $here/client.lua"
