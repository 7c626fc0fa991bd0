package corpus_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/archive"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"
)

func npmModules(b *testing.B) string {
	node, err := exec.LookPath("node")
	if err != nil {
		b.Skip("node not installed")
	}
	return filepath.Join(filepath.Dir(node), "..", "lib", "node_modules", "npm", "node_modules")
}

func pkgDirs(root string) []string {
	var out []string
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "@") {
			sub, _ := os.ReadDir(filepath.Join(root, e.Name()))
			for _, s := range sub {
				out = append(out, filepath.Join(root, e.Name(), s.Name()))
			}
			continue
		}
		out = append(out, filepath.Join(root, e.Name()))
	}
	return out
}

// benchPackage is one package held in memory the way a scan holds a
// fetched tarball (an archive.FS), plus its code files for the baselines.
type benchPackage struct {
	fsys  *archive.FS
	code  [][]byte
	names []string // code[i]'s path in the package
	bytes int64
}

// benchPackages loads the benchmark's packages: npm's bundled
// dependencies, or with DEPFENCE_BENCH_TARBALLS the .tgz files under that
// directory (a depfence cache's tarballs/ after scanning the real-world
// lockfiles is the "real benign set"), one in
// DEPFENCE_BENCH_EVERY of them (default 10) to bound memory.
func benchPackages(b *testing.B) (pkgs []benchPackage, total int64) {
	add := func(afs *archive.FS) {
		p := benchPackage{fsys: afs}
		// the files analysis parses (a bin with a node "#!" line and no
		// extension too), so that all three runs see the same files
		for _, name := range analyze.NewTarget(afs, analyze.DefaultLimits()).CodeFiles() {
			if data, err := afs.ReadFile(name); err == nil {
				p.code = append(p.code, data)
				p.names = append(p.names, name)
				p.bytes += int64(len(data))
			}
		}
		pkgs = append(pkgs, p)
		total += p.bytes
	}
	if dir := os.Getenv("DEPFENCE_BENCH_TARBALLS"); dir != "" {
		every := 10
		if n, err := strconv.Atoi(os.Getenv("DEPFENCE_BENCH_EVERY")); err == nil && n > 0 {
			every = n
		}
		var paths []string
		_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				paths = append(paths, p)
			}
			return nil
		})
		slices.Sort(paths)
		for i := 0; i < len(paths); i += every {
			data, err := os.ReadFile(paths[i])
			if err != nil {
				b.Fatal(err)
			}
			afs, err := archive.Read(context.Background(), bytes.NewReader(data), archive.DefaultLimits())
			if err != nil {
				b.Logf("skip %s: %v", paths[i], err) // not every file in a cache is a tarball
				continue
			}
			add(afs)
		}
		b.Logf("%d packages from %s, %d bytes of code", len(pkgs), dir, total)
		return pkgs, total
	}
	for _, d := range pkgDirs(npmModules(b)) {
		afs, err := archive.FromDir(os.DirFS(d), archive.DefaultLimits())
		if err != nil {
			b.Fatalf("load %s: %v", d, err)
		}
		add(afs)
	}
	return pkgs, total
}

func singleWorkerEngine(b *testing.B) *analyze.Engine {
	lim := analyze.DefaultLimits()
	lim.FileWorkers = 1
	eng, err := analyze.New(rules.Builtin(), analyze.WithLimits(lim))
	if err != nil {
		b.Fatal(err)
	}
	return eng
}

// BenchmarkSideBySide is the throughput figure of record: for each package
// in turn it times the bare tdewolff parse of its code files, the full
// analysis (every rule, from the in-memory package as a scan has it) and
// esbuild's transform of the same files (esbuildTransform: the loader by
// extension, as analysis picks it). Interleaving per package makes
// the ratios immune to the machine's speed drifting during the run. Run it
// with -cpu 1 (per core).
//
// With DEPFENCE_ESBUILD naming the esbuild binary of the npm package (npm
// install --no-save --ignore-scripts esbuild; the binary is
// node_modules/@esbuild/<platform>/bin/esbuild), each round also runs it
// once over the same files (those it can transform) and reports the CPU
// time it used, which is how the binary compares with the in-process
// transform.
func BenchmarkSideBySide(b *testing.B) {
	pkgs, total := benchPackages(b)
	eng := singleWorkerEngine(b)
	bin := esbuildBinary(b, pkgs)
	b.SetBytes(total)
	var tParse, tFull, tEsb, tBin time.Duration
	for b.Loop() {
		for _, p := range pkgs {
			t0 := time.Now()
			for _, f := range p.code {
				buf := make([]byte, len(f), len(f)+1)
				copy(buf, f)
				_, _ = js.Parse(parse.NewInputBytes(buf), js.Options{})
			}
			t1 := time.Now()
			if _, err := eng.Analyze(context.Background(), p.fsys, finding.Package{}); err != nil {
				b.Fatal(err)
			}
			t2 := time.Now()
			for i, f := range p.code {
				esbuildTransform(p.names[i], f)
			}
			t3 := time.Now()
			tParse, tFull, tEsb = tParse+t1.Sub(t0), tFull+t2.Sub(t1), tEsb+t3.Sub(t2)
		}
		if bin != nil {
			tBin += bin()
		}
	}
	mbps := func(d time.Duration) float64 { return float64(total) * float64(b.N) / 1e6 / d.Seconds() }
	b.ReportMetric(mbps(tFull), "analyse-MB/s")
	b.ReportMetric(mbps(tParse), "parse-MB/s")
	b.ReportMetric(mbps(tEsb), "esbuild-MB/s")
	b.ReportMetric(tParse.Seconds()/tFull.Seconds(), "x-parse")
	b.ReportMetric(tEsb.Seconds()/tFull.Seconds(), "x-esbuild")
	if bin != nil {
		b.ReportMetric(mbps(tBin), "esbuild-bin-MB/cpu-s")
		b.ReportMetric(tBin.Seconds()/tFull.Seconds(), "x-esbuild-bin")
	}
}

// esbuildExt is the extension that makes the esbuild binary use loader.
func esbuildExt(loader api.Loader) string {
	switch loader {
	case api.LoaderTS:
		return ".ts"
	case api.LoaderTSX:
		return ".tsx"
	case api.LoaderJSX:
		return ".jsx"
	}
	return ".js"
}

// esbuildTransform is esbuild's transform of one file, with the loader
// its extension asks for, as analysis picks it (jsast.Loader): the JS
// loader rejects a .ts file at its first type annotation, so with it
// esbuild would skip most of the work it is compared for. A .js file the JS loader rejects is tried again
// as JSX, the loader a project with JSX in .js files sets (analysis does
// the same). It returns the loader that succeeded, ok false if none did.
func esbuildTransform(name string, code []byte) (loader api.Loader, ok bool) {
	loader, _ = jsast.Loader(name)
	r := api.Transform(string(code), api.TransformOptions{Loader: loader, LogLevel: api.LogLevelSilent})
	if len(r.Errors) > 0 && loader == api.LoaderJS {
		loader = api.LoaderJSX
		r = api.Transform(string(code), api.TransformOptions{Loader: loader, LogLevel: api.LogLevelSilent})
	}
	return loader, len(r.Errors) == 0
}

// esbuildBinary prepares a run of the binary named by DEPFENCE_ESBUILD over
// every code file that esbuild can transform (copied under a temp dir,
// numbered so that index.mjs and index.cjs do not collide, with the
// extension of the loader that worked in process) and returns it; each call reports the CPU time
// the binary used. nil without DEPFENCE_ESBUILD.
func esbuildBinary(b *testing.B, pkgs []benchPackage) func() time.Duration {
	path := os.Getenv("DEPFENCE_ESBUILD")
	if path == "" {
		return nil
	}
	dir := b.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o700); err != nil {
		b.Fatal(err)
	}
	var args []string
	for _, p := range pkgs {
		for i, f := range p.code {
			loader, ok := esbuildTransform(p.names[i], f)
			if !ok {
				continue // the binary would fail the whole run
			}
			name := filepath.Join(in, fmt.Sprintf("f%d%s", len(args), esbuildExt(loader)))
			if err := os.WriteFile(name, f, 0o600); err != nil {
				b.Fatal(err)
			}
			args = append(args, name)
		}
	}
	args = append(args, "--outdir="+filepath.Join(dir, "out"), "--log-level=error")
	return func() time.Duration {
		cmd := exec.Command(path, args...)
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%s: %v\n%s", path, err, out)
		}
		return cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
}

// BenchmarkAnalyze runs every rule over npm's bundled dependencies held in
// memory; the MB/s figure is JS analysed per second (GOMAXPROCS=1 for
// per-core).
func BenchmarkAnalyze(b *testing.B) {
	pkgs, total := benchPackages(b)
	eng := singleWorkerEngine(b)
	b.SetBytes(total)
	b.ResetTimer()
	defer reportCPU(b, total)()
	for b.Loop() {
		for _, p := range pkgs {
			if _, err := eng.Analyze(context.Background(), p.fsys, finding.Package{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func codeFiles(b *testing.B) (names []string, files [][]byte) {
	_ = filepath.WalkDir(npmModules(b), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && analyze.IsCode(p) {
			if data, err := os.ReadFile(p); err == nil {
				names, files = append(names, p), append(files, data)
			}
		}
		return nil
	})
	return names, files
}

// BenchmarkParseOnly is the bare tdewolff parse of the same files.
func BenchmarkParseOnly(b *testing.B) {
	_, files := codeFiles(b)
	var n int64
	for _, f := range files {
		n += int64(len(f))
	}
	b.SetBytes(n)
	defer reportCPU(b, n)()
	for b.Loop() {
		for _, f := range files {
			buf := make([]byte, len(f), len(f)+1)
			copy(buf, f)
			_, _ = js.Parse(parse.NewInputBytes(buf), js.Options{})
		}
	}
}

// BenchmarkFacts is jsast alone (parse + walk + folding).
func BenchmarkFacts(b *testing.B) {
	_, files := codeFiles(b)
	var n int64
	for _, f := range files {
		n += int64(len(f))
	}
	b.SetBytes(n)
	defer reportCPU(b, n)()
	for b.Loop() {
		for _, f := range files {
			jsast.Analyze("a.js", f, jsast.DefaultLimits())
		}
	}
}

// BenchmarkEsbuildTransform is esbuild's own JS transform (the engine of
// the esbuild npm binary) over the same files, for comparison.
func BenchmarkEsbuildTransform(b *testing.B) {
	names, files := codeFiles(b)
	var n int64
	for _, f := range files {
		n += int64(len(f))
	}
	b.SetBytes(n)
	defer reportCPU(b, n)()
	for b.Loop() {
		for i, f := range files {
			esbuildTransform(names[i], f)
		}
	}
}

// reportCPU adds MB per CPU-second, which stays meaningful on a machine
// shared with other work (wall-clock MB/s does not).
func reportCPU(b *testing.B, bytes int64) func() {
	start := cpuTime()
	return func() {
		if d := cpuTime() - start; d > 0 {
			b.ReportMetric(float64(bytes)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
		}
	}
}
