package cli

import (
	"os"
	"runtime"
	"runtime/pprof"
	"time"
)

// startProfiles starts what DEPFENCE_CPUPROFILE and DEPFENCE_HEAPPROFILE
// ask for, for performance work: a CPU profile of the whole run, and a heap
// profile rewritten each time the heap in use reaches a new high (10% above
// the last), so the file left at the end shows what was live at the peak.
// The returned func stops both and waits for them.
func startProfiles(env func(string) string) (stop func()) {
	var stops []func()
	if path := env("DEPFENCE_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			if pprof.StartCPUProfile(f) == nil {
				stops = append(stops, func() { pprof.StopCPUProfile(); f.Close() })
			} else {
				f.Close()
			}
		}
	}
	if path := env("DEPFENCE_HEAPPROFILE"); path != "" {
		done, exited := make(chan struct{}), make(chan struct{})
		go func() {
			defer close(exited)
			heapPeaks(path, done)
		}()
		stops = append(stops, func() { close(done); <-exited })
	}
	return func() {
		for _, s := range stops {
			s()
		}
	}
}

func heapPeaks(path string, done <-chan struct{}) {
	var peak uint64
	var ms runtime.MemStats
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case <-tick.C:
		}
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
