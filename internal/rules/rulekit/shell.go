package rulekit

import (
	"path"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// Shell limits: a script longer than maxScript is cut, a command run
// through sh -c "..." is parsed again down to maxShellDepth, and at most
// maxCommands commands are returned.
const (
	maxScript     = 16 << 10
	maxShellDepth = 3
	maxCommands   = 256
)

// Hole stands for a run-time part of a shell word ($VAR, $(...)).
const Hole = "${…}"

// ShellCommands parses a shell script (an npm script is run by sh) and
// returns the argument list of each simple command in it, through
// pipelines, lists, subshells and command substitutions, and the script
// given to sh/bash -c. Quotes are removed; a run-time part of a word is
// written Hole. A script that does not parse gives nothing: sh would not
// run it either.
func ShellCommands(script string) [][]string {
	var out [][]string
	shellCommands(script, 0, &out)
	return out
}

func shellCommands(script string, depth int, out *[][]string) {
	if len(script) > maxScript {
		script = script[:maxScript]
	}
	f, err := syntax.NewParser(syntax.Variant(syntax.LangBash)).Parse(strings.NewReader(script), "")
	if err != nil {
		return
	}
	syntax.Walk(f, func(n syntax.Node) bool {
		if len(*out) >= maxCommands {
			return false
		}
		call, ok := n.(*syntax.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		argv := make([]string, 0, len(call.Args))
		for _, w := range call.Args {
			argv = append(argv, wordText(w))
		}
		*out = append(*out, argv)
		// sh -c "npx x": the script in the string
		if depth < maxShellDepth && len(argv) >= 3 {
			switch path.Base(argv[0]) {
			case "sh", "bash", "dash", "zsh":
				for i := 1; i+1 < len(argv); i++ {
					if argv[i] == "-c" || (strings.HasPrefix(argv[i], "-") && strings.HasSuffix(argv[i], "c") && !strings.HasPrefix(argv[i], "--")) {
						shellCommands(argv[i+1], depth+1, out)
						break
					}
				}
			}
		}
		return true
	})
}

// wordText renders a word without its quotes, run-time parts as Hole.
func wordText(w *syntax.Word) string {
	var b strings.Builder
	var parts func(ps []syntax.WordPart)
	parts = func(ps []syntax.WordPart) {
		for _, p := range ps {
			switch x := p.(type) {
			case *syntax.Lit:
				b.WriteString(x.Value)
			case *syntax.SglQuoted:
				b.WriteString(x.Value)
			case *syntax.DblQuoted:
				parts(x.Parts)
			default:
				b.WriteString(Hole)
			}
		}
	}
	parts(w.Parts)
	return b.String()
}
