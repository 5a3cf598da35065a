package pyconformance_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/parsers/flask"
	"github.com/corslint/corslint/policy"
)

// minCases is the floor the suite promises (GitHub issue 5, item 7).
const minCases = 25

// TestConformance runs every case under the real library and under
// corslint's parser + policy.Evaluate, probe by probe. The parser models the
// library versions the harness reports, so that conformance proves the
// release it can run (README.md).
func TestConformance(t *testing.T) {
	names, specs := loadCases(t)
	if len(names) < minCases {
		t.Fatalf("%d cases, want at least %d", len(names), minCases)
	}
	out := runHarness(t)
	t.Logf("python %s, %v", out.Python, out.Versions)
	parser := flask.Parser{
		FlaskCorsVersion:         out.Versions["flask-cors"],
		DjangoCorsHeadersVersion: out.Versions["django-cors-headers"],
	}
	var probes, compared, passed, equivalent, known int
	for _, name := range names {
		spec := specs[name]
		t.Run(name, func(t *testing.T) {
			res, ok := out.Cases[name]
			if !ok {
				t.Fatalf("harness did not run the case")
			}
			if res.Error != "" {
				t.Fatalf("harness could not run the case:\n%s", res.Error)
			}
			if len(res.Probes) != len(spec.Probes) {
				t.Fatalf("harness answered %d probes, the sidecar lists %d", len(res.Probes), len(spec.Probes))
			}
			pols := parse(t, parser, name)
			src, err := os.ReadFile(filepath.Join(casesDir, name+".py"))
			if err != nil {
				t.Fatalf("reading source: %v", err)
			}
			for i, pr := range spec.Probes {
				probes++
				lib := res.Probes[i]
				for k := range pr.Known {
					if !knownAspect(k) {
						t.Errorf("probe %d %q: unknown aspect %q in known", i, pr.Name, k)
					}
				}
				p, err := pick(spec.Framework, pols, src, pr.Path)
				if err != nil {
					t.Fatalf("probe %d %q: %v", i, pr.Name, err)
				}
				r := request(pr)
				var model policy.Response
				if p != nil {
					model = policy.Evaluate(p, r)
				}
				if model.Unknown {
					t.Errorf("probe %d %q: the model cannot evaluate the policy (%s)", i, pr.Name, p.Origins.Note)
					continue
				}
				if pr.Library != nil && !sameFields(*pr.Library, lib.Headers) {
					t.Errorf("probe %d %q: library sent %v, the sidecar pins %v", i, pr.Name, lib.Headers, *pr.Library)
				}
				o := compare(lib, model, r, pr.Known)
				if pr.Unmodelled != "" {
					t.Logf("probe %d %q (not compared: %s): library %d %v, model %v",
						i, pr.Name, pr.Unmodelled, lib.Status, lib.Headers, model.Headers)
					continue
				}
				compared++
				for _, e := range o.equivalent {
					equivalent++
					t.Logf("probe %d %q: browser-equivalent %s", i, pr.Name, e)
				}
				for _, k := range o.known {
					known++
					t.Logf("probe %d %q: known difference %s", i, pr.Name, k)
				}
				if o.failed() {
					t.Errorf("probe %d %q (%s %s, Origin %q):\n  %s\n  library: %d %v\n  model:   %d %v (scope %s)",
						i, pr.Name, pr.Method, pr.Path, pr.Origin,
						strings.Join(append(o.diffs, o.stale...), "\n  "),
						lib.Status, lib.Headers, model.Status, model.Headers, scopeOf(p))
					continue
				}
				passed++
			}
		})
	}
	t.Logf("%d cases, %d probes, %d compared, %d passed (%d browser-equivalent differences, %d known differences)",
		len(names), probes, compared, passed, equivalent, known)
}

// parse reads a case with the real corslint parser, through Claim as a
// scan would.
func parse(t *testing.T, parser flask.Parser, name string) []policy.Policy {
	t.Helper()
	rel := name + ".py"
	data, err := os.ReadFile(filepath.Join(casesDir, rel))
	if err != nil {
		t.Fatalf("reading case: %v", err)
	}
	if !parser.Claim(rel, data) {
		t.Fatalf("the %s parser does not claim %s", parser.Name(), rel)
	}
	pols, notices := parser.Parse(parsers.File{Path: rel, Data: data, Named: true})
	for _, n := range notices {
		if n.Level == policy.LevelError {
			t.Errorf("parser notice: %s", n.Message)
		}
	}
	return pols
}

// request is the policy.Request a browser's probe amounts to.
func request(pr probe) policy.Request {
	r := policy.Request{
		Origin:         pr.Origin,
		Method:         pr.Method,
		Credentials:    pr.Cookie,
		PrivateNetwork: pr.PrivateNetwork,
	}
	if strings.EqualFold(pr.Method, "OPTIONS") && pr.RequestMethod != "" {
		r.Preflight = true
		r.Method = pr.RequestMethod
		r.Headers = pr.RequestHeaders
	}
	return r
}

// sameFields compares header fields in order, names case-insensitively and
// values byte for byte.
func sameFields(a, b [][2]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !strings.EqualFold(a[i][0], b[i][0]) || a[i][1] != b[i][1] {
			return false
		}
	}
	return true
}

func scopeOf(p *policy.Policy) string {
	if p == nil {
		return "none: no policy covers the path"
	}
	return p.Scope
}
