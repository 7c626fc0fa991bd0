package registry

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"testing/iotest"
	"time"
)

// readCapped with and without a declared length: the same bytes either
// way, one buffer when the length is right, and the limit still enforced
// whatever the hint says.
func TestReadCappedHint(t *testing.T) {
	body := bytes.Repeat([]byte("0123456789abcdef"), 20000) // 320,000 bytes
	n := int64(len(body))
	for _, tc := range []struct {
		name    string
		limit   int64
		hint    int64
		wantErr error
		oneBuf  bool
	}{
		{name: "no hint", limit: 1 << 20},
		{name: "exact hint", limit: 1 << 20, hint: n, oneBuf: true},
		{name: "hint too small", limit: 1 << 20, hint: n / 3},
		{name: "hint too large", limit: 1 << 20, hint: 2 * n, oneBuf: true},
		{name: "tiny hint", limit: 1 << 20, hint: 1},
		{name: "over the limit with an exact hint", limit: n - 1, hint: n, wantErr: ErrTooLarge},
		{name: "over the limit without a hint", limit: n - 1, wantErr: ErrTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, cancel := context.WithCancelCause(context.Background())
			defer cancel(nil)
			// small reads, as a network body gives them
			got, err := readCapped(iotest.HalfReader(bytes.NewReader(body)), tc.limit, tc.hint, time.Minute, cancel)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, body) {
				t.Fatalf("read %d bytes, not the %d sent", len(got), len(body))
			}
			if tc.oneBuf && int64(cap(got)) != max(tc.hint, n)+1 {
				t.Fatalf("cap %d: the body was not read into the hinted buffer", cap(got))
			}
			if !tc.oneBuf && int64(cap(got)) != n {
				t.Fatalf("cap %d: without a usable hint the result is copied to its exact size", cap(got))
			}
		})
	}
}
