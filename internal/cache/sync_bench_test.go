package cache

import (
	"fmt"
	"github.com/depfence/depfence/internal/npm"
	"path/filepath"
	"testing"
)

// BenchmarkPutTarball measures one 150 KB tarball write, with and without
// fsync (the default syncs).
func BenchmarkPutTarball(b *testing.B) {
	for _, sync := range []bool{true, false} {
		b.Run(fmt.Sprintf("sync=%v", sync), func(b *testing.B) {
			var opts []Option
			if !sync {
				opts = append(opts, WithoutSync())
			}
			s, err := Open(filepath.Join(b.TempDir(), "c"), opts...)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(150 << 10)
			i := 0
			for b.Loop() {
				data := make([]byte, 150<<10)
				copy(data, fmt.Sprint(i))
				i++
				if err := s.PutTarball(sri(b, data, npm.SHA512), data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
