package release

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/npm"
)

// BenchmarkRules runs every release rule over 500 locked packages whose
// full packuments have 300 versions each.
func BenchmarkRules(b *testing.B) {
	const pkgs, versions = 500, 300
	d := map[string]*npm.Packument{}
	var locked []string
	for i := range pkgs {
		name := fmt.Sprintf("pkg-%03d", i)
		var vs, ts []string
		for v := range versions {
			ver := fmt.Sprintf("%d.%d.%d", v/100, (v/10)%10, v%10)
			day := fmt.Sprintf("20%02d-%02d-%02dT00:00:00.000Z", 10+v/36, 1+(v/3)%12, 1+v%28)
			vs = append(vs, fmt.Sprintf(`%q:{"name":%q,"version":%q,"_npmUser":{"name":"alice"},"maintainers":[{"name":"alice"}],"dependencies":{"dep-%d":"^1.0.0"}}`, ver, name, ver, v%7))
			ts = append(ts, fmt.Sprintf("%q:%q", ver, day))
		}
		raw := fmt.Sprintf(`{"name":%q,"versions":{%s},"time":{"created":"2010-01-01T00:00:00.000Z",%s},"maintainers":[{"name":"alice"}]}`,
			name, strings.Join(vs, ","), strings.Join(ts, ","))
		p, err := npm.ParsePackument([]byte(raw))
		if err != nil {
			b.Fatal(err)
		}
		d[name] = p
		locked = append(locked, name+"@2.9.9")
	}
	g := graph(locked...)
	b.ResetTimer()
	for b.Loop() {
		tg := target(g, d)
		for _, r := range Rules() {
			if err := r.CheckGraph(context.Background(), tg, &collect{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
