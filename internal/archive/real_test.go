package archive

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
	"time"

	"github.com/depfence/depfence/internal/npm"
)

// TestRealTarballs reads every *.tgz in $DEPFENCE_TGZ_DIR (e.g. the
// nextjs-app perf set downloaded from the registry) and reports errors,
// anomalies, throughput and heap. Skipped unless the variable is set.
func TestRealTarballs(t *testing.T) {
	dir := os.Getenv("DEPFENCE_TGZ_DIR")
	if dir == "" {
		t.Skip("set DEPFENCE_TGZ_DIR to a directory of .tgz files")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.tgz"))
	var compressed, files, bytesIn int64
	var elapsed time.Duration
	kinds := map[AnomalyKind]int{}
	var peak uint64
	var cpu time.Duration
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		compressed += int64(len(data))
		start, startCPU := time.Now(), cpuTime()
		f, err := Read(context.Background(), bytes.NewReader(data), DefaultLimits())
		elapsed += time.Since(start)
		cpu += cpuTime() - startCPU
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(p), err)
			continue
		}
		files += int64(len(f.Files()))
		bytesIn += f.TotalBytes()
		for _, a := range f.Anomalies() {
			kinds[a.Kind]++
			if kinds[a.Kind] <= 3 {
				t.Logf("%s: %v", filepath.Base(p), a)
			}
		}
		if b, err := f.ReadFile("package.json"); err != nil {
			t.Errorf("%s: %v", filepath.Base(p), err)
		} else if _, err := npm.ParseManifest(b); err != nil {
			t.Errorf("%s: %v", filepath.Base(p), err)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
	}
	var ks []string
	for k, n := range kinds {
		ks = append(ks, k.String()+"="+itoa(n))
	}
	sort.Strings(ks)
	t.Logf("%d tarballs, %d MB compressed, %d files, %d MB of file data in %v wall, %v CPU (%.0f MB/s of file data per CPU second), peak heap %d MB, anomalies %v",
		len(paths), compressed>>20, files, bytesIn>>20, elapsed.Round(time.Millisecond), cpu.Round(time.Millisecond), float64(bytesIn)/1e6/cpu.Seconds(), peak>>20, ks)
}

func itoa(n int) string {
	b := []byte{}
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
		if n == 0 {
			return string(b)
		}
	}
}
