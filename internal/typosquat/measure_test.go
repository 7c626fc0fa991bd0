package typosquat

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestMeasureCorpus measures false positives on a corpus of real, mostly
// unpopular npm names (name<TAB>version<TAB>downloads per line). It only
// runs when DEPFENCE_NPM_CORPUS names such a file:
//
//	DEPFENCE_NPM_CORPUS=/path/to/npm.tsv go test ./internal/typosquat -run TestMeasureCorpus -v
func TestMeasureCorpus(t *testing.T) {
	path := os.Getenv("DEPFENCE_NPM_CORPUS")
	if path == "" {
		t.Skip("DEPFENCE_NPM_CORPUS not set")
	}
	ix := mustDefault(t)
	if os.Getenv("DEPFENCE_MEASURE_LOW") != "" {
		b, err := EmbeddedList()
		if err != nil {
			t.Fatal(err)
		}
		pkgs, err := ParseList(strings.NewReader(string(b)))
		if err != nil {
			t.Fatal(err)
		}
		low := DefaultOptions()
		for k := range low.MinTarget {
			low.MinTarget[k] = 1
		}
		low.MinTargetStrict = 1
		ix = New(pkgs, low)
	}
	var dump *os.File
	if p := os.Getenv("DEPFENCE_MEASURE_DUMP"); p != "" {
		var err error
		if dump, err = os.Create(p); err != nil {
			t.Fatal(err)
		}
		defer dump.Close()
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	total, flagged := 0, 0
	byTech := map[Technique]int{}
	examples := map[Technique][]string{}
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 3 {
			continue
		}
		d, err := strconv.ParseInt(fs[2], 10, 64)
		if err != nil || d >= 50_000 {
			continue
		}
		if _, listed := ix.Downloads(fs[0]); listed {
			continue
		}
		total++
		if m, ok := ix.Check(fs[0]); ok {
			flagged++
			byTech[m.Technique]++
			if dump != nil {
				fmt.Fprintf(dump, "%s\t%s\t%s\t%d\t%d\n", m.Name, m.Target, m.Technique, m.TargetDownloads, m.Distance)
			}
			if len(examples[m.Technique]) < 15 {
				examples[m.Technique] = append(examples[m.Technique], fmt.Sprintf("%s->%s", m.Name, m.Target))
			}
		}
	}
	t.Logf("unlisted corpus names: %d, flagged: %d (%.2f%%)", total, flagged, 100*float64(flagged)/float64(total))
	var techs []string
	for k := range byTech {
		techs = append(techs, string(k))
	}
	sort.Strings(techs)
	for _, k := range techs {
		t.Logf("  %-20s %6d  e.g. %s", k, byTech[Technique(k)], strings.Join(examples[Technique(k)], " "))
	}
}
