package trust

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// testdata/tuf/root-vN.json are the TUF roots shipped in @sigstore/tuf
// seeds.json: v8 (2.3.0), v9 (2.3.4), v10 (3.0.0), v12 (3.1.1), v13 (4.0.0),
// v14 (4.0.2), v15 (5.0.0), v16 (5.0.1). No published version carried v11.
func tufRoot(t testing.TB, v int) []byte {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("testdata/tuf/root-v%d.json", v))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A time at which v16 (expires 2027-04-22) is current.
var tufNow = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

func TestVerifyRootChainReal(t *testing.T) {
	tests := []struct {
		name       string
		trusted    int
		candidates []int
		now        time.Time
		want       int64
	}{
		{"v12_to_v16", 12, []int{13, 14, 15, 16}, tufNow, 16},
		{"unordered_with_old", 12, []int{16, 8, 14, 13, 15, 12, 10}, tufNow, 16},
		{"v8_to_v10", 8, []int{9, 10}, time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), 10},
		{"no_newer", 16, []int{16, 15}, tufNow, 16},
		{"no_candidates", 16, nil, tufNow, 16},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var cands [][]byte
			for _, v := range tc.candidates {
				cands = append(cands, tufRoot(t, v))
			}
			got, ver, err := VerifyRootChain(tufRoot(t, tc.trusted), cands, tc.now)
			if err != nil {
				t.Fatal(err)
			}
			if ver != tc.want || !bytes.Equal(got, tufRoot(t, int(tc.want))) {
				t.Fatalf("got v%d", ver)
			}
		})
	}
}

func TestVerifyRootChainEmbeddedSeeds(t *testing.T) {
	s, err := ParseSeeds(EmbeddedSeeds())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(s.Root, tufRoot(t, 16)) {
		t.Fatal("embedded seeds do not hold root v16")
	}
	// The embedded root chains from an older published root.
	if _, v, err := VerifyRootChain(tufRoot(t, 13), [][]byte{tufRoot(t, 14), tufRoot(t, 15), s.Root}, tufNow); err != nil || v != 16 {
		t.Fatalf("v%d, %v", v, err)
	}
}

func TestVerifyRootChainFailures(t *testing.T) {
	// tamperSig flips one hex digit of the first signature; tamperSigned
	// edits the signed part (a longer expiry) keeping the signatures.
	tamperSig := func(t *testing.T, b []byte) []byte {
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		for _, s := range doc["signatures"].([]any) {
			sig := s.(map[string]any)
			hexSig := []byte(sig["sig"].(string))
			if len(hexSig) == 0 {
				continue
			}
			if hexSig[10] == '0' {
				hexSig[10] = '1'
			} else {
				hexSig[10] = '0'
			}
			sig["sig"] = string(hexSig)
		}
		out, _ := json.Marshal(doc)
		return out
	}
	tamperSigned := func(t *testing.T, b []byte) []byte {
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		doc["signed"].(map[string]any)["expires"] = "2099-01-01T00:00:00Z"
		out, _ := json.Marshal(doc)
		return out
	}
	tests := []struct {
		name       string
		trusted    []byte
		candidates func(t *testing.T) [][]byte
		now        time.Time
		is         error
	}{
		{"gap_v11", tufRoot(t, 10), func(t *testing.T) [][]byte { return [][]byte{tufRoot(t, 12)} }, tufNow, ErrRootChain},
		{"rollback", tufRoot(t, 16), func(t *testing.T) [][]byte { return [][]byte{tufRoot(t, 14), tufRoot(t, 15)} }, tufNow, ErrRootRollback},
		{"expired_final", tufRoot(t, 12), func(t *testing.T) [][]byte { return [][]byte{tufRoot(t, 13)} }, tufNow, ErrRootExpired},
		{"signature_tampered", tufRoot(t, 14), func(t *testing.T) [][]byte {
			return [][]byte{tampered(t, tufRoot(t, 15), tamperSig)}
		}, tufNow, ErrRootChain},
		{"signed_part_tampered", tufRoot(t, 14), func(t *testing.T) [][]byte {
			return [][]byte{tufRoot(t, 15), tampered(t, tufRoot(t, 16), tamperSigned)}
		}, tufNow, ErrRootChain},
		{"trusted_tampered", tampered(t, tufRoot(t, 15), tamperSigned), func(t *testing.T) [][]byte { return [][]byte{tufRoot(t, 16)} }, tufNow, ErrRootChain},
		{"not_json", tufRoot(t, 15), func(t *testing.T) [][]byte { return [][]byte{[]byte("{")} }, tufNow, ErrRootChain},
		{"skips_a_version_signed", tufRoot(t, 13), func(t *testing.T) [][]byte { return [][]byte{tufRoot(t, 15)} }, tufNow, ErrRootChain},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, v, err := VerifyRootChain(tc.trusted, tc.candidates(t), tc.now)
			if !errors.Is(err, tc.is) {
				t.Fatalf("got v%d, err %v; want %v", v, err, tc.is)
			}
		})
	}
	// The gap error names the missing versions.
	_, _, err := VerifyRootChain(tufRoot(t, 10), [][]byte{tufRoot(t, 12), tufRoot(t, 14)}, tufNow)
	var gap *RootChainGapError
	if !errors.As(err, &gap) {
		t.Fatalf("err %v", err)
	}
	if d := cmp.Diff(&RootChainGapError{Trusted: 10, Target: 14, Missing: []int64{11, 13}}, gap); d != "" {
		t.Errorf("gap (-want +got):\n%s", d)
	}
	// A forged v16 beside the real one does not stop the chain.
	_, v, err := VerifyRootChain(tufRoot(t, 15), [][]byte{tampered(t, tufRoot(t, 16), tamperSigned), tufRoot(t, 16)}, tufNow)
	if err != nil || v != 16 {
		t.Fatalf("with forged twin: v%d, %v", v, err)
	}
}

func tampered(t *testing.T, b []byte, f func(*testing.T, []byte) []byte) []byte {
	t.Helper()
	return f(t, b)
}
