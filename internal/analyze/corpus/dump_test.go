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
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "corpus", "malicious", filepath.Base(name)))
	if err != nil {
		t.Fatal(err)
	}
	m, err := corpus.OpenZip(data, "infected")
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := corpus.SamplePackage(m)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := analyze.New(rules.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	res, err := eng.Analyze(context.Background(), pkg, finding.Package{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("verdict %s, score %d", res.Verdict, res.Score)
	for _, f := range res.Findings {
		t.Logf("%s %s %s %s:%d %s | %v", f.Severity, f.Role, f.Rule, f.Location.File, f.Location.Line, f.Message, f.Evidence)
	}
}
