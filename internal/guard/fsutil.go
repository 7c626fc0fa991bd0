package guard

import (
	"os"
	"path/filepath"
)

// realDir returns the real path of p when it is an existing directory.
func realDir(p string) (string, bool) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", false
	}
	st, err := os.Stat(real)
	if err != nil || !st.IsDir() {
		return "", false
	}
	return real, true
}
