package archive

import (
	"archive/tar"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/klauspost/compress/gzip"
)

// heapBound is the peak heap the bomb tests allow while reading.
const heapBound = 128 << 20

// zeroBomb streams a gzip'd tar holding one file of size zero bytes
// through a pipe; nothing is materialised. The writer stops when the
// reader gives up.
func zeroBomb(size int64) io.ReadCloser {
	pr, pw := io.Pipe()
	go func() {
		zw, _ := gzip.NewWriterLevel(pw, gzip.BestSpeed)
		tw := tar.NewWriter(zw)
		err := tw.WriteHeader(&tar.Header{Name: "package/zeros.bin", Typeflag: tar.TypeReg, Size: size, Mode: 0o644})
		zero := make([]byte, 1<<20)
		for left := size; err == nil && left > 0; {
			n := min(left, int64(len(zero)))
			_, err = tw.Write(zero[:n])
			left -= n
		}
		if err == nil {
			err = tw.Close()
		}
		if err == nil {
			err = zw.Close()
		}
		pw.CloseWithError(err)
	}()
	return pr
}

// peakHeap samples HeapAlloc while fn runs and returns the peak growth
// over the starting value.
func peakHeap(fn func()) uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		var ms runtime.MemStats
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak.Load() {
				peak.Store(ms.HeapAlloc)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	})
	fn()
	close(done)
	wg.Wait()
	runtime.ReadMemStats(&ms)
	p := max(peak.Load(), ms.HeapAlloc)
	if p < base {
		return 0
	}
	return p - base
}

func TestReadZeroBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("inflates up to 512 MiB")
	}
	const tenGiB = 10 << 30
	tests := []struct {
		name string
		lim  Limits
		want error
	}{
		{"ratio", DefaultLimits(), ErrRatio},
		{"total_bytes", Limits{MaxRatio: 1 << 40}, ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := zeroBomb(tenGiB)
			defer r.Close()
			var err error
			start := time.Now()
			peak := peakHeap(func() { _, err = Read(context.Background(), r, tc.lim) })
			if !errors.Is(err, tc.want) {
				t.Fatalf("Read error = %v, want %v", err, tc.want)
			}
			t.Logf("%v after %v, peak heap growth %d MiB", err, time.Since(start).Round(time.Millisecond), peak>>20)
			if peak > heapBound {
				t.Errorf("peak heap growth %d MiB, want under %d MiB", peak>>20, heapBound>>20)
			}
		})
	}
}

// manyEntries streams a gzip'd tar with n empty files.
func manyEntries(n int) io.ReadCloser {
	pr, pw := io.Pipe()
	go func() {
		zw, _ := gzip.NewWriterLevel(pw, gzip.BestSpeed)
		tw := tar.NewWriter(zw)
		var err error
		for i := 0; err == nil && i < n; i++ {
			err = tw.WriteHeader(&tar.Header{Name: fmt.Sprintf("package/f%06d.js", i), Typeflag: tar.TypeReg, Mode: 0o644, Format: tar.FormatUSTAR})
		}
		if err == nil {
			err = tw.Close()
		}
		if err == nil {
			err = zw.Close()
		}
		pw.CloseWithError(err)
	}()
	return pr
}

func TestReadTooManyEntries(t *testing.T) {
	r := manyEntries(200_000)
	defer r.Close()
	var err error
	peak := peakHeap(func() { _, err = Read(context.Background(), r, DefaultLimits()) })
	if !errors.Is(err, ErrTooManyEntries) {
		t.Fatalf("Read error = %v, want ErrTooManyEntries", err)
	}
	t.Logf("peak heap growth %d MiB", peak>>20)
	if peak > heapBound {
		t.Errorf("peak heap growth %d MiB, want under %d MiB", peak>>20, heapBound>>20)
	}
}

// TestReadImpliedDirectories: entries with unique deep parent chains would
// make many directory nodes out of few tar entries; implied parents count
// towards MaxEntries.
func TestReadImpliedDirectories(t *testing.T) {
	pr, pw := io.Pipe()
	go func() {
		zw, _ := gzip.NewWriterLevel(pw, gzip.BestSpeed)
		tw := tar.NewWriter(zw)
		chain := strings.Repeat("ddddddd/", 60)
		var err error
		for i := 0; err == nil && i < 50_000; i++ {
			err = tw.WriteHeader(&tar.Header{Name: fmt.Sprintf("package/%d/%sx.js", i, chain), Typeflag: tar.TypeReg, Mode: 0o644})
		}
		if err == nil {
			err = tw.Close()
		}
		if err == nil {
			err = zw.Close()
		}
		pw.CloseWithError(err)
	}()
	defer pr.Close()
	var err error
	peak := peakHeap(func() { _, err = Read(context.Background(), pr, DefaultLimits()) })
	if !errors.Is(err, ErrTooManyEntries) {
		t.Fatalf("Read error = %v, want ErrTooManyEntries", err)
	}
	t.Logf("%v; peak heap growth %d MiB", err, peak>>20)
	if peak > heapBound {
		t.Errorf("peak heap growth %d MiB, want under %d MiB", peak>>20, heapBound>>20)
	}
}
