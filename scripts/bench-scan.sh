#!/usr/bin/env bash
# Times a cold `depfence scan` (empty cache: download and analyse every
# package) next to `npm ci --ignore-scripts --no-audit` with an empty npm
# cache, on the same lockfile, back to back in one run (the machine's speed
# drifts; only figures taken together compare). Then a warm re-scan.
#
# Usage: scripts/bench-scan.sh [PROJECT_DIR] [PUBLIC_HOST...]
#   PROJECT_DIR  default ../shared/fixtures/perf/nextjs-app
#   PUBLIC_HOST  hosts the lockfile's resolved URLs use for the public
#                registry (default registry.npm.local, the fixtures'
#                stand-in); both tools fetch them from the configured one.
# Needs the network (the configured npm registry), npm, and /usr/bin/time
# (Debian package "time"). Scratch space: a temp dir, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(cd "${1:-../shared/fixtures/perf/nextjs-app}" && pwd)
shift || true
publics=("${@:-registry.npm.local}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

reg=$(npm config get registry)
echo "registry: configured by npm ($(echo "$reg" | sed 's#//.*@#//#')), lockfile public hosts: ${publics[*]}"
go build -o "$work/depfence" ./cmd/depfence
hostflags=()
for h in "${publics[@]}"; do hostflags+=(--public-registry-host "$h"); done

t() { # label, command...
	local label=$1; shift
	/usr/bin/time -f "%e %M %U" -o "$work/time" "$@" > "$work/out" 2>&1 || [ $? -eq 1 ] || { echo "$label failed:"; tail -5 "$work/out"; return 1; }
	# time(1) puts "Command exited with non-zero status 1" (a scan whose
	# policy fails) before the figures: they are its last line
	read -r secs kb user < <(tail -n 1 "$work/time")
	printf '%-36s %8.2f s  %6d MB max RSS  %6.1f s CPU\n' "$label" "$secs" $((kb / 1024)) "$user"
	echo "$secs" > "$work/$label.secs"
}

t "depfence scan (cold cache)" "$work/depfence" scan "$src" --cache-dir "$work/dfcache" "${hostflags[@]}" --platform current -q
head -1 "$work/out" | sed 's/^/    /'
t "depfence scan (warm cache)" "$work/depfence" scan "$src" --cache-dir "$work/dfcache" "${hostflags[@]}" --platform current -q

if [ -f "$src/package-lock.json" ]; then
	mkdir -p "$work/npm"
	cp "$src/package.json" "$work/npm/"
	sed_args=()
	for h in "${publics[@]}"; do sed_args+=(-e "s#https://$h/#${reg%/}/#g"); done
	sed "${sed_args[@]}" "$src/package-lock.json" > "$work/npm/package-lock.json"
	t "npm ci --ignore-scripts (cold)" sh -c "cd '$work/npm' && npm ci --ignore-scripts --no-audit --no-fund --cache '$work/npmcache'"
	cold=$(cat "$work/depfence scan (cold cache).secs"); npmci=$(cat "$work/npm ci --ignore-scripts (cold).secs")
	awk -v a="$cold" -v b="$npmci" 'BEGIN { printf "depfence cold scan / npm ci = %.2f (goal <= 0.5)\n", a / b }'
fi
