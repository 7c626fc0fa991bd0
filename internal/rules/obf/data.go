package obf

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"path"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// CodeInData flags JavaScript hidden, encoded, in the package's JSON files.
type CodeInData struct{}

// Meta implements analyze.Rule.
func (CodeInData) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "obf/code-in-data", Version: 10, Title: "Hides code in a JSON file or a document",
		Help: "A JSON file of the package (package.json included) holds base64 or hex that decodes to JavaScript which loads modules, " +
			"starts processes, reads the environment or talks to the network, or to a shell command that downloads and runs code or " +
			"sends local secrets: in one value, or split over the string values of one " +
			"object (\"a\", \"b\", \"c\"… joined in order). Configuration and data files have no reason to carry encoded code; a loader " +
			"elsewhere in the package reads it back and runs it, out of sight of anyone reading the code files. High; critical when a code " +
			"file of the package loads that JSON file and runs code from a string (eval, Function, vm), or writes a script and starts it with node. " +
			"A document of the package (README.md, a .txt file) holding such base64 (in an HTML comment, say) is high too, critical when a " +
			"code file names the document and decodes base64: it reads the payload back out of the README. A template or markup file " +
			"(.tpl, .html, .hbs, .svg, .css…) spelling code as a run of numeric character references (&#99;&#111;…, 24 or more in a " +
			"row) is high, critical when what it spells downloads and runs code or sends secrets: markup writes a few characters that " +
			"way, never a program, and a template engine that decodes entities before compiling runs it.",
		Remediation:     "Do not use this version; decode the value to see what it runs.",
		Example:         `"config": { "icu": { "a": "dmFyIGg9cmVxdWlyZSgnaHR0cHMnKSxv…", "b": "…" } }`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigObfuscation, Needs: analyze.NeedCode | analyze.NeedFiles,
	}
}

// maxDataFile bounds the JSON files read: payloads are small, data sets
// are not.
const maxDataFile = 1 << 20

// Check implements analyze.Rule.
func (CodeInData) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, name := range t.Files() {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		switch strings.ToLower(path.Ext(name)) {
		case ".md", ".markdown", ".txt", ".rst":
			docCode(ctx, t, name, r)
			continue
		case ".tpl", ".html", ".htm", ".hbs", ".handlebars", ".mustache", ".ejs", ".njk", ".svg", ".xml", ".css":
			entityCode(t, name, r)
			continue
		case ".json":
		default:
			continue
		}
		data, err := t.Read(name)
		if err != nil || len(data) > maxDataFile || !bytes.ContainsAny(data, "=ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			continue
		}
		where, code := hiddenCode(data)
		if code == "" {
			continue
		}
		sev := finding.SeverityHigh
		loader, how := runsLoaded(ctx, t, name)
		if loader != "" {
			sev = finding.SeverityCritical
		}
		msg := fmt.Sprintf("%s holds encoded code at %s", name, where)
		if loader != "" {
			msg += "; " + loader + " loads the file and " + how
		}
		r.Report(analyze.Instance{File: name, Severity: sev, Confidence: finding.ConfidenceHigh, Message: msg,
			Evidence: rulekit.Ev("", code, "")})
	}
	return nil
}

// hiddenCode walks a JSON document and returns where (a key path) and what
// code a string value, or the joined string values of one object or
// array, decode to; "" if none.
func hiddenCode(data []byte) (string, string) {
	// frame is an object or array being read: the key it sits under, the
	// string values read in it so far, and whether its next string is a key
	type frame struct {
		key     string
		parts   []string
		object  bool
		wantKey bool
	}
	var stack []*frame
	path := func(last string) string {
		if len(stack) == 0 {
			return "the top level" // the document is a lone string
		}
		var keys []string
		for _, f := range stack[1:] {
			keys = append(keys, f.key)
		}
		if last != "" {
			keys = append(keys, last)
		}
		return strings.Join(keys, ".")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	key := ""
	for steps := 0; steps < 200000; steps++ {
		tok, err := dec.Token()
		if err != nil {
			return "", ""
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{', '[':
				stack = append(stack, &frame{key: key, object: v == '{', wantKey: v == '{'})
			case '}', ']':
				if len(top.parts) > 1 {
					if code := decodedCode(strings.Join(top.parts, "")); code != "" {
						return path(""), code
					}
				}
				stack = stack[:len(stack)-1]
				if len(stack) > 0 {
					stack[len(stack)-1].wantKey = stack[len(stack)-1].object
				}
			}
			continue
		case string:
			if top != nil && top.wantKey {
				key, top.wantKey = v, false
				continue
			}
			if len(v) >= 16 && len(v) <= maxDataFile {
				if top != nil {
					top.parts = append(top.parts, v)
				}
				if len(v) >= 40 {
					if code := decodedCode(v); code != "" {
						return path(key), code
					}
				}
			}
		}
		if top != nil {
			top.wantKey = top.object
		}
	}
	return "", ""
}

// b64Char marks the characters of standard base64 (padding aside).
var b64Char = func() (t [256]bool) {
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/" {
		t[c] = true
	}
	return t
}()

// base64Runs returns up to max runs of at least 40 base64 characters
// (with their padding): text long enough to hold a command. A loop over
// the bytes, as most documents have none.
func base64Runs(data []byte, max int) [][]byte {
	var out [][]byte
	for i := 0; i < len(data) && len(out) < max; {
		if !b64Char[data[i]] {
			i++
			continue
		}
		j := i
		for j < len(data) && b64Char[data[j]] {
			j++
		}
		for k := 0; k < 2 && j < len(data) && data[j] == '='; k++ {
			j++ // padding
		}
		if j-i >= 40 {
			out = append(out, data[i:j])
		}
		i = j
	}
	return out
}

// docCode reports a document of the package (README.md, a .txt) holding
// base64 that decodes to code or a dangerous shell command (decodedCode):
// high, critical when a code file of the package names the document and
// decodes base64 (it reads the payload back out of it).
func docCode(ctx context.Context, t *analyze.Target, name string, r analyze.Reporter) {
	data, err := t.Read(name)
	if err != nil || len(data) > maxDataFile {
		return
	}
	code := ""
	for _, b := range base64Runs(data, 32) {
		if code = decodedCode(string(b)); code != "" {
			break
		}
	}
	if code == "" {
		return
	}
	sev, msg := finding.SeverityHigh, name+" holds encoded code"
	if reader := docReader(ctx, t, path.Base(name)); reader != "" {
		sev, msg = finding.SeverityCritical, msg+"; "+reader+" reads the document and decodes base64"
	}
	r.Report(analyze.Instance{File: name, Severity: sev, Confidence: finding.ConfidenceHigh, Message: msg, Evidence: rulekit.Ev("", code, "")})
}

// entityCode reports a template or markup file of the package holding a
// run of numeric character references (&#99;&#111;…) that spells code
// or a dangerous shell command: markup writes a few characters that way,
// never a program. Critical when what it spells downloads and runs code
// or sends secrets, high otherwise.
func entityCode(t *analyze.Target, name string, r analyze.Reporter) {
	data, err := t.Read(name)
	if err != nil || len(data) > maxDataFile || !bytes.Contains(data, []byte("&#")) {
		return
	}
	for _, run := range entityRun.FindAll(data, 16) {
		text := html.UnescapeString(string(run))
		if !jsast.LooksLikeCode(text) && rulekit.ShellDanger(text) == "" && rulekit.ShellSendsSecrets(text) == "" {
			continue
		}
		sev := finding.SeverityHigh
		if rulekit.ShellDanger(text) != "" || rulekit.ShellSendsSecrets(text) != "" {
			sev = finding.SeverityCritical
		}
		r.Report(analyze.Instance{File: name, Severity: sev, Confidence: finding.ConfidenceHigh,
			Message:  name + " spells code as numeric character references (&#…;), which a template engine or a reader decodes",
			Evidence: rulekit.Ev("", jsast.Clean(text, 200), "")})
		return
	}
}

// entityRun matches 24 or more numeric character references in a row
// (&#99; or &#x63;).
var entityRun = regexp.MustCompile(`(?i)(?:&#(?:x[0-9a-f]{1,8}|[0-9]{1,8});){24,}`)

// docReader returns a code file that names the document base (a string
// ending in it) and decodes base64 (Buffer.from(x, "base64"), atob); ""
// if none.
func docReader(ctx context.Context, t *analyze.Target, base string) string {
	for _, f := range rulekit.Code(ctx, t) {
		if !slices.ContainsFunc(f.Facts.Strings, func(s jsast.Str) bool { return len(s.Value) < 4096 && strings.HasSuffix(s.Value, base) }) {
			continue
		}
		for _, c := range f.Facts.Calls {
			if c.Callee == "atob" || c.Callee == "Buffer.from" && len(c.Args) > 1 && c.Args[1].Known && c.Args[1].Value == "base64" {
				return f.Name
			}
		}
	}
	return ""
}

// decodedCode decodes base64 or hex text and returns it when it reads as
// JavaScript that does something (jsast.LooksLikeCode); "" otherwise.
func decodedCode(s string) string {
	s = strings.TrimSpace(s)
	var out string
	if b, err := hex.DecodeString(s); err == nil {
		out = string(b)
	} else if d, ok := jsast.DecodeBase64(s); ok {
		out = d
	}
	if len(out) < 24 || !utf8.ValidString(out) {
		return ""
	}
	if !jsast.LooksLikeCode(out) && rulekit.ShellDanger(out) == "" && rulekit.ShellSendsSecrets(out) == "" {
		return "" // neither JavaScript that acts nor a shell command that downloads, runs or sends
	}
	return jsast.Clean(out, 200)
}

// runsLoaded returns a code file that loads the JSON file name (require or
// import of it, or of ./package.json for the manifest) and runs code from a
// string or starts a script it writes with node, with which it does; ""
// if none.
func runsLoaded(ctx context.Context, t *analyze.Target, name string) (string, string) {
	for _, f := range rulekit.Code(ctx, t) {
		loads := false
		for _, im := range f.Facts.Imports {
			if im.Module != "" && t.Resolve(f.Name, im.Module) == name {
				loads = true
				break
			}
		}
		if !loads {
			continue
		}
		for _, c := range f.Facts.Calls {
			if jsast.CodeSink(c.Callee) {
				return f.Name, "runs code from a string"
			}
			// written out as a script and started with node: a second
			// stage out of the package's files
			if rulekit.IsSpawn(c) && rulekit.RunsNode(c, rulekit.Program(rulekit.SpawnCommand(c))) && rulekit.WrittenScript(f.Facts, c) != "" {
				return f.Name, "starts a script it writes with node"
			}
		}
	}
	return "", ""
}
