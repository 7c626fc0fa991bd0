package scan

import (
	"context"
	"errors"
	"testing"
	"time"

	"golang.org/x/sync/semaphore"
)

// A package as large as the whole memory budget is analysed alone: the
// next one waits until it is released.
func TestAnalysisGate(t *testing.T) {
	g := &analysisGate{cpu: semaphore.NewWeighted(2), mem: semaphore.NewWeighted(64 << 20), memCap: 64 << 20}
	release, err := g.admit(context.Background(), 500<<20)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := g.admit(ctx, 10); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("second analysis admitted next to a budget-sized one (err %v)", err)
	}
	release()
	r2, err := g.admit(context.Background(), 10)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	// two small ones fit together
	r3, err := g.admit(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	r2()
	r3()
}
