#!/usr/bin/env bash
# Installs code-server (a full VS Code: server, Node extension host and web workbench) from the npm
# registry into a git-ignored cache, because this machine and CI cannot download VS Code desktop.
# code-server's own postinstall cannot run offline (it fetches rg from GitHub and refuses root), so the
# steps it would take are done here by hand; see ../shared/notes/vscode-host.md.
# Idempotent: a marker file makes later runs return at once.
set -euo pipefail

VERSION="${CODE_SERVER_VERSION:-4.100.3}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.vscode-test/code-server-$VERSION"
MARKER="$CACHE/.installed"

if [ -f "$MARKER" ]; then
  exit 0
fi

bash "$ROOT/scripts/install-system-deps.sh"

echo "[code-server] installing code-server $VERSION into $CACHE (one time, about a minute)"
rm -rf "$CACHE"
mkdir -p "$CACHE"
cd "$CACHE"
tarball="$(npm pack "code-server@$VERSION" --silent | tail -n 1)"
tar -xzf "$tarball"
rm -f "$tarball"

export npm_config_yes=true npm_config_audit=false npm_config_fund=false \
  npm_config_update_notifier=false
# Versions before 4.91 (VS Code 1.90, the lowest the extension supports) need two allowances on this
# Node: an @xterm peer conflict, and kerberos built against a newer node-addon-api.
case "$VERSION" in
  4.89.* | 4.90.*)
    export npm_config_legacy_peer_deps=true CXXFLAGS="${CXXFLAGS:-} -fpermissive"
    ;;
esac
cd "$CACHE/package"
npm install --omit=dev --ignore-scripts --no-package-lock
npm rebuild argon2

cd "$CACHE/package/lib/vscode"
npm install --omit=dev --ignore-scripts --no-package-lock
# The ripgrep postinstall skips its GitHub download when bin/ already exists.
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm rebuild
ln -sfn node_modules node_modules.asar
ln -sf code-linux.sh bin/remote-cli/code-server
ln -sf browser-linux.sh bin/helpers/browser.sh

cd "$CACHE/package/lib/vscode/extensions"
npm install --omit=dev --ignore-scripts --no-package-lock

touch "$MARKER"
echo "[code-server] ready"
