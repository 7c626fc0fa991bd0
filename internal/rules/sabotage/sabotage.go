// Package sabotage holds rules about destructive or hanging code.
package sabotage

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// InfiniteLoop flags module-level loops that never end.
type InfiniteLoop struct{}

// Meta implements analyze.Rule.
func (InfiniteLoop) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "sabotage/infinite-loop", Version: 3, Title: "Hangs on load with an endless loop",
		Help: "A loop whose condition is always true and that has no break, return, throw or await runs at module level, or in a top-level " +
			"function the module calls as it loads or a function it calls where it is written ((function () { … })()), so requiring the package " +
			"hangs the program (the colors 1.4.44-liberty-2 protestware). " +
			"Event loops inside functions that are only called later are not reported.",
		Remediation:     "Pin the previous version of the package.",
		Example:         `for (let i = 666; i < Infinity; i++) { console.log(zalgo) }`,
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigSabotage, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (InfiniteLoop) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		for _, l := range f.Facts.Loops {
			if !l.TopLevel || l.HasExit {
				continue
			}
			sev := finding.SeverityCritical
			if f.Role != analyze.RoleEntry && f.Role != analyze.RoleInstall {
				sev = finding.SeverityMedium
			}
			r.Report(analyze.Instance{File: f.Name, Line: l.Pos.Line, Severity: sev, Confidence: finding.ConfidenceHigh, Message: "endless loop at module level: loading the file never returns", Evidence: rulekit.Ev(l.Snippet.String(), "", "")})
			break
		}
	}
	return nil
}

// DestructiveFS flags recursive deletion of home/root, especially behind geo checks.
type DestructiveFS struct{}

// Meta implements analyze.Rule.
func (DestructiveFS) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "sabotage/destructive-fs", Version: 17, Title: "Destroys files",
		Help: "Code deletes or overwrites the home directory, the filesystem root or every file it can find (rm -rf ~, fs.rmSync(os.homedir(), {recursive}), " +
			"find ~ … | xargs shred -u, rd /s /q %USERPROFILE%, Remove-Item -Recurse $env:USERPROFILE), " +
			"critical when gated on the host's locale, time zone or IP location (node-ipc protestware) or done at install time (the Shai-Hulud " +
			"worm's wiper when it found no tokens to steal). Deleting the home directory itself (not a directory under it, as a cache " +
			"cleaner does) from library code is critical too, and so is a deletion behind a date check (a time bomb). A walk from the home " +
			"directory or the root that writes the files it finds (node-ipc overwrote them with a heart), behind an IP geolocation look-up, " +
			"a named time zone (Europe/…) or a country code field (compared, queried or handed on), or the host's time zone or locale in a small file that decodes hex " +
			"or compares its hash with a list of digests (the target zones kept out of sight), or at install time, in a file under 512 KiB, is critical as well; so is such a walk in a module " +
			"of its own loaded by a small module that makes that look-up. Wherever a walk starts (the project directory a caller hands in), " +
			"deleting every entry it lists or writing the same text over every file it finds is critical behind an IP location look-up or a country code, " +
			"or behind a date check in a small module that loads a module listing time zones or asking where the host is (a country code, country_name or countryName field read from an answer counts as asking). A walk from the " +
			"home directory in a small module that writes the same text over every file it finds unless a day written in the code has come " +
			"(Date.UTC(2026, 2, 1)) is critical: a time bomb, and so is such a walk in a small module that reads the host's time zone or " +
			"locale, however it keeps its targets (a hash of its own making compared with a set of numbers). So is deleting directory trees from a small module on hosts picked by the hash of " +
			"their name (a list of digests the host name's hash is looked up in, in that module or one it loads), and deleting a git " +
			"repository's objects or refs (its history, which no tool deletes and leaves the rest). A small walker that writes over every file it " +
			"lists without reading any file (what it writes is not the file's own content, as a formatter's is) is critical when a small module " +
			"loading it checks both a day written in its code and the host's locale or time zone.",
		Remediation:     "Do not run this version; restore from backup if it ran.",
		Example:         `if (Intl.DateTimeFormat().resolvedOptions().timeZone === "X") fs.rmSync(os.homedir(), { recursive: true })`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigSabotage, Needs: analyze.NeedCode,
	}
}

var rmRe = regexp.MustCompile(`rm\s+-(rf|fr)\s+(/|~|\$HOME|/\*|~/\*)(\s|$)|del\s+/[sfq].*\\\*|format\s+c:|` +
	`(?i)\b(rd|rmdir)\s+/s\s+/q\s+("?%USERPROFILE%|[a-z]:\\?"?(\s|$))|remove-item\b[^\n]*-recurse[^\n]*(\$env:USERPROFILE|\$HOME\b|~[\s/\\]|[a-z]:\\\s)`)

// wipeRe matches a command that destroys every file a search finds
// (find … | xargs shred -u, find … -delete, find … -exec rm); home
// decides whether it is the user's files.
var wipeRe = regexp.MustCompile(`\bfind\s+\S+[^\n|]*(-delete\b|-exec\s+(rm|shred)\b)|\bfind\s+\S+[^\n]*\|\s*xargs\b[^\n]*\b(shred|rm)\b|\bshred\b[^\n]*\s-[a-z]*u[a-z]*\s[^\n]*(~|\$HOME)`)

// tzName matches a named time zone of the IANA database.
var tzName = regexp.MustCompile(`^(Europe|Asia|Africa|America|Australia|Pacific|Atlantic|Indian)/[A-Z][A-Za-z_]+$`)

// homeRe matches the home directory named in a shell command.
var homeRe = regexp.MustCompile(`(^|[\s"'=])(~|\$HOME\b|\$\{HOME\}|%USERPROFILE%|\$env:USERPROFILE)`)

// wipesHome reports a spawn whose command destroys the files under the
// home directory, named in the text or filled in from os.homedir().
func wipesHome(c jsast.Call) bool {
	cmd := rulekit.SpawnCommand(c)
	if !wipeRe.MatchString(cmd) {
		return false
	}
	if homeRe.MatchString(cmd) {
		return true
	}
	for _, n := range c.Args[0].Names {
		if n == "homedir" || n == "HOME" || n == "USERPROFILE" {
			return true
		}
	}
	return false
}

// Check implements analyze.Rule.
func (DestructiveFS) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		geo, date, fixedDate := false, false, false
		for _, c := range f.Facts.Calls {
			if rulekit.Last(c.Callee) == "resolvedOptions" || rulekit.Last(c.Callee) == "getTimezoneOffset" {
				geo = true
			}
			switch c.Callee {
			case "Date.now", "Date.parse", "Date", "Date.UTC":
				date = true
				// a day written in the code (Date.UTC(2026, 2, 1)), not
				// the clock read for a timing
				fixedDate = fixedDate || c.Callee != "Date.now" && len(c.Args) > 0 && !slices.ContainsFunc(c.Args, func(a jsast.Arg) bool { return !a.Known })
			}
		}
		ipGeo := false
		if geo && f.Facts.Size < rulekit.ModuleSize && (hexDecodes(f.Facts) || hashes(f.Facts)) {
			// the time zone or locale compared with names kept in hex
			// ("4575726f70652f4d6f73636f77") or as their hashes: targets
			// hidden from the reader are a gate, not date formatting
			ipGeo = true
		}
		if geoGate(f.Facts) {
			geo, ipGeo = true, true
		}
		reported := false
		for _, c := range f.Facts.Calls {
			hit, whole := false, false
			if rulekit.IsSpawn(c) && (rmRe.MatchString(rulekit.SpawnCommand(c)) || wipesHome(c)) {
				hit = true
			}
			switch rulekit.Last(c.Callee) {
			case "rmSync", "rm", "rmdirSync", "rmdir", "rimraf", "removeSync", "emptyDirSync":
				if len(c.Args) > 0 {
					sub := false
					for _, n := range c.Args[0].Names {
						switch n {
						case "homedir", "HOME", "USERPROFILE":
							hit = true
						case "join", "resolve":
							sub = true // a directory under it (a cache)
						}
					}
					// the home directory itself, not a path under it
					whole = hit && !sub && !c.Args[0].Known && c.Args[0].Shape == ""
					if c.Args[0].Known && (c.Args[0].Value == "/" || c.Args[0].Value == "~" || c.Args[0].Value == "C:\\") {
						hit, whole = true, true
					}
				}
			}
			if !hit && len(c.Args) > 0 && (treeDeletion(&c) || rulekit.Last(c.Callee) == "unlinkSync") && gitHistory(c.Args[0]) {
				// a repository's objects or refs: its history, which
				// no tool deletes and leaves the rest
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceMedium,
					Message: "deletes a git repository's history (.git/objects or .git/refs)", Evidence: rulekit.Ev(c.Snippet.String(), rulekit.Text(c.Args[0]), "")})
				reported = true
				break
			}
			if !hit {
				continue
			}
			sev := finding.SeverityHigh
			msg := "deletes the home directory or filesystem root"
			switch {
			case geo:
				sev, msg = finding.SeverityCritical, msg+", gated on locale/location"
			case f.Role == analyze.RoleInstall:
				sev, msg = finding.SeverityCritical, msg+" at install time"
			case date && whole:
				sev, msg = finding.SeverityCritical, msg+", gated on the date (a time bomb)"
			case whole && (f.Role == analyze.RoleEntry || f.Role == analyze.RoleOther):
				// the whole home directory from library code: no tool
				// needs that
				sev, msg = finding.SeverityCritical, msg+" itself"
			}
			r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: sev, Message: msg, Evidence: rulekit.Ev(c.Snippet.String(), rulekit.SpawnCommand(c), "")})
			reported = true
			break
		}
		if !reported && (ipGeo || f.Role == analyze.RoleInstall) && !f.Facts.Bundle() {
			// node-ipc's wiper overwrote every file it walked to instead
			// of deleting: a directory walk from the home directory (or
			// the root) that writes files, behind an IP geolocation look-
			// up (time zones and dates are in every bundle's date code:
			// emscripten's runtime walks and writes its virtual file
			// system next to them)
			if c := overwritesAll(f.Facts); c != nil {
				why := "at install time"
				if ipGeo {
					why = "gated on where the host is"
				}
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceMedium,
					Message: "walks the home directory and overwrites the files it finds, " + why, Evidence: rulekit.Ev(c.Snippet.String(), "", "")})
				continue
			}
		}
		if reported || !rulekit.SmallModule(f.Facts) {
			continue
		}
		// the wiper in a module of its own, loaded by the module that
		// looks up where the host is (node-ipc's split)
		if c := overwritesAll(f.Facts); c != nil {
			if gate := rulekit.Loader(ctx, t, f.Name, func(g rulekit.File) bool { return rulekit.SmallModule(g.Facts) && geoGate(g.Facts) }); gate != "" {
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceMedium,
					Message: "walks the home directory and overwrites the files it finds, loaded by " + gate + ", which looks up the IP's location", Evidence: rulekit.Ev(c.Snippet.String(), "", "")})
				continue
			}
		}
		if (fixedDate || geo) && overwritesAll(f.Facts) != nil {
			// node-ipc's overwrite behind a day instead of a place, or
			// behind the host's time zone or locale however the targets
			// are kept (a hand-rolled hash of the zone's name)
			if c := constantOverwrite(f.Facts); c != nil {
				why := "gated on a date (a time bomb)"
				if !fixedDate {
					why = "in a small module that reads the host's time zone or locale"
				}
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceMedium,
					Message: "walks the home directory and writes the same text over every file it finds, " + why, Evidence: rulekit.Ev(c.Snippet.String(), "", "")})
				continue
			}
		}
		// whatever directory the walk starts from (the project, handed in
		// by the caller), deleting or blanking every entry it lists is a
		// wiper when the host's location decides, or the date and a
		// module that tells the host's time zone or location
		gate := ""
		switch {
		case ipGeo:
			gate = "gated on where the host is"
		case date:
			if g, _ := rulekit.LoadedModule(t, f, func(g *jsast.Facts) bool { return rulekit.SmallModule(g) && geoGate(g) }); g != "" {
				gate = "gated on the date and on where the host is (" + g + ")"
			}
		case rulekit.SmallModule(f.Facts) && destroys(f.Facts):
			// a walker of its own, called by a small module that checks
			// a day written in its code and the host's locale or time
			// zone before it hands it the directories
			if g := rulekit.Loader(ctx, t, f.Name, func(g rulekit.File) bool { return rulekit.SmallModule(g.Facts) && dayAndPlace(g.Facts) }); g != "" {
				gate = "loaded by " + g + ", which checks a day and where the host is"
			}
		}
		if gate == "" && rulekit.SmallModule(f.Facts) {
			// the hosts to hit kept as digests of their names: what a
			// tuning table or a machine id has no need of
			if hostHashed(f.Facts) {
				gate = "on hosts picked by the hash of their name"
			} else if g, _ := rulekit.LoadedModule(t, f, func(g *jsast.Facts) bool { return rulekit.SmallModule(g) && hostHashed(g) }); g != "" {
				gate = "on hosts picked by the hash of their name (" + g + ")"
			}
			if gate != "" {
				if c := deletesTree(f.Facts); c != nil {
					r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceMedium,
						Message: "deletes directory trees at paths built at run time, " + gate, Evidence: rulekit.Ev(c.Snippet.String(), "", "")})
					continue
				}
			}
		}
		if gate == "" {
			continue
		}
		if c, how := destroysListed(f.Facts); c != nil {
			r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceMedium,
				Message: how + ", " + gate, Evidence: rulekit.Ev(c.Snippet.String(), "", "")})
		} else if c := deletesTree(f.Facts); c != nil && ipGeo {
			// the project's own directories (src, lib, app) named, not
			// listed, behind the IP's country
			r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceMedium,
				Message: "deletes directory trees at paths built at run time, " + gate, Evidence: rulekit.Ev(c.Snippet.String(), "", "")})
		}
	}
	return nil
}

// destroysListed returns the call that destroys the entries of a
// directory listing in a file that makes one: a recursive deletion, an
// unlink, or a write of constant text over a path not known in advance
// (each file found replaced by the same message), with what it does;
// nil if there is none.
func destroysListed(f *jsast.Facts) (*jsast.Call, string) {
	listed := false
	for _, c := range f.Calls {
		switch rulekit.Last(c.Callee) {
		case "readdirSync", "readdir", "opendirSync", "opendir", "walkSync", "globSync":
			listed = true
		}
	}
	if !listed {
		return nil, ""
	}
	for i := range f.Calls {
		c := &f.Calls[i]
		if len(c.Args) == 0 || c.Args[0].Known {
			continue
		}
		if treeDeletion(c) {
			return c, "deletes every entry of the directories it lists"
		}
		switch rulekit.Last(c.Callee) {
		case "remove", "unlinkSync", "unlink":
			return c, "deletes every entry of the directories it lists"
		}
	}
	if c := constantOverwrite(f); c != nil {
		return c, "writes the same text over every file of the directories it lists"
	}
	if c := blindOverwrite(f); c != nil {
		return c, "writes over the files of the directories it lists without reading them"
	}
	return nil, ""
}

// blindOverwrite returns a write to a path known only at run time in a
// file that reads no file's content: what it writes over each file it
// finds does not come from that file (a formatter or a code generator
// reads what it rewrites); nil if there is none.
func blindOverwrite(f *jsast.Facts) *jsast.Call {
	var write *jsast.Call
	for i := range f.Calls {
		c := &f.Calls[i]
		switch rulekit.Last(c.Callee) {
		case "readFileSync", "readFile", "createReadStream", "openSync", "open", "readSync", "read", "copyFileSync", "copyFile":
			return nil
		case "writeFileSync", "writeFile", "truncateSync", "truncate":
			if write == nil && len(c.Args) > 1 && !c.Args[0].Known {
				write = c
			}
		}
	}
	return write
}

// constantOverwrite returns a write of constant text to a path known only
// at run time (each file found replaced by the same message); nil if
// there is none.
func constantOverwrite(f *jsast.Facts) *jsast.Call {
	for i := range f.Calls {
		c := &f.Calls[i]
		switch rulekit.Last(c.Callee) {
		case "writeFileSync", "writeFile":
			if len(c.Args) > 1 && !c.Args[0].Known && c.Args[1].Known {
				return c
			}
		}
	}
	return nil
}

// deletesTree returns a recursive deletion of a path built at run time
// (fs.rmSync(path.join(root, d), { recursive: true }), rimraf(dir)); nil
// if there is none.
func deletesTree(f *jsast.Facts) *jsast.Call {
	for i := range f.Calls {
		c := &f.Calls[i]
		if len(c.Args) > 0 && !c.Args[0].Known && !ownCache(c.Args[0]) && (treeDeletion(c) || rulekit.Last(c.Callee) == "emptyDirSync") {
			return c
		}
	}
	return nil
}

// treeDeletion reports a call that deletes a directory tree: rm or rmdir
// with { recursive: true }, rimraf, fs-extra's removeSync.
func treeDeletion(c *jsast.Call) bool {
	switch rulekit.Last(c.Callee) {
	case "rmSync", "rm", "rmdirSync", "rmdir":
		return len(c.Args) > 1 && slices.Contains(c.Args[1].Names, "recursive")
	case "rimraf", "removeSync":
		return true
	}
	return false
}

// ownCache reports a path in the temp directory or named a cache: what a
// tool clears of its own.
func ownCache(a jsast.Arg) bool {
	if strings.Contains(strings.ToLower(a.Shape), "cache") {
		return true
	}
	return slices.ContainsFunc(a.Names, func(n string) bool {
		return n == "tmpdir" || strings.Contains(strings.ToLower(n), "cache")
	})
}

// countryField are the fields of a geolocation service's answer that
// hold the country.
var countryField = map[string]bool{"countryCode": true, "country_code": true, "country_name": true, "countryName": true}

// geoGate reports a file naming an IP geolocation service, a named time
// zone ("Europe/Moscow") or a country code field to compare.
// dayAndPlace reports a file comparing the clock with a day written in
// its code (Date.UTC(2025, 2, 1)) that also reads the host's locale or
// time zone.
func dayAndPlace(f *jsast.Facts) bool {
	fixedDate, place := false, false
	for _, c := range f.Calls {
		switch c.Callee {
		case "Date.parse", "Date", "Date.UTC":
			fixedDate = fixedDate || len(c.Args) > 0 && !slices.ContainsFunc(c.Args, func(a jsast.Arg) bool { return !a.Known })
		}
		switch rulekit.Last(c.Callee) {
		case "resolvedOptions", "getTimezoneOffset":
			place = true
		}
	}
	return fixedDate && (place || geoGate(f))
}

// destroys reports a file destroying the entries of the directories it
// lists (destroysListed).
func destroys(f *jsast.Facts) bool {
	c, _ := destroysListed(f)
	return c != nil
}

func geoGate(f *jsast.Facts) bool {
	for _, s := range f.Strings {
		if rulekit.IPLookup(s.Value) != "" || tzName.MatchString(s.Value) || countryField[s.Value] {
			return true
		}
		if len(s.Value) < 256 && strings.Contains(s.Value, "fields=countryCode") {
			return true // a geolocation API's query: /json?fields=countryCode
		}
	}
	for _, c := range f.Calls {
		// cb(JSON.parse(body).countryCode): the answer's country handed on
		for _, a := range c.Args {
			if slices.ContainsFunc(a.Names, func(n string) bool { return countryField[n] }) {
				return true
			}
		}
	}
	return false
}

// hashes reports a file that hashes a value (crypto.createHash) and holds
// a list of hex digests to compare it with.
func hashes(f *jsast.Facts) bool {
	if !slices.ContainsFunc(f.Calls, func(c jsast.Call) bool { return rulekit.Last(c.Callee) == "createHash" }) {
		return false
	}
	n := 0
	for _, s := range f.Strings {
		if len(s.Value) >= 8 && len(s.Value) <= 128 && hexDigest.MatchString(s.Value) {
			n++
		}
	}
	return n >= 2
}

// hostHashed reports a file that hashes the host's or the user's name and
// holds a list of digests to compare it with (see hashes).
func hostHashed(f *jsast.Facts) bool {
	if !hashes(f) {
		return false
	}
	return slices.ContainsFunc(f.Calls, func(c jsast.Call) bool {
		switch rulekit.Last(c.Callee) {
		case "hostname", "userInfo":
			return true
		}
		return false
	})
}

// gitRe matches a path into a repository's objects or refs.
var gitRe = regexp.MustCompile(`(^|[/\\])\.git[/\\](objects|refs)([/\\]|$)`)

// gitHistory reports a path argument into a repository's objects or refs.
func gitHistory(a jsast.Arg) bool {
	return gitRe.MatchString(rulekit.Text(a))
}

// hexDigest matches a digest, or its prefix, written in hex.
var hexDigest = regexp.MustCompile(`^[0-9a-f]+$`)

// hexDecodes reports a file that decodes hex text at run time
// (Buffer.from(x, "hex")).
func hexDecodes(f *jsast.Facts) bool {
	for _, c := range f.Calls {
		if c.Callee == "Buffer.from" && len(c.Args) > 1 && c.Args[1].Known && c.Args[1].Value == "hex" {
			return true
		}
	}
	return false
}

// overwritesAll returns the directory listing of a walk that starts at
// the home directory or the file system root, in a file that also writes
// files; nil if there is none.
func overwritesAll(f *jsast.Facts) *jsast.Call {
	var list *jsast.Call
	writes := false
	home := false
	for i := range f.Calls {
		c := &f.Calls[i]
		switch rulekit.Last(c.Callee) {
		case "readdirSync", "readdir", "opendirSync", "walkSync", "globSync":
			if list == nil {
				list = c
			}
		case "writeFileSync", "writeFile", "truncateSync", "truncate":
			writes = true
		case "homedir":
			home = true
		}
		if len(c.Args) > 0 && c.Args[0].Known && (c.Args[0].Value == "/" || c.Args[0].Value == "C:\\") {
			home = true
		}
	}
	for _, e := range f.Env {
		if e.Name == "HOME" || e.Name == "USERPROFILE" {
			home = true
		}
	}
	if list == nil || !writes || !home {
		return nil
	}
	return list
}
