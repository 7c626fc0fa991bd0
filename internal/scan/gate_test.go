package scan

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"testing"
	"time"

	"golang.org/x/sync/semaphore"
)

func TestUnpackedSize(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(bytes.Repeat([]byte("abc"), 100000))
	zw.Close()
	if got := unpackedSize(&Fetched{Data: buf.Bytes()}); got != 300000 {
		t.Errorf("unpackedSize(gzip of 300000 bytes) = %d", got)
	}
	if got := unpackedSize(&Fetched{Data: []byte("not gzip at all, twenty-nine")}); got != 28 {
		t.Errorf("unpackedSize(not gzip) = %d, want its length", got)
	}
}

// A package as large as the whole memory budget is analysed alone: the
// next one waits until it is released.
func TestAnalysisGate(t *testing.T) {
	g := &analysisGate{cpu: semaphore.NewWeighted(2), mem: semaphore.NewWeighted(64 << 20), memCap: 64 << 20}
	release, err := g.enter(context.Background(), 500<<20)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := g.enter(ctx, 10); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("second analysis admitted next to a budget-sized one (err %v)", err)
	}
	release()
	r2, err := g.enter(context.Background(), 10)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	// two small ones fit together
	r3, err := g.enter(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	r2()
	r3()
}
