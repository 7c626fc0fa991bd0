package rules

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/analyze"
)

var update = flag.Bool("update", false, "rewrite docs/rules/*.md from rule metadata")

var idRe = regexp.MustCompile(`^[a-z]+/[a-z0-9-]+$`)

func TestBuiltinMeta(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Builtin() {
		m := r.Meta()
		if !idRe.MatchString(string(m.ID)) || seen[string(m.ID)] {
			t.Errorf("bad or duplicate rule ID %q", m.ID)
		}
		seen[string(m.ID)] = true
		if m.Version < 1 || m.Title == "" || len(m.Help) < 80 || m.Remediation == "" || m.Example == "" || m.Signal == "" || m.Needs == 0 {
			t.Errorf("%s: incomplete metadata", m.ID)
		}
	}
	if _, err := analyze.New(Builtin()); err != nil {
		t.Fatal(err)
	}
}

// doc renders a rule's page: what, why, example, how to suppress.
func doc(m analyze.Meta) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# `%s`: %s\n\n", m.ID, m.Title)
	fmt.Fprintf(&b, "Default severity: **%s** · signal: `%s` · rule version %d\n\n", m.DefaultSeverity, m.Signal, m.Version)
	fmt.Fprintf(&b, "## What it detects and why it matters\n\n%s\n\n", m.Help)
	lang := "js"
	switch {
	case strings.HasPrefix(m.Example, "{"):
		lang = "json"
	case strings.Contains(m.Example, "${{"):
		lang = "yaml" // a CI workflow
	}
	fmt.Fprintf(&b, "## Example\n\n```%s\n%s\n```\n\n", lang, m.Example)
	fmt.Fprintf(&b, "## What to do\n\n%s\n\n", m.Remediation)
	fmt.Fprintf(&b, "## How the verdict uses it\n\nFindings carry the role of their file (install-time, entry point, other, test, docs, types). "+
		"Critical findings in live code make the package `malicious`; lower findings combine into chains (for example install-time code "+
		"that reads secrets and talks to the network). Findings in tests, docs, examples and `.d.ts` files barely count.\n\n")
	fmt.Fprintf(&b, "## How to suppress\n\nIf you have reviewed the package and accept the behaviour, record it in the policy file as an accepted risk "+
		"with a reason (and, ideally, an expiry):\n\n```sh\ndepfence accept PKG@VERSION %s --reason \"why this is acceptable\"\n```\n\n"+
		"Suppression is per package version: a new release is analysed afresh.\n", m.ID)
	return b.Bytes()
}

func TestRuleDocs(t *testing.T) {
	dir := filepath.Join("..", "..", "docs", "rules")
	if *update {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range Builtin() {
		m := r.Meta()
		name := filepath.Join(dir, strings.ReplaceAll(string(m.ID), "/", "-")+".md")
		want := doc(m)
		if *update {
			if err := os.WriteFile(name, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(name)
		if err != nil {
			t.Errorf("%s: missing doc page (run go test ./internal/rules -update): %v", m.ID, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: %s is stale (run go test ./internal/rules -run TestRuleDocs -update)", m.ID, name)
		}
	}
}
