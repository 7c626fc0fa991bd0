package obf

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path"
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
		ID: "obf/code-in-data", Version: 1, Title: "Hides code in a JSON file",
		Help: "A JSON file of the package (package.json included) holds base64 or hex that decodes to JavaScript which loads modules, " +
			"starts processes, reads the environment or talks to the network: in one value, or split over the string values of one " +
			"object (\"a\", \"b\", \"c\"… joined in order). Configuration and data files have no reason to carry encoded code; a loader " +
			"elsewhere in the package reads it back and runs it, out of sight of anyone reading the code files. High; critical when a code " +
			"file of the package loads that JSON file and runs code from a string (eval, Function, vm).",
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
		if strings.ToLower(path.Ext(name)) != ".json" {
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
		loader := runsLoaded(ctx, t, name)
		if loader != "" {
			sev = finding.SeverityCritical
		}
		msg := fmt.Sprintf("%s holds encoded JavaScript at %s", name, where)
		if loader != "" {
			msg += "; " + loader + " loads the file and runs code from a string"
		}
		r.Report(analyze.Instance{File: name, Severity: sev, Confidence: finding.ConfidenceHigh, Message: msg,
			Evidence: rulekit.Ev("", code, "")})
	}
	return nil
}

// hiddenCode walks a JSON document and returns where (a key path) and what
// code a string value, or the joined string values of one object, decode
// to; "" if none.
func hiddenCode(data []byte) (string, string) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var keys []string    // the path of objects and arrays entered
	var parts []string   // string values of the object being read, in order
	var stack [][]string // parts of the enclosing objects
	key, expectKey := "", false
	var inObject []bool
	found, where := "", ""
	check := func(s, at string) bool {
		if c := decodedCode(s); c != "" {
			found, where = c, at
			return true
		}
		return false
	}
	for steps := 0; steps < 200000; steps++ {
		tok, err := dec.Token()
		if err != nil {
			return "", ""
		}
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{', '[':
				keys = append(keys, key)
				stack = append(stack, parts)
				parts = nil
				inObject = append(inObject, v == '{')
				expectKey = v == '{'
				key = ""
			case '}', ']':
				at := strings.Join(keys[1:], ".")
				if len(parts) > 1 && check(strings.Join(parts, ""), at) {
					return where, found
				}
				n := len(keys) - 1
				keys, parts, stack, inObject = keys[:n], stack[n], stack[:n], inObject[:n]
				expectKey = len(inObject) > 0 && inObject[len(inObject)-1]
			}
			continue
		case string:
			if expectKey {
				key, expectKey = v, false
				continue
			}
			if len(v) >= 16 && len(v) <= 1<<20 {
				parts = append(parts, v)
				if len(v) >= 40 && check(v, strings.Join(append(keys[1:], key), ".")) {
					return where, found
				}
			}
		}
		expectKey = len(inObject) > 0 && inObject[len(inObject)-1]
	}
	return "", ""
}

// decodedCode decodes base64 or hex text and returns it when it reads as
// JavaScript that does something dangerous; "" otherwise.
func decodedCode(s string) string {
	s = strings.TrimSpace(s)
	var out []byte
	if len(s)%2 == 0 && isHex(s) {
		out, _ = hex.DecodeString(s)
	} else if b, err := base64.StdEncoding.DecodeString(s); err == nil {
		out = b
	} else if b, err := base64.RawStdEncoding.DecodeString(s); err == nil {
		out = b
	}
	if len(out) < 24 || !utf8.Valid(out) {
		return ""
	}
	code := string(out)
	for _, k := range [...]string{"require(", "child_process", "process.env", "fetch(", "https.", "http.", "eval(", "Function(", ".exec(", "import("} {
		if strings.Contains(code, k) {
			return jsast.Clean(code, 200)
		}
	}
	return ""
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// runsLoaded returns a code file that loads the JSON file name (require or
// import of it, or of ./package.json for the manifest) and runs code from a
// string; "" if none.
func runsLoaded(ctx context.Context, t *analyze.Target, name string) string {
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
			switch c.Callee {
			case "eval", "Function", "vm.runInThisContext", "vm.runInNewContext", "vm.runInContext", "vm.compileFunction", "vm.Script":
				return f.Name
			}
		}
	}
	return ""
}
