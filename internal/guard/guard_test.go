package guard

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/policy"
)

// tree writes files (path -> content) under a new temp dir; a content
// starting with "->" makes a symlink to the rest (relative).
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, c := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if target, ok := strings.CutPrefix(c, "->"); ok {
			if err := os.Symlink(filepath.FromSlash(target), full); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.WriteFile(full, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func manifest(name, version, deps, scripts string) string {
	return `{"name":"` + name + `","version":"` + version + `","dependencies":{` + deps + `},"scripts":{` + scripts + `}}`
}

func TestInstalledAndOrder(t *testing.T) {
	tests := []struct {
		name      string
		files     map[string]string
		wantPaths []string // Installed, sorted by path
		wantOrder []string // names of packages with scripts, in run order
	}{
		{
			name: "hoisted_and_nested",
			files: map[string]string{
				"node_modules/a/package.json":                manifest("a", "1.0.0", `"b":"1","c":"2"`, `"postinstall":"x"`),
				"node_modules/b/package.json":                manifest("b", "1.0.0", `"c":"1"`, `"install":"x"`),
				"node_modules/c/package.json":                manifest("c", "1.0.0", ``, `"preinstall":"x"`),
				"node_modules/a/node_modules/c/package.json": manifest("c", "2.0.0", `"d":"1"`, `"postinstall":"x"`),
				"node_modules/d/package.json":                manifest("d", "1.0.0", ``, `"postinstall":"x"`),
				"node_modules/.bin/a":                        "#!/bin/sh",
				"node_modules/.package-lock.json":            "{}",
			},
			wantPaths: []string{"node_modules/a", "node_modules/a/node_modules/c", "node_modules/b", "node_modules/c", "node_modules/d"},
			// a needs b (needs c@1) and its own nested c@2 (needs d).
			wantOrder: []string{"d@1.0.0", "c@2.0.0", "c@1.0.0", "b@1.0.0", "a@1.0.0"},
		},
		{
			name: "pnpm_store",
			files: map[string]string{
				"node_modules/app": "->.pnpm/app@1.0.0/node_modules/app",
				"node_modules/.pnpm/app@1.0.0/node_modules/app/package.json":       manifest("app", "1.0.0", `"@s/lib":"1"`, `"postinstall":"x"`),
				"node_modules/.pnpm/app@1.0.0/node_modules/@s/lib":                 "->../../../@s+lib@1.0.0/node_modules/@s/lib",
				"node_modules/.pnpm/@s+lib@1.0.0/node_modules/@s/lib/package.json": manifest("@s/lib", "1.0.0", ``, `"install":"x"`),
				"node_modules/.pnpm/node_modules/@s/lib":                           "->../../@s+lib@1.0.0/node_modules/@s/lib",
				"node_modules/.modules.yaml":                                       "x",
			},
			wantPaths: []string{"node_modules/.pnpm/@s+lib@1.0.0/node_modules/@s/lib", "node_modules/.pnpm/app@1.0.0/node_modules/app"},
			wantOrder: []string{"@s/lib@1.0.0", "app@1.0.0"},
		},
		{
			name: "cycle_broken_by_path",
			files: map[string]string{
				"node_modules/x/package.json": manifest("x", "1.0.0", `"y":"1"`, `"postinstall":"x"`),
				"node_modules/y/package.json": manifest("y", "1.0.0", `"x":"1"`, `"postinstall":"x"`),
			},
			wantPaths: []string{"node_modules/x", "node_modules/y"},
			wantOrder: []string{"y@1.0.0", "x@1.0.0"},
		},
		{
			name: "workspace_link_and_outside_link_skipped",
			files: map[string]string{
				"packages/ws/package.json":                    manifest("ws", "1.0.0", ``, `"postinstall":"x"`),
				"packages/ws/node_modules/wsdep/package.json": manifest("wsdep", "1.0.0", ``, `"postinstall":"x"`),
				"node_modules/ws":                             "->../packages/ws",
				"node_modules/out":                            "->../../../../../../../../../../tmp",
				"node_modules/ok/package.json":                manifest("ok", "1.0.0", ``, ``),
			},
			wantPaths: []string{"node_modules/ok", "packages/ws/node_modules/wsdep"},
			wantOrder: []string{"wsdep@1.0.0"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := tree(t, tt.files)
			pkgs, err := Installed(context.Background(), root)
			if err != nil {
				t.Fatal(err)
			}
			var paths []string
			for _, p := range pkgs {
				paths = append(paths, p.Path)
			}
			if diff := cmp.Diff(tt.wantPaths, paths); diff != "" {
				t.Errorf("Installed paths (-want +got):\n%s", diff)
			}
			var order []string
			for _, p := range Order(pkgs, nil) {
				if p.HasScripts() {
					order = append(order, p.Name+"@"+p.Version)
				}
			}
			if diff := cmp.Diff(tt.wantOrder, order); diff != "" {
				t.Errorf("Order (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadPackageScriptsAndHash(t *testing.T) {
	tests := []struct {
		name        string
		files       map[string]string
		wantScripts map[string]string
		wantImplied bool
	}{
		{"explicit", map[string]string{"package.json": manifest("p", "1.0.0", ``, `"postinstall":"node a.js","test":"x","prepare":"y"`)}, map[string]string{"postinstall": "node a.js"}, false},
		{"binding_gyp_implies_rebuild", map[string]string{"package.json": manifest("p", "1.0.0", ``, ``), "binding.gyp": "{}"}, map[string]string{"install": NodeGypRebuild}, true},
		{"binding_gyp_with_preinstall", map[string]string{"package.json": manifest("p", "1.0.0", ``, `"preinstall":"x"`), "binding.gyp": "{}"}, map[string]string{"preinstall": "x"}, false},
		{"gypfile_false", map[string]string{"package.json": `{"name":"p","version":"1.0.0","gypfile":false}`, "binding.gyp": "{}"}, nil, false},
		{"bom_and_duplicate_keys", map[string]string{"package.json": "\ufeff" + `{"name":"p","version":"1.0.0","scripts":{"install":"a"},"scripts":{"install":"b"}}`}, map[string]string{"install": "b"}, false},
		{"blank_script_ignored", map[string]string{"package.json": manifest("p", "1.0.0", ``, `"install":"  "`)}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := tree(t, tt.files)
			p, err := readPackage(dir)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantScripts, p.Scripts); diff != "" {
				t.Errorf("scripts (-want +got):\n%s", diff)
			}
			if p.ImpliedGyp != tt.wantImplied {
				t.Errorf("ImpliedGyp = %v, want %v", p.ImpliedGyp, tt.wantImplied)
			}
		})
	}
	if _, err := readPackage(tree(t, map[string]string{"package.json": "{"})); err == nil {
		t.Error("malformed package.json: no error")
	}
}

func TestScriptHash(t *testing.T) {
	base := ScriptHash(map[string]string{"postinstall": "node a.js", "install": "x"}, false)
	if got := ScriptHash(map[string]string{"install": "x", "postinstall": "node a.js"}, false); got != base {
		t.Error("hash depends on map order")
	}
	different := map[string]string{
		"script_changed":  ScriptHash(map[string]string{"postinstall": "node b.js", "install": "x"}, false),
		"event_moved":     ScriptHash(map[string]string{"preinstall": "node a.js", "install": "x"}, false),
		"gyp_added":       ScriptHash(map[string]string{"postinstall": "node a.js", "install": "x"}, true),
		"script_removed":  ScriptHash(map[string]string{"postinstall": "node a.js"}, false),
		"boundary_shift":  ScriptHash(map[string]string{"postinstall": "node a.js\x00install", "install": ""}, false),
		"non_install_evt": ScriptHash(map[string]string{"postinstall": "node a.js", "install": "x", "prepare": "y"}, false),
	}
	for name, h := range different {
		want := name != "non_install_evt" // only install events count
		if (h != base) != want {
			t.Errorf("%s: hash changed = %v, want %v", name, h != base, want)
		}
	}
	if !strings.HasPrefix(base, "sha256:") || len(base) != len("sha256:")+64 {
		t.Errorf("hash %q is not sha256:<hex>", base)
	}
}

func TestDecide(t *testing.T) {
	s := policy.Scripts{
		Allow: []policy.ScriptEntry{
			{Package: "pinned@^1.0.0", Hash: "sha256:good"},
			{Package: "open"},
			{Package: "both"},
			{Package: "viaonly", Via: "parent"},
		},
		Deny: []policy.ScriptEntry{{Package: "both"}, {Package: "bad@2"}},
	}
	tests := []struct {
		name, pkg, version, hash string
		vias                     []string
		want                     Status
		unpinned                 bool
	}{
		{"pinned_match", "pinned", "1.2.0", "sha256:good", nil, Allowed, false},
		{"pinned_script_changed", "pinned", "1.3.0", "sha256:evil", nil, Changed, false},
		{"pinned_out_of_range", "pinned", "2.0.0", "sha256:good", nil, New, false},
		{"unpinned", "open", "9.9.9", "sha256:any", nil, Allowed, true},
		{"deny_wins", "both", "1.0.0", "sha256:any", nil, Denied, false},
		{"deny_range", "bad", "2.1.0", "", nil, Denied, false},
		{"deny_range_miss", "bad", "1.0.0", "", nil, New, false},
		{"unknown", "other", "1.0.0", "", nil, New, false},
		{"via_match", "viaonly", "1.0.0", "", []string{"parent>x"}, Allowed, true},
		{"via_miss", "viaonly", "1.0.0", "", []string{"other"}, New, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Decide(s, tt.pkg, tt.version, tt.hash, tt.vias)
			if d.Status != tt.want || d.Unpinned != tt.unpinned {
				t.Errorf("Decide = %s unpinned=%v, want %s unpinned=%v", d.Status, d.Unpinned, tt.want, tt.unpinned)
			}
			if (d.Entry == nil) != (tt.want == New) {
				t.Errorf("entry = %+v for status %s", d.Entry, d.Status)
			}
		})
	}
}

func TestScriptEnv(t *testing.T) {
	p := &Package{Name: "@s/p", Version: "1.2.3", Dir: "/proj/node_modules/@s/p"}
	base := []string{
		"PATH=/usr/bin:/bin",
		"HOME=/home/u",
		"npm_config_registry=https://r.example/",
		"npm_config_//r.example/:_authToken=SECRET1",
		"NPM_CONFIG__AUTH=SECRET2",
		"NODE_AUTH_TOKEN=SECRET3",
		"GITHUB_TOKEN=SECRET4",
		"AWS_SECRET_ACCESS_KEY=SECRET5",
		"npm_package_name=stale",
		"npm_lifecycle_event=stale",
		"INIT_CWD=/stale",
		"noequals",
		"HOME=/home/dup",
		"HOME=/home/u",
	}
	got := ScriptEnv(base, p, "postinstall", "node x.js", "/proj")
	want := []string{
		"HOME=/home/u",
		"INIT_CWD=/proj",
		"PATH=/proj/node_modules/@s/p/node_modules/.bin:/proj/node_modules/@s/node_modules/.bin:/proj/node_modules/.bin:/node_modules/.bin:/usr/bin:/bin",
		"npm_command=install",
		"npm_config_registry=https://r.example/",
		"npm_lifecycle_event=postinstall",
		"npm_lifecycle_script=node x.js",
		"npm_package_json=/proj/node_modules/@s/p/package.json",
		"npm_package_name=@s/p",
		"npm_package_version=1.2.3",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ScriptEnv (-want +got):\n%s", diff)
	}
	if strings.Contains(strings.Join(got, "\n"), "SECRET") {
		t.Error("a secret reached the script environment")
	}
}

func TestChooseSandbox(t *testing.T) {
	node20Help := "  --experimental-permission   enable the permission system\n  --allow-fs-read=...\n"
	node24Help := "  --permission                enable the permission model\n  --allow-fs-read=...\n"
	node25Help := node24Help + "  --allow-net                 allow network\n"
	fake := func(bwrapOK bool, help string) probe {
		return func(_ context.Context, name string, args ...string) ([]byte, error) {
			switch {
			case name == "bwrap" && bwrapOK:
				return nil, nil
			case name == "bwrap":
				return []byte("bwrap: No permissions to create new namespace"), errors.New("exit status 1")
			case name == "node" && args[0] == "--version":
				return []byte("v20.20.2\n"), nil
			case name == "node":
				return []byte(help), nil
			}
			return nil, errors.New("unexpected")
		}
	}
	tests := []struct {
		name     string
		want     Sandbox
		bwrapOK  bool
		help     string
		kind     Sandbox
		flag     string
		net      bool
		err      error
		noteHave string
	}{
		{"auto_bwrap", SandboxAuto, true, node20Help, SandboxBwrap, "", true, nil, "bubblewrap"},
		{"auto_falls_back_node20", SandboxAuto, false, node20Help, SandboxNode, "--experimental-permission", false, nil, "cannot block the network"},
		{"auto_falls_back_node24", SandboxAuto, false, node24Help, SandboxNode, "--permission", false, nil, "bubblewrap unusable"},
		{"node25_blocks_net", SandboxNode, false, node25Help, SandboxNode, "--permission", true, nil, "permission model"},
		{"bwrap_required", SandboxBwrap, false, node20Help, "", "", false, ErrSandbox, ""},
		{"no_node_permission", SandboxAuto, false, "  --inspect\n", "", "", false, ErrSandbox, ""},
		{"none", SandboxNoneUnsafe, false, "", SandboxNoneUnsafe, "", false, nil, "no sandbox"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := chooseSandbox(context.Background(), tt.want, fake(tt.bwrapOK, tt.help))
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if c.Kind != tt.kind || c.PermissionFlag != tt.flag || c.NetBlocked != tt.net || !strings.Contains(c.Note, tt.noteHave) {
				t.Errorf("got %+v, want kind %s flag %q net %v note containing %q", c, tt.kind, tt.flag, tt.net, tt.noteHave)
			}
		})
	}
}

func TestConfinementCommand(t *testing.T) {
	node := Confinement{Kind: SandboxNode, Node: "node", PermissionFlag: "--permission"}
	got, err := node.Command("node scripts/build.js --release", RunPaths{Project: "/p", Dir: "/p/node_modules/x", Tmp: "/tmp/t"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"node", "--permission", "--allow-fs-read=*", "--allow-fs-write=/p/node_modules/x", "--allow-fs-write=/tmp/t", "scripts/build.js", "--release"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("node argv (-want +got):\n%s", diff)
	}
	for _, script := range []string{NodeGypRebuild, "node a.js && curl x | sh", "node $(evil)", "sh install.sh", "node a.js; rm -rf /", "node a.js > /etc/x"} {
		if _, err := node.Command(script, RunPaths{Project: "/p", Dir: "/p", Tmp: "/t"}); !errors.Is(err, ErrNotNodeScript) {
			t.Errorf("node sandbox accepted %q (err %v)", script, err)
		}
	}
	proj := t.TempDir()
	writeFile(t, filepath.Join(proj, ".npmrc"), "//r/:_authToken=x\n")
	pkg := filepath.Join(proj, "node_modules", "x")
	bw, err := Confinement{Kind: SandboxBwrap}.Command("make", RunPaths{Project: proj, Dir: pkg, Tmp: "/tmp/t", Hide: []string{"/home/u"}})
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Join(bw, " ")
	for _, want := range []string{"--ro-bind / /", "--tmpfs /home/u --ro-bind " + proj + " " + proj, "--ro-bind /dev/null " + proj + "/.npmrc", "--bind " + pkg + " " + pkg, "--bind /tmp/t /tmp/t", "--unshare-net", "--chdir " + pkg, "-- /bin/sh -c make"} {
		if !strings.Contains(s, want) {
			t.Errorf("bwrap argv %q lacks %q", s, want)
		}
	}
	if i, j := slices.Index(bw, "--ro-bind"), slices.Index(bw, "--bind"); i > j {
		t.Error("the writable binds must come after the read-only root bind")
	}
}

func gitGraph(t *testing.T) *depgraph.Graph {
	t.Helper()
	g := depgraph.New("test")
	root := g.AddNode(&depgraph.Node{Name: "proj", Source: depgraph.Source{Kind: depgraph.SourceRoot}})
	g.AddRoot(root)
	mid := g.AddNode(&depgraph.Node{Name: "mid", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceRegistry}})
	git := g.AddNode(&depgraph.Node{Name: "gitdep", Version: "git+https://example.invalid/x.git#abc", Line: 7, Source: depgraph.Source{Kind: depgraph.SourceGit, URL: "git+https://example.invalid/x.git#abc"}})
	g.AddEdge(depgraph.Edge{From: root, To: mid, Name: "mid", Spec: "^1"})
	g.AddEdge(depgraph.Edge{From: mid, To: git, Name: "gitdep", Spec: "github:x/x"})
	g.Finalize()
	return g
}

func TestLockfileGate(t *testing.T) {
	g := gitGraph(t)
	tests := []struct {
		name    string
		s       policy.Scripts
		blocked bool
		reason  string
	}{
		{"unlisted", policy.Scripts{}, true, "depfence scripts allow gitdep"},
		{"allowed", policy.Scripts{Allow: []policy.ScriptEntry{{Package: "gitdep"}}}, false, ""},
		{"allowed_via", policy.Scripts{Allow: []policy.ScriptEntry{{Package: "gitdep", Via: "mid"}}}, false, ""},
		{"allowed_other_via", policy.Scripts{Allow: []policy.ScriptEntry{{Package: "gitdep", Via: "other"}}}, true, "prepare"},
		{"allowed_with_range", policy.Scripts{Allow: []policy.ScriptEntry{{Package: "gitdep@1"}}}, true, "prepare"},
		{"pinned_hash", policy.Scripts{Allow: []policy.ScriptEntry{{Package: "gitdep", Hash: "sha256:x"}}}, true, "remove the hash"},
		{"denied", policy.Scripts{Allow: []policy.ScriptEntry{{Package: "gitdep"}}, Deny: []policy.ScriptEntry{{Package: "gitdep"}}}, true, "denied"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := LockfileGate(g, tt.s)
			if (len(b) > 0) != tt.blocked {
				t.Fatalf("blocked = %+v, want blocked %v", b, tt.blocked)
			}
			if tt.blocked && (b[0].Name != "gitdep" || b[0].Line != 7 || !strings.Contains(b[0].Reason, tt.reason)) {
				t.Errorf("blocked = %+v, want gitdep line 7 with reason containing %q", b[0], tt.reason)
			}
		})
	}
}

func TestInstallStopsBeforePackageManager(t *testing.T) {
	dir := tree(t, map[string]string{
		"package.json":      `{"name":"p","version":"1.0.0","dependencies":{"a":"1.0.0"}}`,
		"package-lock.json": `{"name":"p","lockfileVersion":3,"requires":true,"packages":{"":{"name":"p","dependencies":{"a":"1.0.0"}},"node_modules/a":{"version":"1.0.0","resolved":"https://registry.npm.local/a/-/a-1.0.0.tgz","integrity":"sha512-AAAA","hasInstallScript":true}}}`,
	})
	// A client that must never run: executing it fails the install with an
	// operational error, which the test would see.
	never := []string{filepath.Join(dir, "no-such-client")}
	res, err := Install(context.Background(), Options{Dir: dir, Command: never, Sandbox: SandboxNoneUnsafe,
		Gate: func(context.Context) (bool, string, error) { return false, "1 critical finding", nil }})
	if err != nil || res.PMRan || res.Stopped != "policy gate" || res.GateSummary != "1 critical finding" || res.PM != NPM {
		t.Errorf("gate fail: res=%+v err=%v", res, err)
	}
	res, err = Install(context.Background(), Options{Dir: dir, Command: never, Sandbox: SandboxNoneUnsafe,
		Gate: func(context.Context) (bool, string, error) { return false, "", errors.New("registry down") }})
	if err == nil || res.PMRan || !strings.Contains(err.Error(), "registry down") {
		t.Errorf("gate error: res=%+v err=%v", res, err)
	}
	res, err = Install(context.Background(), Options{Dir: dir, Command: never, Sandbox: SandboxNoneUnsafe})
	if err == nil || !res.PMRan {
		t.Errorf("passing gate: the client should have been started (and failed): res=%+v err=%v", res, err)
	}
	if _, err := Install(context.Background(), Options{Dir: t.TempDir(), Command: never}); !errors.Is(err, ErrNoLockfile) {
		t.Errorf("no lockfile: err = %v, want ErrNoLockfile", err)
	}
}

func TestDetectPM(t *testing.T) {
	dir := tree(t, map[string]string{
		"classic/yarn.lock": "# THIS IS AN AUTOGENERATED FILE.\n# yarn lockfile v1\n",
		"berry/yarn.lock":   "__metadata:\n  version: 8\n",
	})
	tests := map[string]PM{
		"package-lock.json":   NPM,
		"npm-shrinkwrap.json": NPM,
		"pnpm-lock.yaml":      PNPM,
		"bun.lock":            Bun,
		"bun.lockb":           Bun,
		"classic/yarn.lock":   YarnClassic,
		"berry/yarn.lock":     YarnBerry,
	}
	for name, want := range tests {
		got, err := DetectPM(filepath.Join(dir, name))
		if err != nil || got != want {
			t.Errorf("DetectPM(%s) = %s, %v; want %s", name, got, err, want)
		}
	}
	if _, err := DetectPM("x/Gemfile.lock"); !errors.Is(err, ErrUnknownPM) {
		t.Errorf("unknown lockfile: err = %v", err)
	}
	for _, pm := range []PM{NPM, PNPM, YarnClassic, YarnBerry, Bun} {
		for _, frozen := range []bool{false, true} {
			args, env := InstallArgs(pm, frozen)
			all := strings.Join(append(args, env...), " ")
			if !strings.Contains(all, "--ignore-scripts") && !strings.Contains(all, "YARN_ENABLE_SCRIPTS=0") {
				t.Errorf("%s frozen=%v: %q does not disable scripts", pm, frozen, all)
			}
		}
	}
}

func TestListAndPropose(t *testing.T) {
	root := tree(t, map[string]string{
		"node_modules/a/package.json": manifest("a", "1.0.0", ``, `"postinstall":"node a.js"`),
		"node_modules/b/package.json": manifest("b", "1.0.0", ``, `"install":"node b.js"`),
		"node_modules/c/package.json": manifest("c", "1.0.0", ``, ``),
		"node_modules/d/package.json": manifest("d", "2.0.0", ``, `"preinstall":"node d.js"`),
	})
	pkgs, err := Installed(context.Background(), root)
	if err != nil {
		t.Fatal(err)
	}
	s := policy.Scripts{
		Allow: []policy.ScriptEntry{{Package: "a", Hash: pkgs[0].Hash}, {Package: "d", Hash: "sha256:old", Reason: "native"}},
		Deny:  []policy.ScriptEntry{{Package: "b"}},
	}
	g := gitGraph(t)
	items := List(g, pkgs, s)
	var got []string
	for _, it := range items {
		got = append(got, it.Name+":"+string(it.Status))
	}
	if diff := cmp.Diff([]string{"a:allowed", "b:denied", "d:changed", "gitdep:new"}, got); diff != "" {
		t.Errorf("List (-want +got):\n%s", diff)
	}
	props := Propose(items, false)
	var pg []string
	for _, p := range props {
		pg = append(pg, p.Kind.String()+":"+p.Entry.Package+":"+p.Entry.Hash)
	}
	if diff := cmp.Diff([]string{"deny:d:", "deny:gitdep:"}, pg); diff != "" {
		t.Errorf("Propose (-want +got):\n%s", diff)
	}
	props = Propose(items, true)
	if props[0].Kind != policy.ScriptAllow || props[0].Entry.Hash != pkgs[3].Hash || props[0].Entry.Package != "d" {
		t.Errorf("Propose(allow) re-approval = %+v", props[0])
	}
	if props[1].Kind != policy.ScriptDeny {
		t.Errorf("Propose(allow) for a git dependency whose script is unknown = %+v, want deny", props[1])
	}
}

func TestManifestGate(t *testing.T) {
	specs := map[string]bool{
		"git+https://example.invalid/x.git": true,
		"git://example.invalid/x.git":       true,
		"github:user/repo":                  true,
		"GitHub:user/repo":                  true,
		"user/repo":                         true,
		"user/repo#v1.2.3":                  true,
		"git@example.invalid:user/repo.git": true,
		"https://example.invalid/x.git#abc": true,
		"https://example.invalid/x.tgz":     false,
		"^1.2.3":                            false,
		">=1 <2":                            false,
		"npm:other@1":                       false,
		"file:../x":                         false,
		"./local":                           false,
		"workspace:*":                       false,
		"@scope/name":                       false,
		"latest":                            false,
	}
	for spec, want := range specs {
		if got := isGitSpec(spec); got != want {
			t.Errorf("isGitSpec(%q) = %v, want %v", spec, got, want)
		}
	}
	dir := tree(t, map[string]string{"package.json": `{"name":"p","dependencies":{"a":"^1","g":"github:u/g"},"devDependencies":{"h":"u/h#main"}}`})
	b, err := ManifestGate(dir, policy.Scripts{Allow: []policy.ScriptEntry{{Package: "h"}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(b) != 1 || b[0].Name != "g" || !strings.Contains(b[0].Reason, "prepare") {
		t.Errorf("ManifestGate = %+v, want g blocked", b)
	}
	if b, err := ManifestGate(t.TempDir(), policy.Scripts{}); err != nil || b != nil {
		t.Errorf("no package.json: %v, %v", b, err)
	}
}

func TestGypEnv(t *testing.T) {
	home := tree(t, map[string]string{".cache/node-gyp/20.20.2/include/node/node.h": "//"})
	paths := RunPaths{Tmp: "/tmp/t", Hide: []string{home}}
	env := gypEnv([]string{"PATH=/usr/bin"}, &paths)
	cache := filepath.Join(home, ".cache", "node-gyp")
	if !slices.Contains(env, "npm_config_devdir="+cache) || !slices.Equal(paths.Expose, []string{cache}) {
		t.Errorf("cached headers: env %q expose %q", env, paths.Expose)
	}
	paths = RunPaths{Tmp: "/tmp/t", Hide: []string{home}}
	env = gypEnv([]string{"PATH=/usr/bin", "npm_config_nodedir=/usr/include/node"}, &paths)
	if slices.ContainsFunc(env, func(kv string) bool { return strings.HasPrefix(kv, "npm_config_devdir=") }) || len(paths.Expose) != 0 {
		t.Errorf("user nodedir must win: env %q expose %q", env, paths.Expose)
	}
	paths = RunPaths{Tmp: "/tmp/t"}
	if env := gypEnv([]string{"PATH=/usr/bin"}, &paths); !slices.Contains(env, "npm_config_devdir=/tmp/t/.node-gyp") {
		t.Errorf("no cache: env %q", env)
	}
}
