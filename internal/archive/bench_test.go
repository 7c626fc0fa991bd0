package archive

import (
	"archive/tar"
	"bytes"
	stdgzip "compress/gzip"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
)

// realisticTarball builds a package like a mid-sized npm library: 400 JS,
// map and JSON files in nested directories, about 4 MiB inflated, made of
// identifier-like text that compresses roughly as real code does.
func realisticTarball(tb testing.TB) (data []byte, inflated int64) {
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("function return const let var if else for while this module exports require import from default class extends new typeof undefined null true false async await yield value index length push map filter reduce Object Array String Number prototype call apply bind")
	entries := []ent{reg("package/package.json", `{"name":"realistic","version":"1.0.0","main":"lib/index.js"}`)}
	for i := range 400 {
		var sb strings.Builder
		size := 2000 + rng.IntN(18000)
		for sb.Len() < size {
			sb.WriteString(words[rng.IntN(len(words))])
			if rng.IntN(8) == 0 {
				fmt.Fprintf(&sb, "_%x", rng.Uint32()&0xfff)
			}
			sb.WriteString([]string{" ", "(", ");\n", ".", " = ", ", "}[rng.IntN(6)])
		}
		ext := []string{".js", ".js", ".mjs", ".d.ts", ".js.map", ".json"}[i%6]
		name := fmt.Sprintf("package/lib/sub%d/mod%d/file%d%s", i%7, i%13, i, ext)
		entries = append(entries, reg(name, sb.String()))
		inflated += int64(sb.Len())
	}
	return tgz(tb, entries...), inflated
}

// BenchmarkRead reports MB/s of inflated file data; the "baseline"
// sub-benchmark only inflates and walks the same tarball with the standard
// library (io.Copy to io.Discard), as a floor on a busy machine.
func BenchmarkRead(b *testing.B) {
	data, inflated := realisticTarball(b)
	b.Run("archive", func(b *testing.B) {
		b.SetBytes(inflated)
		b.ReportAllocs()
		defer reportCPU(b, inflated)()
		for b.Loop() {
			if _, err := Read(context.Background(), bytes.NewReader(data), DefaultLimits()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("baseline", func(b *testing.B) {
		b.SetBytes(inflated)
		b.ReportAllocs()
		defer reportCPU(b, inflated)()
		for b.Loop() {
			zr, err := stdgzip.NewReader(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			tr := tar.NewReader(zr)
			for {
				if _, err := tr.Next(); err == io.EOF {
					break
				} else if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, tr)
			}
		}
	})
}

// reportCPU adds MB per CPU second ("cpu-MB/s"), which stays meaningful
// when other processes compete for the cores.
func reportCPU(b *testing.B, bytesPerOp int64) func() {
	start := cpuTime()
	return func() {
		if d := cpuTime() - start; d > 0 && b.N > 0 {
			b.ReportMetric(float64(bytesPerOp)*float64(b.N)/1e6/d.Seconds(), "cpu-MB/s")
		}
	}
}
