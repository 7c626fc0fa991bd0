package rulekit

import (
	"slices"
	"strings"
	"testing"
)

func TestShellCommands(t *testing.T) {
	got := ShellCommands(`cd lib && FOO=1 npx "a b" 'c' || echo $(node -p "1") ; sh -c "npm i x" | tee log`)
	want := [][]string{{"cd", "lib"}, {"npx", "a b", "c"}, {"echo", Hole}, {"node", "-p", "1"}, {"sh", "-c", "npm i x"}, {"npm", "i", "x"}, {"tee", "log"}}
	for _, w := range want {
		if !slices.ContainsFunc(got, func(g []string) bool { return slices.Equal(g, w) }) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d commands %q, want %d", len(got), got, len(want))
	}
	if c := ShellCommands(`npx "unterminated`); c != nil {
		t.Errorf("unparsable script gave %q", c)
	}
	// sh -c nests only so deep, and a long script is cut
	deep := "npx x"
	for range 6 {
		deep = "sh -c " + shellQuote(deep)
	}
	for _, c := range ShellCommands(deep) {
		if c[0] == "npx" {
			t.Errorf("npx found 6 levels down")
		}
	}
	if c := ShellCommands(strings.Repeat("a;", 200000)); len(c) > maxCommands {
		t.Errorf("%d commands", len(c))
	}
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func FuzzShellCommands(f *testing.F) {
	f.Add(`npx --yes pkg@latest && sh -c "npm i x"`)
	f.Add("echo $(( 1 + $(cat <<EOF\nx\nEOF\n) ))")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range ShellCommands(s) {
			if len(c) == 0 {
				t.Fatalf("empty command from %q", s)
			}
		}
	})
}
