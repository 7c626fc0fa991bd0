package lockfile

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/depfence/depfence/internal/lockfile/formats"
)

func TestZZDump(t *testing.T) {
	p := os.Getenv("DUMP")
	if p == "" {
		t.Skip()
	}
	g, err := formats.Load(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("format", g.Format, "roots", g.Roots)
	for _, n := range g.Nodes {
		fmt.Printf("%d %s@%s kind=%s url=%q path=%q commit=%q patch=%q int=%q raw=%q flags=%b key=%q line=%d\n", n.ID, n.Name, n.Version, n.Source.Kind, n.Source.URL, n.Source.Path, n.Source.Commit, n.Source.Patch, n.Integrity.String(), n.IntegrityRaw, n.Flags, n.Key, n.Line)
	}
	for _, e := range g.Edges {
		if g.IsRoot(e.From) {
			fmt.Printf("edge %d->%d %s %q %s\n", e.From, e.To, e.Name, e.Spec, e.Kind)
		}
	}
	for _, pr := range g.Problems {
		fmt.Println("problem", pr)
	}
}
