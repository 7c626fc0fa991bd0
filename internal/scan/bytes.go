package scan

import (
	"bytes"
	"crypto/sha512"
	"io"

	"github.com/depfence/depfence/internal/npm"
)

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

func sha512Of(data []byte) npm.Integrity {
	d := sha512.Sum512(data)
	return npm.Integrity{Hashes: []npm.Hash{{Algorithm: npm.SHA512, Digest: d[:]}}}
}
