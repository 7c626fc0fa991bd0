package guard

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/policy"
)

// DefaultMinReleaseAge is the release-age cooldown written into native
// configs when the policy sets none.
const DefaultMinReleaseAge = 72 * time.Hour

// NativeFile is one generated setting file fragment.
type NativeFile struct {
	PM PM `json:"pm"`
	// Name is the file name relative to the project ("package.json" for the
	// fields merged into the project manifest).
	Name string `json:"file"`
	// Content is the fragment as it would be written to a new file.
	Content string `json:"content"`
	// merge merges the fragment into an existing file's bytes.
	merge func(existing []byte) ([]byte, error)
}

// Merge merges the generated settings into an existing file (nil or empty
// for a new file), replacing only the keys depfence owns.
func (f NativeFile) Merge(existing []byte) ([]byte, error) {
	if len(bytes.TrimSpace(existing)) == 0 && f.Name != "package.json" {
		return []byte(f.Content), nil
	}
	return f.merge(existing)
}

// nativeLists splits the allow-list into what package managers can express:
// a package name, or name@exact-version when the entry names one version.
func nativeLists(s policy.Scripts) (allow, deny []string) {
	conv := func(es []policy.ScriptEntry) []string {
		var out []string
		for _, e := range es {
			name := e.Name()
			if name == "" || strings.TrimSpace(e.Via) != "" && slices.Contains(out, name) {
				continue
			}
			sel := name
			if _, spec := npm.SplitNameSpec(strings.TrimSpace(e.Package)); spec != "" {
				if v, err := npm.ParseVersion(spec); err == nil && v.String() == spec {
					sel = name + "@" + spec
				}
			}
			if !slices.Contains(out, sel) {
				out = append(out, sel)
			}
		}
		slices.Sort(out)
		return out
	}
	return conv(s.Allow), conv(s.Deny)
}

func names(sels []string) []string {
	var out []string
	for _, s := range sels {
		n, _ := npm.SplitNameSpec(s)
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// NativeConfig generates the package manager's own settings from the
// policy, so protection holds when someone runs the client directly:
//   - npm: .npmrc ignore-scripts=true, min-release-age (days)
//   - pnpm: pnpm-workspace.yaml allowBuilds (pnpm 10.26+; replaces
//     onlyBuiltDependencies/ignoredBuiltDependencies, which pnpm 11 dropped),
//     minimumReleaseAge (minutes), trustPolicy: no-downgrade,
//     blockExoticSubdeps: true
//   - yarn berry: .yarnrc.yml enableScripts: false, npmMinimalAgeGate, and
//     package.json dependenciesMeta.<pkg>.built
//   - bun: package.json trustedDependencies, bunfig.toml
//     install.minimumReleaseAge (seconds)
//
// Yarn classic has no per-package switch: its file is .yarnrc with
// ignore-scripts true, and only `depfence install` can run allowed scripts.
func NativeConfig(pm PM, p *policy.Policy) ([]NativeFile, error) {
	age := p.MinReleaseAge
	if age <= 0 {
		age = DefaultMinReleaseAge
	}
	allow, deny := nativeLists(p.Scripts)
	switch pm {
	case NPM:
		days := int(math.Ceil(age.Hours() / 24))
		kv := [][2]string{{"ignore-scripts", "true"}, {"min-release-age", strconv.Itoa(days)}}
		return []NativeFile{iniFile(pm, ".npmrc", kv)}, nil
	case YarnClassic:
		return []NativeFile{yarnrcFile()}, nil
	case PNPM:
		minutes := int(math.Ceil(age.Minutes()))
		builds := map[string]bool{}
		for _, a := range allow {
			builds[a] = true
		}
		for _, d := range deny {
			builds[d] = false
		}
		// allowBuilds (pnpm 10.26+) replaces onlyBuiltDependencies,
		// ignoredBuiltDependencies and neverBuiltDependencies, which pnpm 11
		// no longer reads: a merge drops them so two lists never disagree.
		fields := []yamlField{
			{"onlyBuiltDependencies", nil},
			{"ignoredBuiltDependencies", nil},
			{"neverBuiltDependencies", nil},
			{"allowBuilds", builds},
			{"minimumReleaseAge", minutes},
			{"trustPolicy", "no-downgrade"},
			{"blockExoticSubdeps", true},
		}
		f, err := yamlFile(pm, "pnpm-workspace.yaml", fields)
		return []NativeFile{f}, err
	case YarnBerry:
		fields := []yamlField{
			{"enableScripts", false},
			{"npmMinimalAgeGate", fmt.Sprintf("%dm", int(math.Ceil(age.Minutes())))},
		}
		f, err := yamlFile(pm, ".yarnrc.yml", fields)
		if err != nil {
			return nil, err
		}
		meta := map[string]map[string]bool{}
		for _, a := range allow {
			meta[a] = map[string]bool{"built": true}
		}
		for _, d := range deny {
			meta[d] = map[string]bool{"built": false}
		}
		return []NativeFile{f, jsonFile(pm, []jsonField{{"dependenciesMeta", meta, true}})}, nil
	case Bun:
		secs := int(math.Ceil(age.Seconds()))
		toml := tomlFile(pm, "bunfig.toml", "install", [][2]string{{"minimumReleaseAge", strconv.Itoa(secs)}})
		// An explicit list (even empty) replaces bun's built-in list of
		// packages it trusts by default.
		return []NativeFile{toml, jsonFile(pm, []jsonField{{"trustedDependencies", nonNil(names(allow)), false}})}, nil
	}
	return nil, fmt.Errorf("%w %q", ErrUnknownPM, pm)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// iniFile handles .npmrc: key=value lines; existing lines for our keys are
// replaced, everything else (comments, auth lines) is kept verbatim.
func iniFile(pm PM, name string, kv [][2]string) NativeFile {
	var b strings.Builder
	b.WriteString("# generated by depfence native-config from depfence.yaml\n")
	for _, p := range kv {
		fmt.Fprintf(&b, "%s=%s\n", p[0], p[1])
	}
	return NativeFile{PM: pm, Name: name, Content: b.String(), merge: func(existing []byte) ([]byte, error) {
		var out []string
		done := map[string]bool{}
		// Lines are kept byte for byte (a stray \r included: a scanner
		// dropping it made a second merge differ from the first); ours
		// end as most of the file's do (CRLF when most lines end in \r),
		// which our own lines only reinforce: merging again is a no-op.
		text := strings.TrimSuffix(string(existing), "\n")
		var lines []string
		if len(existing) > 0 {
			lines = strings.Split(text, "\n")
		}
		crlf := 0
		for _, l := range lines {
			if strings.HasSuffix(l, "\r") {
				crlf++
			}
		}
		eol := ""
		if 2*crlf > len(lines) {
			eol = "\r"
		}
		for _, line := range lines {
			k, _, ok := strings.Cut(line, "=")
			k = strings.TrimSpace(k)
			if ok && !strings.HasPrefix(k, "#") && !strings.HasPrefix(k, ";") {
				if i := slices.IndexFunc(kv, func(p [2]string) bool { return p[0] == k }); i >= 0 {
					if !done[k] {
						out = append(out, k+"="+kv[i][1]+eol)
						done[k] = true
					}
					continue
				}
			}
			out = append(out, line)
		}
		for _, p := range kv {
			if !done[p[0]] {
				out = append(out, p[0]+"="+p[1]+eol)
			}
		}
		return []byte(strings.Join(out, "\n") + "\n"), nil
	}}
}

func yarnrcFile() NativeFile {
	f := iniFile(YarnClassic, ".yarnrc", nil)
	f.Content = "# generated by depfence native-config from depfence.yaml\nignore-scripts true\n"
	f.merge = func(existing []byte) ([]byte, error) {
		var out []string
		found := false
		for _, line := range strings.Split(strings.TrimRight(string(existing), "\n"), "\n") {
			if fs := strings.Fields(line); len(fs) > 0 && strings.Trim(fs[0], `"`) == "ignore-scripts" {
				if !found {
					out = append(out, "ignore-scripts true")
					found = true
				}
				continue
			}
			out = append(out, line)
		}
		if !found {
			out = append(out, "ignore-scripts true")
		}
		return []byte(strings.Join(out, "\n") + "\n"), nil
	}
	return f
}

// yamlField sets key to value; a nil value removes the key.
type yamlField struct {
	key   string
	value any
}

// yamlFile handles pnpm-workspace.yaml and .yarnrc.yml with yaml.Node, so
// comments and unrelated settings survive a merge.
func yamlFile(pm PM, name string, fields []yamlField) (NativeFile, error) {
	build := func(existing []byte) ([]byte, error) {
		var doc yaml.Node
		if len(bytes.TrimSpace(existing)) > 0 {
			if err := yaml.Unmarshal(existing, &doc); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
		}
		if doc.Kind == 0 {
			doc = yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{{Kind: yaml.MappingNode}}}
			doc.Content[0].HeadComment = "generated by depfence native-config from depfence.yaml"
		}
		root := doc.Content[0]
		if root.Kind != yaml.MappingNode {
			return nil, fmt.Errorf("%s: top level is not a mapping", name)
		}
		for _, f := range fields {
			if f.value == nil {
				for k := 0; k+1 < len(root.Content); k += 2 {
					if root.Content[k].Value == f.key {
						root.Content = append(root.Content[:k], root.Content[k+2:]...)
						k -= 2
					}
				}
				continue
			}
			var v yaml.Node
			if err := v.Encode(f.value); err != nil {
				return nil, err
			}
			set := false
			for k := 0; k+1 < len(root.Content); k += 2 {
				if root.Content[k].Value == f.key {
					v.LineComment = root.Content[k+1].LineComment
					*root.Content[k+1] = v
					set = true
				}
			}
			if !set {
				root.Content = append(root.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: f.key}, &v)
			}
		}
		var buf bytes.Buffer
		enc := yaml.NewEncoder(&buf)
		enc.SetIndent(2)
		if err := enc.Encode(&doc); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	content, err := build(nil)
	if err != nil {
		return NativeFile{}, err
	}
	return NativeFile{PM: pm, Name: name, Content: string(content), merge: build}, nil
}

type jsonField struct {
	key   string
	value any
	// mergeObject merges into an existing object value key by key.
	mergeObject bool
}

// jsonFile merges fields into package.json, keeping the other top-level
// keys in their order.
func jsonFile(pm PM, fields []jsonField) NativeFile {
	build := func(existing []byte) ([]byte, error) {
		obj, err := readObject(existing)
		if err != nil {
			return nil, fmt.Errorf("package.json: %w", err)
		}
		for _, f := range fields {
			raw, err := json.Marshal(f.value)
			if err != nil {
				return nil, err
			}
			i := slices.IndexFunc(obj, func(kv objField) bool { return kv.key == f.key })
			if i >= 0 && f.mergeObject {
				old, err := readObject(obj[i].raw)
				if err == nil {
					add, _ := readObject(raw)
					for _, a := range add {
						if j := slices.IndexFunc(old, func(kv objField) bool { return kv.key == a.key }); j >= 0 {
							old[j].raw = a.raw
						} else {
							old = append(old, a)
						}
					}
					raw, err = writeObject(old)
					if err != nil {
						return nil, err
					}
				}
			}
			if i >= 0 {
				obj[i].raw = raw
			} else {
				obj = append(obj, objField{f.key, raw})
			}
		}
		out, err := writeObject(obj)
		if err != nil {
			return nil, err
		}
		var buf bytes.Buffer
		if err := json.Indent(&buf, out, "", "  "); err != nil {
			return nil, err
		}
		buf.WriteByte('\n')
		return buf.Bytes(), nil
	}
	content, _ := build(nil)
	return NativeFile{PM: pm, Name: "package.json", Content: string(content), merge: build}
}

type objField struct {
	key string
	raw json.RawMessage
}

func readObject(data []byte) ([]objField, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("not a JSON object")
	}
	var out []objField
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		if i := slices.IndexFunc(out, func(kv objField) bool { return kv.key == key }); i >= 0 {
			out[i].raw = raw // last duplicate wins, as in JSON.parse
			continue
		}
		out = append(out, objField{key, raw})
	}
	return out, nil
}

func writeObject(obj []objField) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, kv := range obj {
		if i > 0 {
			buf.WriteByte(',')
		}
		k, _ := json.Marshal(kv.key)
		buf.Write(k)
		buf.WriteByte(':')
		buf.Write(kv.raw)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

var tomlSectionRe = regexp.MustCompile(`^\s*\[([^\]]+)\]\s*(#.*)?$`)

// tomlFile sets keys of one [section] in a TOML file line by line, leaving
// the rest as it was.
func tomlFile(pm PM, name, section string, kv [][2]string) NativeFile {
	var b strings.Builder
	fmt.Fprintf(&b, "# generated by depfence native-config from depfence.yaml\n[%s]\n", section)
	for _, p := range kv {
		fmt.Fprintf(&b, "%s = %s\n", p[0], p[1])
	}
	return NativeFile{PM: pm, Name: name, Content: b.String(), merge: func(existing []byte) ([]byte, error) {
		lines := strings.Split(strings.TrimRight(string(existing), "\n"), "\n")
		var out []string
		in, seenSection := false, false
		done := map[string]bool{}
		flush := func() {
			for _, p := range kv {
				if !done[p[0]] {
					out = append(out, p[0]+" = "+p[1])
					done[p[0]] = true
				}
			}
		}
		for _, line := range lines {
			if m := tomlSectionRe.FindStringSubmatch(line); m != nil {
				if in {
					flush()
				}
				in = strings.TrimSpace(m[1]) == section
				seenSection = seenSection || in
				out = append(out, line)
				continue
			}
			if in {
				k, _, ok := strings.Cut(line, "=")
				k = strings.TrimSpace(k)
				if i := slices.IndexFunc(kv, func(p [2]string) bool { return p[0] == k }); ok && i >= 0 {
					if !done[k] {
						out = append(out, k+" = "+kv[i][1])
						done[k] = true
					}
					continue
				}
			}
			out = append(out, line)
		}
		if in {
			flush()
		}
		if !seenSection {
			out = append(out, "", "["+section+"]")
			flush()
		}
		return []byte(strings.Join(out, "\n") + "\n"), nil
	}}
}
