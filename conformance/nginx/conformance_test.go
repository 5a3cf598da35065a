// Package nginxconf proves corslint's nginx model against the real nginx: for
// every case in cases/ (an http-context fragment, as in conf.d/) it starts
// Debian's nginx with the headers-more module on a free loopback port,
// sends the case's probes (NAME.probes.json) and compares the real CORS
// headers with what policy.Evaluate predicts for the policy parsers/nginx
// builds from the same file (design.md "Tests: Conformance"; semantics.md 2).
//
// A case is NAME.conf, included inside http {} by a wrapper nginx.conf
// (server_test.go), with NAME.probes.json beside it. Servers write `listen
// 80;`, which the harness moves to the test port. `root html;` serves the
// files in htmlFiles; `proxy_pass http://backend;` reaches an upstream that
// answers /…/status/NNN with that status (an application's 4xx/5xx);
// `include snippets/x.conf` reads cases/snippets/. The policy a probe is
// compared with is chosen by routing the request as nginx does (route_test.go)
// and deciding the block's `if`s (pick_test.go).
//
// .ci/run installs nginx-light and libnginx-mod-http-headers-more-filter and
// sets CORSLINT_CONFORMANCE=1, under which a missing nginx fails the test
// instead of skipping it.
package nginxconf

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/parsers/nginx"
	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

// minCases is issue 4's floor for this suite.
const minCases = 25

// probe is one request of a case.
type probe struct {
	Name   string `json:"name"`
	Method string `json:"method"`
	Path   string `json:"path"`
	// Host selects a server by server_name (default: the first server).
	Host   string `json:"host"`
	Origin string `json:"origin"`
	// RequestMethod and RequestHeaders make an OPTIONS probe a preflight
	// (Access-Control-Request-Method/-Headers as a browser sends them).
	RequestMethod  string   `json:"requestMethod"`
	RequestHeaders []string `json:"requestHeaders"`
	// Credentials is the browser's credentials mode include: a cookie is
	// sent with actual requests.
	Credentials bool `json:"credentials"`
	// ExpectStatus is the status the request gets from what serves it (a
	// missing file, the backend's /status/NNN): Evaluate needs it to apply
	// add_header's status list. 0 means 200. The real status must match.
	ExpectStatus int `json:"expectStatus"`
	// Branch names the `if (...)` head (as in the policy's scope) whose
	// configuration answers the request, or "-" for the block itself.
	// Needed only for conditions pick cannot decide.
	Branch string `json:"branch"`
	// Known marks a difference the model cannot express, with the reason:
	// the probe must still differ from the prediction (else the marker is
	// stale and the test fails), and it is logged, never counted as a pass.
	Known string `json:"known"`
	// Witnesses repeats the probe with every attacker candidate corslint's
	// witness search builds for the chosen policy (rules.Candidates), so
	// regexes are tried on the origins that matter.
	Witnesses bool `json:"witnesses"`
}

func (pr probe) preflight() bool {
	return strings.EqualFold(pr.Method, http.MethodOptions) && pr.RequestMethod != ""
}

type testCase struct {
	name     string
	src      string
	tree     []*node
	policies []policy.Policy
	probes   []probe
}

func TestNginxConformance(t *testing.T) {
	bin := requireNginx(t)
	cases := loadCases(t, "cases")
	if len(cases) < minCases {
		t.Fatalf("only %d cases in cases/, want at least %d", len(cases), minCases)
	}
	client := &http.Client{
		Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
	snippets := filepath.Join("cases", "snippets")
	total, ignored, known := 0, 0, 0
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := startNginx(t, bin, c.src, snippets)
			base := "http://127.0.0.1:" + strconv.Itoa(srv.port)
			for i, pr := range c.probes {
				name := pr.Name
				if name == "" {
					name = strconv.Itoa(i)
				}
				t.Run(name, func(t *testing.T) {
					scope, err := route(c.tree, pr.Host, pr.Path)
					if err != nil {
						t.Fatal(err)
					}
					p, err := pick(c.policies, scope, pr)
					if err != nil {
						t.Fatal(err)
					}
					for _, pr := range expand(pr, p) {
						total++
						// A witness origin may take another branch
						// (an origin if it fails).
						p, err := pick(c.policies, scope, pr)
						if err != nil {
							t.Fatal(err)
						}
						got, err := send(client, base, pr)
						if err != nil {
							t.Fatal(err)
						}
						diffs, n := compare(p, pr, got)
						ignored += n
						where := "no policy"
						if p != nil {
							where = "policy " + strconv.Quote(p.Scope)
						}
						if pr.Known != "" {
							known++
							if len(diffs) == 0 {
								t.Errorf("marked known (%s) but real nginx now agrees with the prediction: drop the marker", pr.Known)
							}
							for _, d := range diffs {
								t.Logf("known difference (%s): origin %q (%s): %s", pr.Known, pr.Origin, where, d)
							}
							continue
						}
						for _, d := range diffs {
							t.Errorf("origin %q (%s): %s", pr.Origin, where, d)
						}
					}
				})
			}
		})
	}
	t.Logf("%d cases, %d probes against %s (%d known differences the model cannot express); %d headers browsers ignore were checked loosely",
		len(cases), total, nginxVersion(bin), known, ignored)
}

// requireNginx returns the nginx binary, or fails (CORSLINT_CONFORMANCE=1)
// or skips when nginx or the headers-more module is missing.
func requireNginx(t *testing.T) string {
	t.Helper()
	strict := os.Getenv("CORSLINT_CONFORMANCE") == "1"
	missing := func(format string, args ...any) {
		t.Helper()
		msg := fmt.Sprintf(format, args...)
		if strict {
			t.Fatalf("CORSLINT_CONFORMANCE=1 but %s", msg)
		}
		t.Skipf("%s (set CORSLINT_CONFORMANCE=1 to make this a failure)", msg)
	}
	bin, err := exec.LookPath("nginx")
	if err != nil {
		// Debian installs it in /usr/sbin, outside a normal user's PATH.
		if _, serr := os.Stat("/usr/sbin/nginx"); serr != nil {
			missing("nginx is not installed (apt-get install nginx-light): %v", err)
		}
		bin = "/usr/sbin/nginx"
	}
	if _, err := os.Stat(headersMore); err != nil {
		missing("the headers-more module is not installed (apt-get install libnginx-mod-http-headers-more-filter): %v", err)
	}
	return bin
}

// nginxVersion is `nginx -v`'s answer, for the log.
func nginxVersion(bin string) string {
	out, err := exec.Command(bin, "-v").CombinedOutput()
	if err != nil {
		return "nginx (version unknown: " + err.Error() + ")"
	}
	return strings.TrimPrefix(strings.TrimSpace(string(out)), "nginx version: ")
}

// loadCases reads every NAME.conf with its NAME.probes.json and parses it
// with corslint's nginx parser, with cases/ as the scan root (so the
// snippets/ includes resolve as they do for nginx).
func loadCases(t *testing.T, dir string) []testCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.conf"))
	if err != nil {
		t.Fatal(err)
	}
	root := os.DirFS(dir)
	var cases []testCase
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".conf")
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(filepath.Join(dir, name+".probes.json"))
		if err != nil {
			t.Fatalf("case %s has no probes: %v", name, err)
		}
		c := testCase{name: name, src: string(data)}
		if err := json.Unmarshal(raw, &c.probes); err != nil {
			t.Fatalf("%s.probes.json: %v", name, err)
		}
		if len(c.probes) == 0 {
			t.Fatalf("%s.probes.json holds no probe", name)
		}
		for _, pr := range c.probes {
			if strings.EqualFold(pr.Method, http.MethodOptions) && pr.RequestMethod == "" {
				t.Fatalf("%s: OPTIONS probe %q needs a requestMethod (the model's preflight)", name, pr.Name)
			}
			if pr.Known != "" && pr.Witnesses {
				t.Fatalf("%s: probe %q: a known difference cannot ask for witnesses", name, pr.Name)
			}
		}
		if c.tree, err = scanConfig(c.src); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var notices []policy.Notice
		c.policies, notices = nginx.New().Parse(parsers.File{
			Path:  filepath.Base(f),
			Data:  data,
			Named: true,
			Read:  func(rel string) ([]byte, error) { return fs.ReadFile(root, rel) },
			Glob:  func(p string) ([]string, error) { return fs.Glob(root, p) },
		})
		for _, n := range notices {
			t.Errorf("%s: parser notice at line %d: %s %s", name, n.Span.Start.Line, n.Level, n.Message)
		}
		if len(c.policies) == 0 {
			t.Fatalf("%s: the parser found no policy", name)
		}
		cases = append(cases, c)
	}
	return cases
}

// expand is the probe itself, plus one copy per attacker candidate when it
// asks for witnesses.
func expand(pr probe, p *policy.Policy) []probe {
	out := []probe{pr}
	if !pr.Witnesses || p == nil {
		return out
	}
	for _, c := range rules.Candidates(rules.DefaultContext(), p) {
		if c.Origin == pr.Origin {
			continue
		}
		w := pr
		w.Name, w.Origin = pr.Name+" / "+string(c.Kind), c.Origin
		out = append(out, w)
	}
	return out
}
