package npm

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestParsePackumentPeople reads the full-packument fields release checks
// use: maintainers, _npmUser (object and string forms), time.unpublished.
func TestParsePackumentPeople(t *testing.T) {
	data := []byte(`{"name":"a",
	"maintainers":[{"name":"alice","email":"alice@example.com"},{"email":1},"bob <bob@example.com>"],
	"time":{"created":"2020-01-01T00:00:00.000Z","1.0.0":"2020-01-01T00:00:00.000Z",
	  "unpublished":{"time":"2024-05-01T00:00:00.000Z","versions":["1.0.0",2]}},
	"versions":{
	  "1.0.0":{"name":"a","version":"1.0.0","_npmUser":{"name":"alice","email":"alice@example.com"},
	    "maintainers":[{"name":"alice","email":"alice@example.com"}],"deprecated":"use b"},
	  "1.0.1":{"name":"a","version":"1.0.1","_npmUser":"mallory <m@example.net>","maintainers":"bad"},
	  "1.0.2":{"name":"a","version":"1.0.2","_npmUser":[1]}}}`)
	p, err := ParsePackument(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Person{{Name: "alice", Email: "alice@example.com"}, {Name: "bob", Email: "bob@example.com"}}, p.Maintainers); diff != "" {
		t.Errorf("maintainers (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(&Unpublished{Time: "2024-05-01T00:00:00.000Z", Versions: []string{"1.0.0"}}, p.Unpublished); diff != "" {
		t.Errorf("unpublished (-want +got):\n%s", diff)
	}
	if p.Time["1.0.0"] == "" || p.Time["unpublished"] != "" {
		t.Errorf("time = %v", p.Time)
	}
	got := map[string]Person{}
	for v, pv := range p.Versions {
		got[v] = pv.NpmUser
	}
	want := map[string]Person{"1.0.0": {Name: "alice", Email: "alice@example.com"}, "1.0.1": {Name: "mallory", Email: "m@example.net"}, "1.0.2": {}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("_npmUser (-want +got):\n%s", diff)
	}
	if len(p.Versions["1.0.0"].Maintainers) != 1 || p.Versions["1.0.1"].Maintainers != nil {
		t.Errorf("version maintainers: %+v %+v", p.Versions["1.0.0"].Maintainers, p.Versions["1.0.1"].Maintainers)
	}
	if string(p.Versions["1.0.0"].Deprecated) != `"use b"` {
		t.Errorf("deprecated = %s", p.Versions["1.0.0"].Deprecated)
	}
}
