#!/usr/bin/env bash
# Times `depfence fetch` (cold cache, then warm) next to `npm ci --ignore-scripts
# --no-audit` with an empty npm cache, on the same lockfile, in one run.
#
# Usage: scripts/bench-fetch.sh [PROJECT_DIR] [PUBLIC_HOST]
#   PROJECT_DIR  default ../shared/fixtures/perf/nextjs-app
#   PUBLIC_HOST  the host the lockfile's resolved URLs use for the public
#                registry (default registry.npm.local, the fixtures' stand-in);
#                both tools fetch those URLs from the configured registry.
# Needs the network (the configured npm registry), npm, and /usr/bin/time
# (Debian package "time"). Scratch space: a temp dir, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(cd "${1:-../shared/fixtures/perf/nextjs-app}" && pwd)
public=${2:-registry.npm.local}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

reg=$(npm config get registry)
echo "registry: configured by npm ($(echo "$reg" | sed 's#//.*@#//#')), lockfile public host: $public"
go build -o "$work/depfence" ./cmd/depfence

# npm needs the lockfile's URLs on a host it fetches: point them at the
# configured registry, as depfence's --public-registry-host does.
mkdir -p "$work/npm"
cp "$src/package.json" "$work/npm/"
sed "s#https://$public/#${reg%/}/#g" "$src/package-lock.json" > "$work/npm/package-lock.json"

t() { # label, command...
	local label=$1; shift
	/usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { echo "$label failed:"; tail -5 "$work/out"; return 1; }
	read -r secs kb < "$work/time"
	printf '%-34s %8.2f s  %6d MB max RSS\n' "$label" "$secs" $((kb / 1024))
	echo "$secs" > "$work/$label.secs"
}

t "depfence fetch (cold cache)" "$work/depfence" fetch "$src" --cache-dir "$work/dfcache" --public-registry-host "$public" --platform current -q
head -1 "$work/out" | sed 's/^/    /'
t "depfence fetch (warm cache)" "$work/depfence" fetch "$src" --cache-dir "$work/dfcache" --public-registry-host "$public" --platform current -q
t "npm ci --ignore-scripts (cold)" sh -c "cd '$work/npm' && npm ci --ignore-scripts --no-audit --no-fund --cache '$work/npmcache'"
cold=$(cat "$work/depfence fetch (cold cache).secs"); npmci=$(cat "$work/npm ci --ignore-scripts (cold).secs")
awk -v a="$cold" -v b="$npmci" 'BEGIN { printf "depfence cold fetch / npm ci = %.3f (goal <= 0.15)\n", a / b }'
