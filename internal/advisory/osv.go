package advisory

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// MaxOSVSize caps one OSV JSON document (the largest npm entries are a few
// hundred KiB: long version lists).
const MaxOSVSize = 8 << 20

// ErrNotOSV is returned for a JSON document that is not an OSV entry.
var ErrNotOSV = errors.New("not an OSV entry")

// The OSV schema (https://ossf.github.io/osv-schema/), the fields depfence
// reads. Hand-written rather than github.com/ossf/osv-schema/bindings/go:
// that module is not among the measured dependencies, and these few
// structs let every field be decoded leniently (database_specific and
// ecosystem_specific are free-form in real databases).
type osvEntry struct {
	ID               string          `json:"id"`
	Modified         string          `json:"modified"`
	Withdrawn        string          `json:"withdrawn"`
	Aliases          []string        `json:"aliases"`
	Summary          string          `json:"summary"`
	Details          string          `json:"details"`
	Severity         []osvSeverity   `json:"severity"`
	Affected         []osvAffected   `json:"affected"`
	References       []osvReference  `json:"references"`
	DatabaseSpecific json.RawMessage `json:"database_specific"`
}

type osvSeverity struct {
	Type  string `json:"type"`
	Score string `json:"score"`
}

type osvAffected struct {
	Package struct {
		Ecosystem string `json:"ecosystem"`
		Name      string `json:"name"`
	} `json:"package"`
	Severity []osvSeverity `json:"severity"`
	Ranges   []struct {
		Type   string  `json:"type"`
		Events []Event `json:"events"`
	} `json:"ranges"`
	Versions []string `json:"versions"`
}

type osvReference struct {
	Type string `json:"type"`
	URL  string `json:"url"`
}

// dbSpecific is what GitHub's and npm's entries put in database_specific.
type dbSpecific struct {
	Severity string   `json:"severity"`
	CWEIDs   []string `json:"cwe_ids"`
}

// ParseOSV decodes one OSV JSON entry and returns one Advisory per npm
// package it affects (none for other ecosystems, or when withdrawn). The
// document is capped at MaxOSVSize.
func ParseOSV(data []byte) ([]Advisory, error) {
	if len(data) > MaxOSVSize {
		return nil, fmt.Errorf("%w: larger than %d bytes", ErrNotOSV, MaxOSVSize)
	}
	var e osvEntry
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	if err := dec.Decode(&e); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotOSV, err)
	}
	if e.ID == "" {
		return nil, fmt.Errorf("%w: no id", ErrNotOSV)
	}
	if len(e.ID) > 200 {
		return nil, fmt.Errorf("%w: id longer than 200 bytes", ErrNotOSV)
	}
	if e.Withdrawn != "" {
		return nil, nil
	}
	var ds dbSpecific
	_ = json.Unmarshal(e.DatabaseSpecific, &ds) // free-form: unreadable means absent
	title := strings.TrimSpace(e.Summary)
	if title == "" {
		title, _, _ = strings.Cut(strings.TrimSpace(e.Details), "\n")
	}
	url := ""
	for _, kind := range []string{"ADVISORY", "WEB", ""} {
		for _, r := range e.References {
			if url == "" && (kind == "" || r.Type == kind) && strings.HasPrefix(r.URL, "https://") {
				url = r.URL
			}
		}
	}
	if url == "" {
		url = "https://osv.dev/vulnerability/" + e.ID
	}
	byName := map[string]int{}
	var out []Advisory
	for _, af := range e.Affected {
		if af.Package.Ecosystem != "npm" || af.Package.Name == "" || len(af.Package.Name) > 214 {
			continue
		}
		i, ok := byName[af.Package.Name]
		if !ok {
			a := Advisory{ID: e.ID, Source: SourceOSV, Package: af.Package.Name, Title: clip(title, 500), URL: clip(url, 1000),
				Aliases: appendNew(nil, e.Aliases...), CWEs: clipAll(ds.CWEIDs), Severity: ParseSeverity(ds.Severity)}
			setCVSS(&a, e.Severity)
			out = append(out, a)
			i = len(out) - 1
			byName[af.Package.Name] = i
		}
		a := &out[i]
		if a.CVSSVector == "" {
			setCVSS(a, af.Severity)
		}
		found := false
		for _, r := range af.Ranges {
			if r.Type != "SEMVER" && r.Type != "ECOSYSTEM" {
				continue
			}
			var evs []Event
			for _, ev := range r.Events {
				if ev.Introduced != "" || ev.Fixed != "" || ev.LastAffected != "" {
					evs = append(evs, ev)
				}
			}
			if len(evs) > 0 {
				a.Ranges = append(a.Ranges, evs)
				found = true
			}
		}
		for _, v := range af.Versions {
			if v != "" && len(v) <= 256 {
				a.Versions = append(a.Versions, v)
				found = true
			}
		}
		if !found && len(af.Ranges) == 0 {
			// No ranges and no versions: every version (fail closed).
			a.Ranges = append(a.Ranges, []Event{{Introduced: "0"}})
		}
	}
	for i := range out {
		out[i].finish()
	}
	return out, nil
}

// setCVSS takes the first CVSS v3 vector from sevs (v4 vectors are kept
// when no v3 one exists, without a score).
func setCVSS(a *Advisory, sevs []osvSeverity) {
	for _, s := range sevs {
		if s.Type == "CVSS_V3" {
			if score, ok := CVSS3Score(s.Score); ok {
				a.CVSSVector, a.CVSSScore = clip(s.Score, 200), score
				return
			}
		}
	}
	for _, s := range sevs {
		if s.Type == "CVSS_V4" && a.CVSSVector == "" {
			a.CVSSVector = clip(s.Score, 200)
		}
	}
}
