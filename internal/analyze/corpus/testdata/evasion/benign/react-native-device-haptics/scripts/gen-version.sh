#!/bin/bash
# Writes RNDeviceHapticsVersion.h from package.json (offline, no side effects outside DERIVED_FILE_DIR)
set -euo pipefail
PKG="${PODS_TARGET_SRCROOT}/package.json"
OUT="${DERIVED_FILE_DIR}/RNDeviceHapticsVersion.h"
VERSION=$(/usr/bin/sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$PKG" | head -n1)
mkdir -p "$(dirname "$OUT")"
cat > "$OUT" <<HDR
// generated — do not edit
#define RN_DEVICE_HAPTICS_VERSION @"${VERSION}"
HDR
echo "[RNDeviceHaptics] version header: ${VERSION}"
