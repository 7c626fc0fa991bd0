package reporttest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Golden compares got with testdata/name, or rewrites the file when update
// is set (go test -update).
func Golden(t *testing.T, name string, got []byte, update bool) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", name, diff)
	}
}

// EnvPath returns the path in the environment variable name. When it is
// unset the test is skipped loudly, except under CI (CI set), where the
// test fails: .ci/run sets it (see .ci/schemas.sh), so CI never skips.
func EnvPath(t *testing.T, name string) string {
	t.Helper()
	p := os.Getenv(name)
	if p == "" {
		msg := "$" + name + " is not set; run `source .ci/schemas.sh` (as .ci/run does) to install the schema/browser and set it"
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set, yet " + msg)
		}
		t.Skip("!!! SKIPPED: " + msg + " !!!")
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("$%s: %v", name, err)
	}
	return p
}

// Schema is a JSON schema compiled from local files.
type Schema struct{ s *jsonschema.Schema }

// CompileSchema compiles the schema in file main; resources maps further
// URLs the schema refers to onto local files. Formats are asserted.
func CompileSchema(t *testing.T, main string, resources map[string]string) *Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	load := func(file string) any {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		return doc
	}
	for u, file := range resources {
		if err := c.AddResource(u, load(file)); err != nil {
			t.Fatalf("add %s: %v", u, err)
		}
	}
	mainURL := "file://" + filepath.ToSlash(main)
	if abs, err := filepath.Abs(main); err == nil {
		mainURL = "file://" + filepath.ToSlash(abs)
	}
	if err := c.AddResource(mainURL, load(main)); err != nil {
		t.Fatalf("add %s: %v", main, err)
	}
	s, err := c.Compile(mainURL)
	if err != nil {
		t.Fatalf("compile %s: %v", main, err)
	}
	return &Schema{s: s}
}

// Check returns the schema violations of the JSON document, if any.
func (s *Schema) Check(doc []byte) error {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return err
	}
	return s.s.Validate(v)
}

// Validate reports every violation of the schema by the JSON document.
func (s *Schema) Validate(t *testing.T, doc []byte) {
	t.Helper()
	if err := s.Check(doc); err != nil {
		t.Errorf("output is not valid against the schema:\n%v", err)
	}
}
