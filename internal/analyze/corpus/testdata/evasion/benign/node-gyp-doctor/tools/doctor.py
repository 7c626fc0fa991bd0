#!/usr/bin/env python3
"""Prints a JSON report about the native build toolchain. Read-only, offline."""
import json
import platform
import shutil
import subprocess
import sys


def version_of(cmd):
    try:
        out = subprocess.run([cmd, "--version"], capture_output=True, text=True, timeout=10)
        return (out.stdout or out.stderr).splitlines()[0]
    except Exception:
        return None


def main():
    checks = {}
    checks["python"] = {"ok": sys.version_info >= (3, 8), "detail": platform.python_version()}
    make = shutil.which("make") or shutil.which("gmake")
    checks["make"] = {"ok": bool(make) or platform.system() == "Windows", "detail": make or "not found"}
    cxx = next((c for c in ("c++", "g++", "clang++") if shutil.which(c)), None)
    checks["compiler"] = {"ok": bool(cxx) or platform.system() == "Windows", "detail": version_of(cxx) if cxx else "not found"}
    node = shutil.which("node")
    checks["node"] = {"ok": bool(node), "detail": version_of(node) if node else "not found"}
    print(json.dumps({"ok": all(c["ok"] for c in checks.values()), "checks": checks}))


if __name__ == "__main__":
    main()
