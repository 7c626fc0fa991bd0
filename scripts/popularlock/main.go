// Command popularlock writes a package-lock.json whose packages are the
// latest versions of a slice of the popularity list (most downloaded
// first), top-level only, so that `depfence scan` can measure false
// positives on popular code beyond the real-world fixtures:
//
//	go run ./scripts/popularlock -from 0 -to 3000 -out /tmp/pop
//	depfence scan /tmp/pop --format json > /tmp/pop/scan.json
//
// Names under @types/ (declarations, no code) are skipped. Versions and
// tarball URLs come from the registry npm is configured with (npm config
// get registry); names it does not serve are reported and left out.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

func main() {
	list := flag.String("list", "../shared/data/npm-popular.tsv", "popularity list: name<TAB>downloads, header first")
	from := flag.Int("from", 0, "first rank (0-based) after @types/ names are dropped")
	to := flag.Int("to", 3000, "rank after the last")
	out := flag.String("out", "", "directory to write package.json and package-lock.json into")
	workers := flag.Int("j", 16, "packuments fetched at once")
	flag.Parse()
	if *out == "" || *from < 0 || *to <= *from {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*list, *from, *to, *out, *workers); err != nil {
		fmt.Fprintln(os.Stderr, "popularlock:", err)
		os.Exit(1)
	}
}

func run(list string, from, to int, out string, workers int) error {
	names, err := readNames(list, from, to)
	if err != nil {
		return err
	}
	reg, err := npmRegistry()
	if err != nil {
		return err
	}
	type entry struct{ version, tarball, integrity string }
	entries := make([]entry, len(names))
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, workers))
	client := &http.Client{Timeout: 60 * time.Second}
	for i, name := range names {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			v, t, in, err := latest(client, reg, name)
			if err != nil {
				fmt.Fprintf(os.Stderr, "skip %s: %v\n", name, err)
				return
			}
			entries[i] = entry{v, t, in}
		}()
	}
	wg.Wait()
	deps := map[string]string{}
	pkgs := map[string]any{}
	for i, name := range names {
		e := entries[i]
		if e.version == "" {
			continue
		}
		deps[name] = e.version
		pkgs["node_modules/"+name] = map[string]string{"version": e.version, "resolved": e.tarball, "integrity": e.integrity}
	}
	pkgs[""] = map[string]any{"name": "popular", "version": "1.0.0", "dependencies": deps}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	manifest := map[string]any{"name": "popular", "version": "1.0.0", "private": true, "dependencies": deps}
	lock := map[string]any{"name": "popular", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": pkgs}
	for file, v := range map[string]any{"package.json": manifest, "package-lock.json": lock} {
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, file), append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("%s: %d of %d names locked\n", out, len(deps), len(names))
	return nil
}

// readNames returns the names ranked [from, to) of the list, @types/ left out.
func readNames(path string, from, to int) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	rank := 0
	for line := 0; sc.Scan(); line++ {
		name, _, _ := strings.Cut(sc.Text(), "\t")
		if line == 0 || name == "" || strings.HasPrefix(name, "@types/") {
			continue
		}
		if rank >= from && rank < to {
			names = append(names, name)
		}
		rank++
	}
	return names, sc.Err()
}

// npmRegistry asks npm for the registry it is configured with.
func npmRegistry() (string, error) {
	out, err := exec.Command("npm", "config", "get", "registry").Output()
	if err != nil {
		return "", fmt.Errorf("npm config get registry: %w", err)
	}
	reg := strings.TrimRight(strings.TrimSpace(string(out)), "/")
	if _, err := url.Parse(reg); err != nil || reg == "" {
		return "", fmt.Errorf("npm's registry %q is not a URL", reg)
	}
	return reg, nil
}

// latest returns the latest version's number, tarball and integrity from
// the abbreviated packument.
func latest(client *http.Client, reg, name string) (string, string, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, reg+"/"+strings.Replace(name, "/", "%2f", 1), nil)
	if err != nil {
		return "", "", "", err
	}
	req.Header.Set("Accept", "application/vnd.npm.install-v1+json")
	resp, err := client.Do(req)
	if err != nil {
		return "", "", "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", "", "", fmt.Errorf("packument: %s", resp.Status)
	}
	var doc struct {
		DistTags map[string]string `json:"dist-tags"`
		Versions map[string]struct {
			Dist struct {
				Tarball   string `json:"tarball"`
				Integrity string `json:"integrity"`
			} `json:"dist"`
		} `json:"versions"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(nil, resp.Body, 256<<20)).Decode(&doc); err != nil {
		return "", "", "", fmt.Errorf("packument: %w", err)
	}
	v := doc.DistTags["latest"]
	d, ok := doc.Versions[v]
	if v == "" || !ok || d.Dist.Tarball == "" || d.Dist.Integrity == "" {
		return "", "", "", errors.New("no latest version with a tarball and an integrity")
	}
	return v, d.Dist.Tarball, d.Dist.Integrity, nil
}
