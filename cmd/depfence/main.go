// Command depfence is the npm supply-chain security scanner.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/pprof"

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
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	pprof.StopCPUProfile()
	os.Exit(code)
}
