package trust

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/theupdateframework/go-tuf/v2/metadata"
	"github.com/theupdateframework/go-tuf/v2/metadata/trustedmetadata"
)

// Errors of TUF root chain verification.
var (
	// ErrRootChain is returned (wrapped) when a root.json does not chain
	// from the trusted one: bad signatures, threshold not met, wrong type.
	ErrRootChain = errors.New("TUF root chain does not verify")
	// ErrRootRollback is returned when the newest candidate is older than
	// the trusted root.
	ErrRootRollback = errors.New("TUF root rollback")
	// ErrRootExpired is returned when the newest verified root has expired.
	ErrRootExpired = errors.New("TUF root expired")
)

// RootChainGapError says which root versions are needed to chain from the
// trusted root to the newest candidate.
type RootChainGapError struct {
	Trusted, Target int64
	Missing         []int64
}

func (e *RootChainGapError) Error() string {
	return fmt.Sprintf("TUF root chain from v%d to v%d is missing version(s) %v", e.Trusted, e.Target, e.Missing)
}

// Is makes errors.Is(err, ErrRootChain) hold for a gap.
func (e *RootChainGapError) Is(target error) bool { return target == ErrRootChain }

// RootVersion returns the "signed.version" of a TUF root.json without
// verifying it.
func RootVersion(rootJSON []byte) (int64, error) {
	var doc struct {
		Signed struct {
			Type    string `json:"_type"`
			Version int64  `json:"version"`
		} `json:"signed"`
	}
	if err := json.Unmarshal(rootJSON, &doc); err != nil {
		return 0, fmt.Errorf("%w: root.json: %v", ErrRootChain, err)
	}
	if doc.Signed.Type != "root" || doc.Signed.Version < 1 {
		return 0, fmt.Errorf("%w: root.json: type %q version %d", ErrRootChain, clip(doc.Signed.Type), doc.Signed.Version)
	}
	return doc.Signed.Version, nil
}

// VerifyRootChain checks that the newest of candidates follows from trusted
// the way a TUF client updates its root (TUF spec 5.3): trusted must be
// signed by a threshold of its own root keys; every version after it up to
// the newest candidate must be present, be signed by a threshold of the
// previous version's root keys and by a threshold of its own, and carry
// exactly the next version number. Candidates at or below the trusted
// version are ignored unless all are, which is ErrRootRollback when one is
// older. The newest root must not have expired at now.
//
// It returns the newest verified root.json (trusted itself when no
// candidate is newer) and its version.
func VerifyRootChain(trusted []byte, candidates [][]byte, now time.Time) ([]byte, int64, error) {
	tm, err := trustedmetadata.New(trusted)
	if err != nil {
		return nil, 0, fmt.Errorf("%w: trusted root: %v", ErrRootChain, err)
	}
	have := tm.Root.Signed.Version
	byVersion := map[int64][][]byte{}
	var newest int64
	for _, c := range candidates {
		v, err := RootVersion(c)
		if err != nil {
			return nil, 0, err
		}
		byVersion[v] = append(byVersion[v], c)
		newest = max(newest, v)
	}
	if len(byVersion) > 0 && newest < have {
		return nil, 0, fmt.Errorf("%w: newest candidate is v%d, trusted is v%d", ErrRootRollback, newest, have)
	}
	if newest <= have {
		if err := checkExpiry(tm.Root, now); err != nil {
			return nil, 0, err
		}
		return trusted, have, nil
	}
	var missing []int64
	for v := have + 1; v <= newest; v++ {
		if len(byVersion[v]) == 0 {
			missing = append(missing, v)
		}
	}
	if len(missing) > 0 {
		return nil, 0, &RootChainGapError{Trusted: have, Target: newest, Missing: missing}
	}
	cur := trusted
	for v := have + 1; v <= newest; v++ {
		// Two different documents may claim one version (a forgery beside
		// the real one): the first that chains wins; UpdateRoot changes
		// nothing on failure.
		var lastErr error
		ok := false
		for _, c := range byVersion[v] {
			if _, err := tm.UpdateRoot(c); err != nil {
				lastErr = err
				continue
			}
			cur, ok = c, true
			break
		}
		if !ok {
			return nil, 0, fmt.Errorf("%w: v%d does not follow v%d: %v", ErrRootChain, v, v-1, lastErr)
		}
	}
	if err := checkExpiry(tm.Root, now); err != nil {
		return nil, 0, err
	}
	return cur, newest, nil
}

func checkExpiry(r *metadata.Metadata[metadata.RootType], now time.Time) error {
	if !now.IsZero() && r.Signed.IsExpired(now) {
		return fmt.Errorf("%w: v%d expired %s", ErrRootExpired, r.Signed.Version, r.Signed.Expires.Format(time.RFC3339))
	}
	return nil
}
