// Command depfence is the npm supply-chain security scanner.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/depfence/depfence/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}
