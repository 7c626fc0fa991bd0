// Command depfence is the npm supply-chain security scanner.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/depfence/depfence/internal/cli"
)

func main() {
	if path := os.Getenv("DEPFENCE_CPUPROFILE"); path != "" {
		// A CPU profile of the whole run, for performance work.
		if f, err := os.Create(path); err == nil {
			if pprof.StartCPUProfile(f) == nil {
				defer pprof.StopCPUProfile()
			}
		}
	}
	if path := os.Getenv("DEPFENCE_HEAPPROFILE"); path != "" {
		go heapPeaks(path)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	pprof.StopCPUProfile()
	os.Exit(code)
}

// heapPeaks writes a heap profile to path each time the heap in use
// reaches a new high (10% above the last), for memory work: the file left
// at the end shows what was live at the peak.
func heapPeaks(path string) {
	var peak uint64
	var ms runtime.MemStats
	for range time.Tick(200 * time.Millisecond) {
		runtime.ReadMemStats(&ms)
		if ms.HeapInuse < peak+peak/10 {
			continue
		}
		peak = ms.HeapInuse
		if f, err := os.Create(path); err == nil {
			_ = pprof.Lookup("heap").WriteTo(f, 0)
			_ = f.Close()
		}
	}
}
