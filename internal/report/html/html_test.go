package html

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	xhtml "golang.org/x/net/html"

	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/report"
	"github.com/depfence/depfence/internal/report/reporttest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func render(t *testing.T, r *report.Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, r, report.Options{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	reporttest.Golden(t, "sample.html", render(t, reporttest.Sample()), *update)
}

const hostileName = `<img src=x onerror="document.documentElement.setAttribute('data-pwned','1')">`

// hostile returns the sample with attacker-controlled text in every field a
// package controls.
func hostile() *report.Result {
	r := reporttest.Sample()
	evil := finding.Package{Name: hostileName, Version: `1.0.0"><script>document.documentElement.setAttribute('data-pwned','2')</script>`}
	r.Packages[2].Name, r.Packages[2].Version = evil.Name, evil.Version
	r.Packages[2].Chain = append(r.Packages[2].Chain, `</li><script>document.documentElement.setAttribute('data-pwned','3')</script>`)
	r.Packages[2].URL = `javascript:document.documentElement.setAttribute('data-pwned','4')`
	for _, k := range []int{0, 2} {
		r.Findings[k].Package = evil
		r.Findings[k].Message = `</td></tr></table><svg onload="document.documentElement.setAttribute('data-pwned','5')">`
		r.Findings[k].Evidence = []finding.Evidence{{Snippet: `</code></pre><iframe srcdoc="x"></iframe>`, Decoded: `<b onmouseover=alert(1)>decoded</b>`}}
	}
	r.Findings[1].Advisory.URL = `javascript:alert(1)`
	r.Findings[1].Rule = `vuln/"><img src=x onerror=alert(1)>`
	r.Errors[0].Message = `<style>body{display:none}</style>`
	return r
}

// TestEscapes checks, without a browser, that hostile text never becomes
// markup and no element loads anything.
func TestEscapes(t *testing.T) {
	out := render(t, hostile())
	doc, err := xhtml.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	walk(doc, func(n *xhtml.Node) {
		if n.Type != xhtml.ElementNode {
			return
		}
		counts[n.Data]++
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s> has event handler %s=%q", n.Data, a.Key, a.Val)
			}
			if (a.Key == "src" || a.Key == "srcdoc") || (a.Key == "href" && !strings.HasPrefix(a.Val, "#") && !strings.HasPrefix(a.Val, "https://")) {
				t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
			}
		}
	})
	for _, tag := range []string{"img", "svg", "iframe", "link", "object", "embed", "base", "form"} {
		if counts[tag] > 0 {
			t.Errorf("%d <%s> elements made it into the page", counts[tag], tag)
		}
	}
	if counts["script"] != 1 || counts["style"] != 1 {
		t.Errorf("%d <script> and %d <style>, want 1 each (the page's own)", counts["script"], counts["style"])
	}
	if !strings.Contains(textOf(doc), hostileName) {
		t.Error("hostile package name is not shown as text")
	}
}

func TestCSP(t *testing.T) {
	out := string(render(t, reporttest.Sample()))
	want := `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`
	if !strings.Contains(out, want) {
		t.Errorf("no CSP meta tag %s", want)
	}
	for _, s := range []string{"s3cret", "token=abc", "http://"} {
		if strings.Contains(out, s) {
			t.Errorf("page contains %q", s)
		}
	}
}

func TestEmpty(t *testing.T) {
	out := string(render(t, &report.Result{SchemaVersion: report.SchemaVersion}))
	if !strings.Contains(out, `id="no-findings"`) || !strings.Contains(out, "PASS") {
		t.Errorf("empty result page:\n%s", out)
	}
}

func TestLongTextIsClipped(t *testing.T) {
	r := reporttest.Sample()
	r.Findings[0].Evidence[0].Snippet = strings.Repeat("A", 1<<20)
	r.Findings[0].Message = "bad\xffutf8 " + strings.Repeat("b", 1<<20)
	if n := len(render(t, r)); n > 100_000 {
		t.Errorf("page is %d bytes for two 1 MiB strings", n)
	}
}

func walk(n *xhtml.Node, fn func(*xhtml.Node)) {
	fn(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func textOf(n *xhtml.Node) string {
	var b strings.Builder
	walk(n, func(n *xhtml.Node) {
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data)
		}
	})
	return b.String()
}

func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func byID(doc *xhtml.Node, id string) *xhtml.Node {
	var found *xhtml.Node
	walk(doc, func(n *xhtml.Node) {
		if found == nil && n.Type == xhtml.ElementNode && attr(n, "id") == id {
			found = n
		}
	})
	return found
}

// chromium returns the headless Chromium to test with: $DEPFENCE_CHROMIUM
// or chromium on PATH. Without one the test is skipped loudly, except under
// CI, where .ci/schemas.sh installs it and its absence is a failure.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("DEPFENCE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "no chromium: install Debian's chromium package (source .ci/schemas.sh does) to run the browser test"
	if os.Getenv("CI") != "" {
		t.Fatal("CI is set, yet " + msg)
	}
	t.Skip("!!! SKIPPED: " + msg + " !!!")
	return ""
}

// dumpDOM loads the page in headless Chromium and returns the DOM after the
// page's script ran.
func dumpDOM(t *testing.T, bin, file, fragment string) *xhtml.Node {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	profile := t.TempDir()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
		"--user-data-dir="+profile, "--virtual-time-budget=2000", "--dump-dom", "file://"+file+fragment)
	cmd.Env = append(os.Environ(), "HOME="+profile)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, tail(stderr.String(), 2000))
	}
	doc, err := xhtml.Parse(&stdout)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

type shownRow struct{ Severity, Package, Rule string }

func findingRows(t *testing.T, doc *xhtml.Node) []shownRow {
	t.Helper()
	table := byID(doc, "findings")
	if table == nil {
		t.Fatal("no findings table in the rendered page")
	}
	var rows []shownRow
	walk(table, func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode && n.Data == "tr" && attr(n, "data-index") != "" {
			var cells []string
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == xhtml.ElementNode && c.Data == "td" {
					cells = append(cells, strings.TrimSpace(textOf(c)))
				}
			}
			rows = append(rows, shownRow{cells[0], cells[1], cells[2]})
		}
	})
	return rows
}

// TestChromium renders the report, loads it in real headless Chromium and
// checks the DOM after the script ran: it marked the page, built the
// filter's count, sorted the table as the address asks, and hostile text
// stayed text.
func TestChromium(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	sample := filepath.Join(dir, "sample.html")
	if err := os.WriteFile(sample, render(t, reporttest.Sample()), 0o644); err != nil {
		t.Fatal(err)
	}
	bySeverity := []shownRow{
		{"critical", "evil-helper@1.0.1", "net/exfil-service"},
		{"high", "lodash@4.17.20", "vuln/advisory"},
		{"medium", "evil-helper@1.0.1", "install/lifecycle-script"},
		{"low", "left-pad@1.3.0", "code/dynamic-eval"},
	}
	for _, c := range []struct {
		name, fragment, sorted string
		want                   []shownRow
	}{
		{"default", "", "", bySeverity},
		{"package", "#sort=package", "package-asc", []shownRow{bySeverity[0], bySeverity[2], bySeverity[3], bySeverity[1]}},
		{"rule_desc", "#sort=rule-desc", "rule-desc", []shownRow{bySeverity[1], bySeverity[0], bySeverity[2], bySeverity[3]}},
		{"severity_asc", "#sort=severity-asc", "severity-asc", []shownRow{bySeverity[3], bySeverity[2], bySeverity[1], bySeverity[0]}},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := dumpDOM(t, bin, sample, c.fragment)
			var root *xhtml.Node
			walk(doc, func(n *xhtml.Node) {
				if root == nil && n.Type == xhtml.ElementNode && n.Data == "html" {
					root = n
				}
			})
			if got := attr(root, "data-js"); got != "ready" {
				t.Fatalf("script did not run: <html data-js=%q>", got)
			}
			if diff := cmp.Diff(c.want, findingRows(t, doc)); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			if got := attr(byID(doc, "findings"), "data-sorted"); got != c.sorted {
				t.Errorf("data-sorted = %q, want %q", got, c.sorted)
			}
			count := byID(doc, "shown-count")
			if count == nil || textOf(count) != "4 of 4 findings shown" {
				t.Errorf("script-built count = %v", count)
			}
			if byID(doc, "filter") == nil {
				t.Error("script-built filter box missing")
			}
			for _, id := range []string{"pkg-1", "pkg-2", "pkg-3", "pkg-4"} {
				if byID(doc, id) == nil {
					t.Errorf("no detail section %s", id)
				}
			}
			text := textOf(doc)
			for _, s := range []string{"https://webhook.site/x", "reviewed: template compiler", ". › express@4.21.2 › lodash@4.17.20", "GHSA-35jh-r3h4-6jhm", "broken@0.0.1"} {
				if !strings.Contains(text, s) {
					t.Errorf("rendered page lacks %q", s)
				}
			}
		})
	}

	t.Run("hostile", func(t *testing.T) {
		file := filepath.Join(dir, "hostile.html")
		if err := os.WriteFile(file, render(t, hostile()), 0o644); err != nil {
			t.Fatal(err)
		}
		doc := dumpDOM(t, bin, file, "#sort=package")
		var root *xhtml.Node
		tags := map[string]int{}
		walk(doc, func(n *xhtml.Node) {
			if n.Type == xhtml.ElementNode {
				tags[n.Data]++
				if root == nil && n.Data == "html" {
					root = n
				}
			}
		})
		if attr(root, "data-js") != "ready" {
			t.Fatal("script did not run on the hostile page")
		}
		if p := attr(root, "data-pwned"); p != "" {
			t.Fatalf("hostile input ran as code (payload %s)", p)
		}
		for _, tag := range []string{"img", "svg", "iframe", "b"} {
			if tags[tag] > 0 {
				t.Errorf("hostile <%s> became an element", tag)
			}
		}
		rows := findingRows(t, doc)
		if len(rows) != 4 || !strings.HasPrefix(rows[0].Package, hostileName+"@") {
			t.Errorf("hostile package name not shown as text in the sorted table: %+v", rows)
		}
	})
}

// FuzzRender feeds hostile text through the page: it never fails and never
// produces an element, attribute handler or script the page did not write.
func FuzzRender(f *testing.F) {
	f.Add(hostileName, "1.0.0", "<script>x</script>", "</code><img src=x>", "javascript:alert(1)", "net/x")
	f.Add("\xff\xfe", "\x00", "]]><!--", "</style><svg onload=1>", "https://a.b/c", "</td>")
	f.Fuzz(func(t *testing.T, name, version, msg, snippet, url, rule string) {
		r := reporttest.Sample()
		r.Packages[2].Name, r.Packages[2].Version, r.Packages[2].URL = name, version, url
		r.Packages[2].Chain = []string{msg}
		fd := &r.Findings[0]
		fd.Package = finding.Package{Name: name, Version: version}
		fd.Message, fd.Rule = msg, finding.RuleID(rule)
		fd.Evidence = []finding.Evidence{{Snippet: snippet, Decoded: msg, Detail: url}}
		r.Findings[1].Advisory.URL = url
		var buf bytes.Buffer
		if err := Render(&buf, r, report.Options{}); err != nil {
			t.Fatal(err)
		}
		doc, err := xhtml.Parse(&buf)
		if err != nil {
			t.Fatal(err)
		}
		tags := map[string]int{}
		walk(doc, func(n *xhtml.Node) {
			if n.Type != xhtml.ElementNode {
				return
			}
			tags[n.Data]++
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "src" || a.Key == "srcdoc" || a.Key == "style" {
					t.Fatalf("<%s %s=%q>", n.Data, a.Key, a.Val)
				}
				if a.Key == "href" && !strings.HasPrefix(a.Val, "#") && !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://") {
					t.Fatalf("<%s href=%q>", n.Data, a.Val)
				}
			}
		})
		for _, tag := range []string{"img", "svg", "iframe", "link", "object", "embed", "base", "form", "math", "b"} {
			if tags[tag] > 0 {
				t.Fatalf("<%s> injected", tag)
			}
		}
		if tags["script"] != 1 || tags["style"] != 1 {
			t.Fatalf("%d scripts, %d styles", tags["script"], tags["style"])
		}
	})
}

// BenchmarkRender renders a 5,000-package result with 1,000 findings.
func BenchmarkRender(b *testing.B) {
	r := reporttest.Large(5000)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Render(&buf, r, report.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/op-output")
}
