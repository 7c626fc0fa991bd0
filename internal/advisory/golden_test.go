package advisory

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/npm"
)

// TestAuditGolden checks Advisory.Affects on npm ranges against what node's
// semver answers with npm audit's options (testdata/audit-golden.tsv, made
// by gen-audit-golden.js). Ranges depfence's strict parser rejects (node
// rejects them too, or accepts them only with loose: true, e.g. "01.2.3")
// must be marked Inexact and matched conservatively (affected): an
// advisory is never dropped because its range does not parse.
func TestAuditGolden(t *testing.T) {
	f, err := os.Open("testdata/audit-golden.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	rows, bad, conservative := 0, 0, 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("bad row %q", line)
		}
		var rng, ver string
		if err := json.Unmarshal([]byte(cols[0]), &rng); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(cols[1]), &ver); err != nil {
			t.Fatal(err)
		}
		want, valid := cols[2] == "true", cols[3] == "true"
		rows++
		a := Advisory{ID: "X", Range: rng}
		a.finish()
		got := a.Affects(ver)
		_, perr := npm.ParseRangeIncludingPrerelease(rng)
		switch {
		case perr != nil:
			// Strictly invalid (node may still accept it loosely): matched
			// conservatively and marked, never silently dropped.
			conservative++
			if !a.Inexact || !got {
				bad++
				t.Errorf("range %q (unparsed): Inexact=%v Affects(%q)=%v, want a conservative match", rng, a.Inexact, ver, got)
			}
		case !valid:
			bad++
			t.Errorf("range %q: depfence parses it, node rejects it", rng)
		case got != want:
			bad++
			t.Errorf("Affects(%q) with range %q = %v, node semver (npm audit options) says %v", ver, rng, got, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if rows < 300 {
		t.Fatalf("only %d golden rows", rows)
	}
	t.Logf("%d golden rows, %d disagreements, %d rows of strictly invalid ranges matched conservatively", rows, bad, conservative)
}
