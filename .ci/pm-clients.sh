# Sourced by .ci/run: installs the package-manager clients that the install
# guard's end-to-end tests (internal/guard) drive, and exports their paths.
# Clients come from the npm registry with --ignore-scripts; bun's binary is
# taken straight from its platform package, so no install script runs.
PM_CACHE="${DEPFENCE_PM_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/depfence-pm-clients}"
echo "== package-manager clients for the install-guard e2e tests ($PM_CACHE)"
if ! command -v bwrap >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
	(apt-get update -qq && apt-get install -y -qq bubblewrap) >/dev/null 2>&1 || echo "bubblewrap not installed; tests fall back to node's permission model"
fi
pm_install() { # dir spec...
	local dir="$PM_CACHE/$1"; shift
	if [ ! -f "$dir/.done" ]; then
		rm -rf "$dir" && mkdir -p "$dir"
		npm install --prefix "$dir" --ignore-scripts --no-audit --no-fund --loglevel=error "$@" && touch "$dir/.done"
	fi
}
pm_install pnpm pnpm@10.34.9
pm_install yarn1 yarn@1.22.22
pm_install berry @yarnpkg/cli-dist@4.18.1
pm_install bun --os=linux --cpu=x64 @oven/bun-linux-x64@1.4.4
export DEPFENCE_E2E_NPM="${DEPFENCE_E2E_NPM:-$(command -v npm)}"
export DEPFENCE_E2E_PNPM="$PM_CACHE/pnpm/node_modules/pnpm/bin/pnpm.cjs"
export DEPFENCE_E2E_YARN1="$PM_CACHE/yarn1/node_modules/yarn/bin/yarn.js"
export DEPFENCE_E2E_YARN_BERRY="$PM_CACHE/berry/node_modules/@yarnpkg/cli-dist/bin/yarn.js"
export DEPFENCE_E2E_BUN="$PM_CACHE/bun/node_modules/@oven/bun-linux-x64/bin/bun"
chmod +x "$DEPFENCE_E2E_BUN" 2>/dev/null || true
