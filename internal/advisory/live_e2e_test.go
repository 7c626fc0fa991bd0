//go:build e2e

package advisory

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/depfence/depfence/internal/npmrc"
	"github.com/depfence/depfence/internal/registry"
)

// TestLiveRegistry asks the configured registry (DEPFENCE_E2E_REGISTRY)
// for lodash@4.17.20's advisories: either a real answer naming
// GHSA-35jh-r3h4-6jhm, or ErrUnavailable with a reason (the registry
// reachable from the development machine answers 405 to both endpoints).
func TestLiveRegistry(t *testing.T) {
	reg := os.Getenv("DEPFENCE_E2E_REGISTRY")
	if reg == "" {
		t.Skip("set DEPFENCE_E2E_REGISTRY")
	}
	cfg, err := npmrc.Load(npmrc.Options{DefaultRegistry: reg})
	if err != nil {
		t.Fatal(err)
	}
	c, err := registry.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	got, err := NewRegistrySource(c).Query(context.Background(), map[string][]string{"lodash": {"4.17.20"}})
	var ue *UnavailableError
	switch {
	case errors.As(err, &ue):
		t.Logf("unavailable: %s", ue.Reason)
	case err != nil:
		t.Fatal(err)
	default:
		found := false
		for _, a := range got["lodash"] {
			found = found || a.ID == "GHSA-35jh-r3h4-6jhm"
		}
		if !found {
			t.Errorf("lodash@4.17.20 without GHSA-35jh-r3h4-6jhm: %+v", got)
		}
	}
}
