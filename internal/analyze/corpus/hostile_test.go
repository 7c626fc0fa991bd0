package corpus_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules"
)

// TestHostileCode: deep nesting, a 50 MB single line and invalid UTF-8
// end within budget with a finding, never a crash or a clean bill.
func TestHostileCode(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	cases := map[string]string{
		"deep.js":    "x=" + strings.Repeat("[", 200000) + strings.Repeat("]", 200000),
		"deep.ts":    "let x=" + strings.Repeat("(", 200000) + "1" + strings.Repeat(")", 200000),
		"long.js":    "var a='" + strings.Repeat("QUFB", 50<<20/4) + "';require('child_process').exec(a)",
		"invalid.js": "var a = '\xff\xfe'; module.exports = a;\x80",
	}
	eng, err := analyze.New(rules.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"package.json": {Data: []byte(`{"name":"hostile","version":"1.0.0","main":"` + name + `"}`)},
				name:           {Data: []byte(src)},
			}
			start := time.Now()
			res, err := eng.Analyze(context.Background(), fsys, finding.Package{})
			if err != nil {
				t.Fatal(err)
			}
			if el := time.Since(start); el > 60*time.Second {
				t.Errorf("took %v", el)
			}
			found := false
			for _, f := range res.Findings {
				if f.Location.File == name && f.Severity >= finding.SeverityLow {
					found = true
				}
			}
			if !found {
				t.Errorf("no finding for %s: %+v", name, res.Findings)
			}
			for _, s := range res.Rules {
				if s.Status != analyze.StatusOK {
					t.Errorf("rule %s: %s %s", s.Rule, s.Status, s.Error)
				}
			}
		})
	}
}
