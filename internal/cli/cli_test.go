package cli

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden transcripts")

// run calls Main like the binary would, with a fixed environment.
func run(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	getenv := func(k string) string { return env[k] }
	code = Main(context.Background(), args, &out, &errb, getenv)
	return out.String(), errb.String(), code
}

// transcript renders one invocation as a reviewable golden document.
func transcript(args []string, stdout, stderr string, code int) string {
	return fmt.Sprintf("$ depfence %s\n# exit %d\n# stdout\n%s# stderr\n%s", strings.Join(args, " "), code, stdout, stderr)
}

func TestTranscripts(t *testing.T) {
	demo := filepath.Join("..", "..", "testdata", "demo")
	tests := []struct {
		name string
		args []string
	}{
		{"version", []string{"version"}},
		{"ls_depth0", []string{"ls", demo, "--depth", "0"}},
		{"ls_prod_depth1", []string{"ls", demo, "--prod", "--depth", "1"}},
		{"ls_dev_json", []string{"ls", demo, "--dev", "--json"}},
		{"why_ms", []string{"why", "ms@2.0.0", demo}},
		{"why_json", []string{"why", "nodemon", demo, "--format", "json"}},
		{"why_missing", []string{"why", "not-a-dep", demo}},
		{"usage_unknown_flag", []string{"ls", "--bogus"}},
		{"usage_bad_format", []string{"ls", demo, "--format", "yaml"}},
		{"usage_prod_and_dev", []string{"ls", demo, "--prod", "--dev"}},
		{"no_lockfile", []string{"ls", filepath.Join("testdata", "transcripts")}},
		{"malformed_lockfile", []string{"ls", filepath.Join("testdata", "broken", "package-lock.json")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := run(t, map[string]string{"NO_COLOR": "1"}, tt.args...)
			got := transcript(tt.args, stdout, stderr, code)
			path := filepath.Join("testdata", "transcripts", tt.name+".txt")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("transcript differs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExitCodes(t *testing.T) {
	demo := filepath.Join("..", "..", "testdata", "demo")
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"ls", demo}, ExitOK},
		{[]string{"why", "nope", demo}, ExitPolicy},
		{[]string{"ls", "--nope"}, ExitUsage},
		{[]string{"nonsense-command"}, ExitUsage},
		{[]string{"ls", "does/not/exist"}, ExitUsage},
		{[]string{"ls", filepath.Join("testdata", "broken", "package-lock.json")}, ExitOperation},
	}
	for _, tt := range tests {
		_, stderr, code := run(t, nil, tt.args...)
		if code != tt.want {
			t.Errorf("depfence %v: exit %d, want %d (stderr %q)", tt.args, code, tt.want, stderr)
		}
	}
}

// TestStdoutOnlyResult checks that logs never reach stdout: --verbose adds
// debug lines on stderr only.
func TestStdoutOnlyResult(t *testing.T) {
	demo := filepath.Join("..", "..", "testdata", "demo")
	quietOut, _, _ := run(t, nil, "ls", demo, "--json")
	verboseOut, verboseErr, _ := run(t, nil, "ls", demo, "--json", "--verbose")
	if quietOut != verboseOut {
		t.Error("--verbose changed stdout")
	}
	if !strings.Contains(verboseErr, "reading lockfile") {
		t.Errorf("--verbose wrote no debug log to stderr: %q", verboseErr)
	}
}

func TestAccept(t *testing.T) {
	file := filepath.Join(t.TempDir(), "depfence.yaml")
	_, stderr, code := run(t, nil, "accept", "lodash@<4.17.21", "vuln/*", "--reason", "not reachable", "--until", "2027-01-31", "--by", "alice", "--policy", file)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"lodash@<4.17.21", "vuln/*", "not reachable", "2027-01-31", "alice"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("policy file lacks %q:\n%s", want, data)
		}
	}
	for _, bad := range [][]string{
		{"accept", "lodash", "vuln/*", "--policy", file},                                     // no reason
		{"accept", "lodash", "vuln/*", "--reason", "x", "--until", "soon", "--policy", file}, // bad date
		{"accept", "not a name", "*", "--reason", "x", "--policy", file},                     // bad package
	} {
		if _, _, code := run(t, nil, bad...); code != ExitUsage {
			t.Errorf("depfence %v: exit %d, want %d", bad, code, ExitUsage)
		}
	}
	after, _ := os.ReadFile(file)
	if string(after) != string(data) {
		t.Error("a rejected accept changed the policy file")
	}
}
