package express

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

const jsTestdataDir = "../../testdata/js"

var wantComment = regexp.MustCompile(`//\s*want((?:\s+CORS\d{3})+)`)

// noticeCases are the cases that must give tool notices (and only they).
var noticeCases = map[string]bool{
	"express_syntax_error.js":        true,
	"express_unknown_callback_ok.js": true,
	// An origin list from a parameter next to a readable localhost check.
	"blind3_fastify_localhost_regex.ts": true,
	// Origins looked up in a database per request.
	"blind4_fastify_tenant_lookup_ok.ts": true,
	// Per-tenant origins from a database, assigned inside a try block.
	"blind8_express_cors_dynamic_db_ok.js": true,
	// Exact membership in a list read from a runtime config object.
	"blind9_express_some_exact_ok.ts": true,
}

// crossFileLines parses every file of the tree cases with a reader of the
// repository, and returns the lines, per file, that policies read from
// other files of the tree give spans on (an allow-list module required by
// the options module: crossfile.go), or that need the tree to be read at
// all (a package.json declaring the socket.io release).
func crossFileLines(t *testing.T, files []string) map[string]map[int]bool {
	t.Helper()
	read := func(rel string) ([]byte, error) {
		return os.ReadFile(filepath.Join(jsTestdataDir, "..", "..", filepath.FromSlash(rel)))
	}
	out := map[string]map[int]bool{}
	for _, name := range files {
		relName, err := filepath.Rel(jsTestdataDir, name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(filepath.ToSlash(relName), "/") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		rel := "testdata/js/" + filepath.ToSlash(relName)
		ps, _ := New().Parse(parsers.File{Path: rel, Data: data, Read: read})
		for _, sp := range allSpans(ps) {
			// Spans in the file itself count too: what a file means can
			// depend on the tree (socket.io 2 declared in package.json).
			if !sp.IsZero() {
				if out[sp.File] == nil {
					out[sp.File] = map[int]bool{}
				}
				out[sp.File][sp.Start.Line] = true
			}
		}
	}
	return out
}

// TestSourceCases checks the parser's side of the annotated JS/TS cases (the
// rules' side is the scan harness's): every case is claimed (minified
// bundles aside) and parses, notices appear only where expected, and every
// wanted line carries a span of some policy, so findings can land there.
func TestSourceCases(t *testing.T) {
	files := caseFiles(t)
	if len(files) < 40 {
		t.Fatalf("%d cases, want at least 40", len(files))
	}
	clean := 0
	treeWants := map[string]int{} // tree case -> wanted findings in all its files
	cross := crossFileLines(t, files)
	for _, name := range files {
		// A tree case (vite_server_ok/vite.config.ts) is named by its folder.
		relName, err := filepath.Rel(jsTestdataDir, name)
		if err != nil {
			t.Fatal(err)
		}
		relName = filepath.ToSlash(relName)
		base, _, tree := strings.Cut(relName, "/")
		if strings.Contains(base, "_ok") {
			clean++
		}
		if tree {
			treeWants[base] += 0
		}
		t.Run(relName, func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			rel := "testdata/js/" + relName
			if strings.Contains(base, ".min.") {
				if (Parser{}).Claim(rel, data) {
					t.Fatal("minified bundle claimed")
				}
				return
			}
			if !sourceFile(rel) {
				t.Fatalf("not a source file name")
			}
			ps, notes := New().Parse(parsers.File{Path: rel, Data: data})
			if noticeCases[base] != (len(notes) > 0) {
				t.Errorf("notices %+v", notes)
			}
			lines := spanLines(ps)
			want := wantedLines(data)
			if tree {
				// A tree case is clean or not as a whole (checked below):
				// a monorepo holds files without findings.
				treeWants[base] += len(want)
			} else if strings.Contains(base, "_ok") != (len(want) == 0) {
				t.Errorf("case naming: %d wanted findings", len(want))
			}
			if len(want) > 0 && !(Parser{}).Claim(rel, data) {
				t.Errorf("not claimed")
			}
			for _, l := range want {
				if !lines[l] && !cross[rel][l] {
					t.Errorf("wanted line %d carries no span of the policies", l)
				}
			}
			for _, s := range allSpans(ps) {
				if !s.IsZero() && s.File != rel {
					t.Errorf("span in file %q", s.File)
				}
			}
		})
	}
	for base, n := range treeWants {
		if strings.Contains(base, "_ok") != (n == 0) {
			t.Errorf("case naming: tree case %s has %d wanted findings", base, n)
		}
	}
	if 3*clean < len(files) {
		t.Errorf("%d clean cases of %d, want at least a third", clean, len(files))
	}
}

func wantedLines(data []byte) []int {
	var out []int
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		if wantComment.MatchString(sc.Text()) {
			out = append(out, n)
		}
	}
	return out
}

func TestClaimSource(t *testing.T) {
	long := "const cors = require('cors');\n" + strings.Repeat("x", maxLineLen+1) + "\n"
	tests := []struct {
		path, src string
		want      bool
	}{
		{"app.js", "app.use(cors())", true},
		{"src/main.ts", "app.enableCors()", true},
		{"src/server.mjs", "import cors from 'cors'", true},
		{"x.cjs", "res.setHeader('Access-Control-Allow-Origin', '*')", true},
		{"x.tsx", "res.setHeader('access-control-allow-origin', '*')", true},
		{"x.mts", "CORS", true},
		{"x.js", "app.get('/', h)", false},
		{"dist/app.min.js", "app.use(cors())", false},
		{"types/index.d.ts", "declare function cors(): void", false},
		{"bundle.js", long, false},
		{"big.js", "cors" + strings.Repeat("\n", maxSourceSize), false},
		{"app.py", "cors", false},
	}
	for _, tt := range tests {
		if got := (Parser{}).Claim(tt.path, []byte(tt.src)); got != tt.want {
			t.Errorf("Claim(%s) = %v, want %v", tt.path, got, tt.want)
		}
		if tt.want && !hasKeyword([]byte(tt.src)) {
			t.Errorf("%s: claimed without a keyword", tt.path)
		}
	}
}

func hasKeyword(data []byte) bool {
	for _, k := range (Parser{}).Keywords() {
		if bytes.Contains(data, k) {
			return true
		}
	}
	return false
}

func TestDevPath(t *testing.T) {
	for p, want := range map[string]bool{
		"src/dev/server.js": true, "config/development.ts": true, "server.local.js": true,
		"test/app.js": true, "src/app.test.ts": true, "testdata/js/x.js": false,
		"src/devices.js": false, "src/server.js": false,
	} {
		if got := devPath(p); got != want {
			t.Errorf("devPath(%s) = %v, want %v", p, got, want)
		}
	}
}

// FuzzParseSource: no input panics (a recovered panic would show as an
// internal-error notice), and every span lies inside the file.
func FuzzParseSource(f *testing.F) {
	for _, name := range caseFiles(f) {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("const a = b; const b = a; app.use(cors({origin: a}))"))
	f.Add([]byte("app.use(cors({origin: (o, cb) => cb(null, [[[/x/]]])}))"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, notes := New().Parse(parsers.File{Path: "x.ts", Data: data})
		for _, n := range notes {
			if strings.Contains(n.Message, "internal error") {
				t.Fatalf("panic: %s", n.Message)
			}
		}
		nlines := bytes.Count(data, []byte("\n")) + 1
		for _, s := range allSpans(ps) {
			if s.IsZero() {
				continue
			}
			if s.File != "x.ts" || s.Start.Line > nlines || s.End.Line > nlines || s.Start.Col < 1 || s.End.Line < s.Start.Line {
				t.Fatalf("bad span %+v", s)
			}
		}
	})
}

// parseJSOne parses a snippet and returns its only policy.
func parseJSOne(t *testing.T, path, src string) policy.Policy {
	t.Helper()
	ps, notes := New().Parse(parsers.File{Path: path, Data: []byte(src)})
	if len(ps) != 1 {
		t.Fatalf("%d policies for %s (notices %+v), want 1", len(ps), src, notes)
	}
	return ps[0]
}

// TestEvalBudget: names that use other names twice would make evaluation
// exponential without the step budget.
func TestEvalBudget(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("const cors = require('cors');\nconst a0 = 'https://a.example.com';\n")
	for i := 1; i < 45; i++ {
		fmt.Fprintf(&sb, "const a%d = [a%d, a%d];\n", i, i-1, i-1)
	}
	sb.WriteString("app.use(cors({ origin: a44 }));\n")
	sb.WriteString("app.use(cors({ origin: (o, cb) => cb(null, a44.includes(o)) }));\n")
	ps, _ := New().Parse(parsers.File{Path: "a.js", Data: []byte(sb.String())})
	if len(ps) != 2 {
		t.Fatalf("%d policies", len(ps))
	}
}

// caseFiles lists the files of the JS/TS cases, those of tree cases too.
func caseFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(jsTestdataDir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		// Tree cases may hold files that are context, not source
		// (package.json, which decides the @koa/cors version).
		inTree := filepath.Dir(p) != filepath.Clean(jsTestdataDir)
		if !d.IsDir() && !(inTree && !sourceFile(filepath.ToSlash(p))) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
