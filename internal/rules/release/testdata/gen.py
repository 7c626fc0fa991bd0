import json, hashlib, base64, os, sys
out = sys.argv[1]
REG = "https://registry.npm.local"
def person(n):
    if n == "gha":
        return {"name": "GitHub Actions", "email": "npm-oidc-no-reply@github.com"}
    return {"name": n, "email": n + "@example.com"}
def vdoc(name, v, user, maint, prov=False, scripts=None, deps=None, bin=None, deprecated=None, gypfile=None, full=True, desc=None):
    bare = name.split("/")[-1]
    blob = (name + "@" + v).encode()
    d = {"name": name, "version": v, "description": desc or ("fixture package " + name), "main": "index.js",
         "scripts": scripts or {"test": "node test.js"}, "license": "MIT"}
    if deps: d["dependencies"] = deps
    if bin: d["bin"] = bin
    if gypfile: d["gypfile"] = True
    if deprecated is not None: d["deprecated"] = deprecated
    d["_id"] = name + "@" + v
    if full:
        d["_nodeVersion"] = "20.11.1"; d["_npmVersion"] = "10.2.4"
    dist = {"integrity": "sha512-" + base64.b64encode(hashlib.sha512(blob).digest()).decode(),
            "shasum": hashlib.sha1(blob).hexdigest(),
            "tarball": f"{REG}/{name}/-/{bare}-{v}.tgz"}
    if full:
        dist["fileCount"] = 4; dist["unpackedSize"] = 2048
        dist["signatures"] = [{"keyid": "SHA256:fixture-registry-key", "sig": "MEUCIQDfixture" + hashlib.sha1(blob).hexdigest()[:16]}]
        if prov:
            dist["attestations"] = {"url": f"{REG}/-/npm/v1/attestations/{name}@{v}", "provenance": {"predicateType": "https://slsa.dev/provenance/v1"}}
    d["dist"] = dist
    if full:
        d["_npmUser"] = person(user)
        d["directories"] = {}
        d["maintainers"] = [person(m) for m in maint]
        d["_npmOperationalInternal"] = {"host": "s3://npm-registry-packages", "tmp": f"tmp/{bare}_{v}_1700000000000_0.5"}
        d["_hasShrinkwrap"] = False
        if scripts and any(k in scripts for k in ("preinstall","install","postinstall")):
            d["hasInstallScript"] = True
    else:
        if scripts and any(k in scripts for k in ("preinstall","install","postinstall")):
            d["hasInstallScript"] = True
    return d
def pack(name, versions, maint, full=True, extra_time=None, latest=None, unpublished=None):
    doc = {"_id": name, "_rev": "7-0123456789abcdef0123456789abcdef", "name": name}
    vs = {}
    times = {}
    for (v, t, kw) in versions:
        vs[v] = vdoc(name, v, full=full, **kw)
        times[v] = t
    if versions:
        doc["dist-tags"] = {"latest": latest or versions[-1][0]}
    doc["versions"] = vs
    if full:
        allt = sorted(times.values()) + sorted((extra_time or {}).values())
        tm = {"created": min(allt) if allt else "2020-01-01T00:00:00.000Z", "modified": max(allt) if allt else "2020-01-01T00:00:00.000Z"}
        tm.update(times)
        if extra_time: tm.update(extra_time)
        if unpublished: tm["unpublished"] = unpublished
        doc["time"] = tm
        doc["maintainers"] = [person(m) for m in maint]
        doc["description"] = "fixture package " + name
        doc["readme"] = "# " + name + "\n"
        doc["readmeFilename"] = "README.md"
        doc["license"] = "MIT"
    else:
        doc["modified"] = "2026-05-31T12:00:00.000Z"
    return doc
docs = {}
def A(**kw): 
    kw.setdefault("user", "alice"); kw.setdefault("maint", ["alice"]); return kw
docs["quiet-lib"] = pack("quiet-lib", [
    ("1.0.0", "2023-01-10T10:00:00.000Z", A(prov=True)),
    ("1.1.0", "2024-02-01T10:00:00.000Z", A(prov=True, deps={"tiny-a": "^1.0.0"})),
    ("1.1.1", "2026-05-31T12:00:00.000Z", dict(user="mallory", maint=["alice", "mallory"], scripts={"test": "node test.js", "postinstall": "node setup.js"},
        deps={"tiny-a": "^1.0.0", "fresh-dep": "^0.1.0"}, bin={"git": "bin/git.js"})),
], ["alice", "mallory"])
docs["old-line"] = pack("old-line", [
    ("1.0.0", "2018-01-01T00:00:00.000Z", A()),
    ("1.0.1", "2018-06-01T00:00:00.000Z", A()),
    ("2.0.0", "2019-01-01T00:00:00.000Z", A()),
    ("3.0.0", "2021-01-01T00:00:00.000Z", A()),
    ("3.0.1", "2023-06-01T00:00:00.000Z", A()),
    ("3.1.0", "2025-01-01T00:00:00.000Z", A()),
    ("2.0.1", "2025-01-10T00:00:00.000Z", A()),
    ("1.0.2", "2026-05-01T00:00:00.000Z", A()),
], ["alice"])
docs["dormant-pkg"] = pack("dormant-pkg", [
    ("1.0.0", "2019-01-01T00:00:00.000Z", A()),
    ("1.0.1", "2019-03-01T00:00:00.000Z", A()),
    ("1.0.2", "2026-05-20T00:00:00.000Z", A()),
], ["alice"])
docs["deprecated-pkg"] = pack("deprecated-pkg", [
    ("1.0.0", "2020-01-01T00:00:00.000Z", A(deprecated="no longer maintained, use other-pkg")),
    ("1.0.1", "2020-02-01T00:00:00.000Z", A(deprecated="this version was compromised, do not install")),
    ("1.0.2", "2020-03-01T00:00:00.000Z", A(deprecated="fixes a security vulnerability (CVE-2020-1234), upgrade")),
    ("2.0.0", "2020-04-01T00:00:00.000Z", A(deprecated="")),
], ["alice"])
docs["gone-pkg"] = pack("gone-pkg", [
    ("1.0.0", "2020-01-01T00:00:00.000Z", A()),
    ("1.0.2", "2020-01-03T00:00:00.000Z", A()),
], ["alice"], extra_time={"1.0.1": "2020-01-02T00:00:00.000Z"})
docs["removed-pkg"] = pack("removed-pkg", [], ["alice"], extra_time={"1.0.0": "2021-01-01T00:00:00.000Z", "1.0.1": "2021-02-01T00:00:00.000Z"},
    unpublished={"time": "2024-05-01T00:00:00.000Z", "versions": ["1.0.0", "1.0.1"]})
evil = pack("evil-pkg", [("0.0.1-security", "2025-09-09T00:00:00.000Z", dict(user="npm", maint=["npm"], desc="security holding package"))], ["npm"],
    extra_time={"1.2.3": "2025-09-08T00:00:00.000Z"})
docs["evil-pkg"] = evil
docs["stripped-pkg"] = pack("stripped-pkg", [
    ("1.0.0", "", A()),
    ("1.0.1", "", A(scripts={"preinstall": "node pre.js"}, deprecated="use 2.x")),
], [], full=False)
docs["ci-pkg"] = pack("ci-pkg", [
    ("1.0.0", "2024-01-01T00:00:00.000Z", A()),
    ("1.1.0", "2025-06-01T00:00:00.000Z", dict(user="gha", maint=["alice"], prov=True)),
], ["alice"])
docs["takeover-pkg"] = pack("takeover-pkg", [
    ("1.0.0", "2022-01-01T00:00:00.000Z", A()),
    ("1.0.1", "2022-02-01T00:00:00.000Z", A()),
], ["mallory"])
docs["gyp-pkg"] = pack("gyp-pkg", [
    ("1.0.0", "2024-01-01T00:00:00.000Z", A()),
    ("1.0.1", "2024-02-01T00:00:00.000Z", A(gypfile=True, scripts={"install": "node-gyp rebuild"})),
], ["alice"])
docs["backport-prov"] = pack("backport-prov", [
    ("1.0.0", "2020-01-01T00:00:00.000Z", A()),
    ("2.0.0", "2024-01-01T00:00:00.000Z", A(prov=True)),
    ("1.0.1", "2024-01-05T00:00:00.000Z", A()),
], ["alice"])
# The shape the mirror reachable from the build environment serves: "time"
# rewritten with the mirror's own copy dates (no created/modified, "+00:00"
# offsets, older versions dated after newer ones), no _npmUser, maintainers
# or attestations.
mirror = pack("mirror-pkg", [
    ("1.0.0", "", A()),
    ("1.0.1", "", A(scripts={"postinstall": "node x.js"})),
], [], full=False)
del mirror["modified"]
mirror["time"] = {"1.0.0": "2026-05-31T02:02:00.490000+00:00", "1.0.1": "2024-03-09T23:48:40.480000+00:00"}
docs["mirror-pkg"] = mirror
for k, d in docs.items():
    with open(os.path.join(out, k + ".json"), "w") as f:
        json.dump(d, f, indent=2); f.write("\n")
