// Package guard runs a project's package manager with lifecycle scripts off,
// then runs only the install scripts a person allow-listed in depfence.yaml,
// in dependency order and inside a sandbox. It also lists install scripts
// with their allow-list status and generates each package manager's own
// settings from the same policy.
package guard

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/depfence/depfence/internal/lockfile/formats"
)

// PM is a package manager client.
type PM string

// Package managers.
const (
	NPM         PM = "npm"
	PNPM        PM = "pnpm"
	YarnClassic PM = "yarn-classic"
	YarnBerry   PM = "yarn-berry"
	Bun         PM = "bun"
)

// ErrUnknownPM is returned for a --pm value depfence does not know.
var ErrUnknownPM = errors.New("unknown package manager")

// Binary returns the client's executable name.
func (p PM) Binary() string {
	switch p {
	case YarnClassic, YarnBerry:
		return "yarn"
	}
	return string(p)
}

// ParsePM parses a --pm value: npm, pnpm, yarn (classic or berry is then
// decided from the project), yarn-classic, yarn-berry or bun. "yarn" returns
// YarnClassic and true for "needs refining".
func ParsePM(s string) (PM, bool, error) {
	switch s {
	case "npm":
		return NPM, false, nil
	case "pnpm":
		return PNPM, false, nil
	case "yarn":
		return YarnClassic, true, nil
	case "yarn-classic", "yarn1":
		return YarnClassic, false, nil
	case "yarn-berry", "berry":
		return YarnBerry, false, nil
	case "bun":
		return Bun, false, nil
	}
	return "", false, fmt.Errorf("%w %q (want npm, pnpm, yarn, yarn-classic, yarn-berry or bun)", ErrUnknownPM, s)
}

// DetectPM returns the package manager that owns the lockfile at path.
func DetectPM(lockfile string) (PM, error) {
	switch filepath.Base(lockfile) {
	case "package-lock.json", "npm-shrinkwrap.json":
		return NPM, nil
	case "pnpm-lock.yaml":
		return PNPM, nil
	case "bun.lock", "bun.lockb":
		return Bun, nil
	case "yarn.lock":
		if yarnIsBerry(filepath.Dir(lockfile), lockfile) {
			return YarnBerry, nil
		}
		return YarnClassic, nil
	}
	return "", fmt.Errorf("%w for lockfile %q", ErrUnknownPM, lockfile)
}

// yarnIsBerry tells yarn berry from yarn classic: a berry lockfile has a
// __metadata block; without a lockfile, .yarnrc.yml or a packageManager
// field naming yarn 2+ says berry.
func yarnIsBerry(dir, lockfile string) bool {
	if lockfile != "" {
		if f, err := os.Open(lockfile); err == nil {
			head := make([]byte, 4096)
			n, _ := f.Read(head)
			f.Close()
			if n > 0 {
				return bytes.Contains(head[:n], []byte("__metadata:"))
			}
		}
	}
	if _, err := os.Stat(filepath.Join(dir, ".yarnrc.yml")); err == nil {
		return true
	}
	if data, err := os.ReadFile(filepath.Join(dir, "package.json")); err == nil && len(data) < 1<<20 {
		if i := bytes.Index(data, []byte(`"packageManager"`)); i >= 0 {
			rest := string(data[i:min(len(data), i+80)])
			return strings.Contains(rest, "yarn@") && !strings.Contains(rest, "yarn@1.")
		}
	}
	return false
}

// findLockfile returns the project's lockfile, or "" when there is none.
func findLockfile(dir string) string {
	p, err := formats.Detect(dir)
	if err != nil {
		return ""
	}
	return p
}

// InstallArgs returns the client arguments (after the binary) and extra
// environment that install with every lifecycle script disabled. frozen
// refuses to change the lockfile (the `depfence ci` mode).
func InstallArgs(p PM, frozen bool) (args, env []string) {
	switch p {
	case NPM:
		if frozen {
			return []string{"ci", "--ignore-scripts"}, nil
		}
		return []string{"install", "--ignore-scripts"}, nil
	case PNPM:
		if frozen {
			return []string{"install", "--frozen-lockfile", "--ignore-scripts"}, nil
		}
		return []string{"install", "--ignore-scripts"}, nil
	case YarnClassic:
		if frozen {
			return []string{"install", "--frozen-lockfile", "--ignore-scripts"}, nil
		}
		return []string{"install", "--ignore-scripts"}, nil
	case YarnBerry:
		// --mode=skip-build skips every build script; YARN_ENABLE_SCRIPTS=0
		// also covers the scripts of the project's own workspaces.
		env = []string{"YARN_ENABLE_SCRIPTS=0"}
		if frozen {
			return []string{"install", "--immutable", "--mode=skip-build"}, env
		}
		return []string{"install", "--mode=skip-build"}, env
	case Bun:
		if frozen {
			return []string{"install", "--frozen-lockfile", "--ignore-scripts"}, nil
		}
		return []string{"install", "--ignore-scripts"}, nil
	}
	return nil, nil
}
