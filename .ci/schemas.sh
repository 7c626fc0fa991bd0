# shellcheck shell=bash
# Sourced by .ci/run before the tests (also usable by hand:
# `source .ci/schemas.sh`). Installs what the report-format tests need and
# exports where it is, so that CI never skips them:
#
#   DEPFENCE_SARIF_SCHEMA          SARIF 2.1.0 JSON schema, as shipped by the
#                                  SARIF SDK's validator (@microsoft/sarif-multitool-linux)
#   DEPFENCE_CYCLONEDX_SCHEMA_DIR  CycloneDX JSON schemas (bom-1.6 and the spdx and
#                                  jsf schemas it references), from @cyclonedx/cyclonedx-library
#   DEPFENCE_CHROMIUM              headless Chromium for the HTML report test
#
# npm packages are fetched with `npm pack` (integrity-checked by npm, nothing
# installed, no lifecycle script can run) into a cache directory and only the
# schema files are extracted. Versions are pinned.

depfence_ci_cache="${DEPFENCE_CI_CACHE:-${TMPDIR:-/tmp}/depfence-ci}"
mkdir -p "$depfence_ci_cache"

# depfence_npm_extract PKG@VERSION DEST FILE... : extract FILEs (paths inside
# the tarball, without the leading package/) of an npm package into DEST once.
depfence_npm_extract() {
	local spec="$1" dest="$2"
	shift 2
	if [ -f "$dest/.complete" ]; then
		return 0
	fi
	local work
	work="$(mktemp -d "$depfence_ci_cache/pack.XXXXXX")"
	echo "-- npm pack $spec" >&2
	(cd "$work" && npm pack --ignore-scripts --silent "$spec" >/dev/null)
	local tgz
	tgz="$(ls "$work"/*.tgz)"
	mkdir -p "$dest"
	local f
	for f in "$@"; do
		tar -xzf "$tgz" -C "$work" "package/$f"
		mkdir -p "$dest/$(dirname "$f")"
		mv "$work/package/$f" "$dest/$f"
	done
	rm -rf "$work"
	touch "$dest/.complete"
}

depfence_sarif_pkg="@microsoft/sarif-multitool-linux@5.7.0"
depfence_cdx_pkg="@cyclonedx/cyclonedx-library@10.3.0"

depfence_npm_extract "$depfence_sarif_pkg" "$depfence_ci_cache/sarif-multitool-linux-5.7.0" \
	sarif-2.1.0.json
depfence_npm_extract "$depfence_cdx_pkg" "$depfence_ci_cache/cyclonedx-library-10.3.0" \
	res/schema/bom-1.6.SNAPSHOT.schema.json \
	res/schema/spdx.SNAPSHOT.schema.json \
	res/schema/jsf-0.82.SNAPSHOT.schema.json

export DEPFENCE_SARIF_SCHEMA="$depfence_ci_cache/sarif-multitool-linux-5.7.0/sarif-2.1.0.json"
export DEPFENCE_CYCLONEDX_SCHEMA_DIR="$depfence_ci_cache/cyclonedx-library-10.3.0/res/schema"

if ! command -v chromium >/dev/null 2>&1; then
	echo "-- installing chromium (Debian package)" >&2
	depfence_sudo=""
	if [ "$(id -u)" != 0 ]; then
		depfence_sudo="sudo"
	fi
	$depfence_sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $depfence_sudo apt-get install -y -qq chromium >/dev/null
fi
DEPFENCE_CHROMIUM="$(command -v chromium)"
export DEPFENCE_CHROMIUM

echo "== report test tools"
echo "DEPFENCE_SARIF_SCHEMA=$DEPFENCE_SARIF_SCHEMA"
echo "DEPFENCE_CYCLONEDX_SCHEMA_DIR=$DEPFENCE_CYCLONEDX_SCHEMA_DIR"
echo "DEPFENCE_CHROMIUM=$DEPFENCE_CHROMIUM ($("$DEPFENCE_CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
