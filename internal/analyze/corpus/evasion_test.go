package corpus_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/archive"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules"
)

// TestEvasions runs every rule over testdata/evasion: each package under
// malicious/ hides an attack step in a different way and must be
// malicious with a chain; each under benign/ is its legitimate look-alike
// and must be ok.
func TestEvasions(t *testing.T) {
	eng, err := analyze.New(rules.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []analyze.Verdict{analyze.VerdictMalicious, analyze.VerdictOK} {
		kind := "malicious"
		if want == analyze.VerdictOK {
			kind = "benign"
		}
		dirs, _ := filepath.Glob(filepath.Join("testdata", "evasion", kind, "*"))
		if len(dirs) < 10 {
			t.Fatalf("%d %s cases, want at least 10", len(dirs), kind)
		}
		for _, dir := range dirs {
			t.Run(kind+"/"+filepath.Base(dir), func(t *testing.T) {
				fsys, err := archive.FromDir(os.DirFS(dir), analyze.ArchiveLimits()) // what a scan keeps
				if err != nil {
					t.Fatal(err)
				}
				res, err := eng.Analyze(context.Background(), fsys, finding.Package{Name: filepath.Base(dir), Version: "1.0.0"})
				if err != nil {
					t.Fatal(err)
				}
				if res.Verdict != want || (want == analyze.VerdictMalicious && len(res.Chain) == 0) {
					t.Errorf("verdict %s (score %d, %d chain steps), want %s", res.Verdict, res.Score, len(res.Chain), want)
					for _, f := range res.Findings {
						t.Logf("  %s %s %s:%d %s", f.Severity, f.Rule, f.Location.File, f.Location.Line, f.Message)
					}
				}
			})
		}
	}
}
