package trust

import (
	"bytes"
	"encoding/json"

	"github.com/google/go-cmp/cmp"
)

func cmpDiff(want, got any) string { return cmp.Diff(want, got) }

func compactJSON(dst *bytes.Buffer, src []byte) error { return json.Compact(dst, src) }
