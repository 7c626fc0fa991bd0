package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// The profiles asked for through the environment are written, and stopping
// them returns (the heap watcher exits).
func TestStartProfiles(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"DEPFENCE_CPUPROFILE": filepath.Join(dir, "cpu.out"), "DEPFENCE_HEAPPROFILE": filepath.Join(dir, "heap.out")}
	stop := startProfiles(func(k string) string { return env[k] })
	stop()
	if info, err := os.Stat(env["DEPFENCE_CPUPROFILE"]); err != nil || info.Size() == 0 {
		t.Errorf("CPU profile: %v, %v", info, err)
	}
	// without the variables nothing is started
	startProfiles(func(string) string { return "" })()
}
