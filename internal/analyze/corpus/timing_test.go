package corpus_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules"
)

func TestTiming(t *testing.T) {
	if os.Getenv("TIMING") == "" {
		t.Skip()
	}
	d := "/usr/lib/node_modules/npm/node_modules/common-ancestor-path"
	for i := 0; i < 3; i++ {
		for _, r := range rules.Builtin() {
			eng, _ := analyze.New([]analyze.Rule{r})
			s := time.Now()
			res, _ := eng.Analyze(context.Background(), os.DirFS(d), finding.Package{})
			if el := time.Since(s); el > 20*time.Millisecond {
				t.Logf("%v %s %v", el, r.Meta().ID, res.Rules)
			}
		}
	}
}

func BenchmarkTiny(b *testing.B) {
	d := "/usr/lib/node_modules/npm/node_modules/common-ancestor-path"
	eng, _ := analyze.New(rules.Builtin())
	for b.Loop() {
		eng.Analyze(context.Background(), os.DirFS(d), finding.Package{})
	}
}
