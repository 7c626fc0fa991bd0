package corpus_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/analyze/corpus"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules"
)

func TestDumpSample(t *testing.T) {
	name := os.Getenv("DUMP_SAMPLE")
	if name == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "corpus", "malicious", name))
	m, _ := corpus.OpenZip(data, "infected")
	pkg, _ := corpus.SamplePackage(m)
	eng, _ := analyze.New(rules.Builtin())
	res, _ := eng.Analyze(context.Background(), pkg, finding.Package{})
	for _, f := range res.Findings {
		t.Logf("%s %s %s %s:%d %s | %v", f.Severity, f.Role, f.Rule, f.Location.File, f.Location.Line, f.Message, f.Evidence)
	}
}
