// Package expressconf proves corslint's Express model against the real thing:
// it starts Express 4 with the `cors` package (server.js) on loopback, sends
// each case's probe requests and compares the real CORS headers with what
// policy.Evaluate predicts for the policy parsers/express builds from the same
// case file (design.md "Tests: Conformance"; semantics.md §3.1).
//
// Node and the pinned npm packages are needed: .ci/run installs them with
// `npm ci --prefix conformance/express` and sets CORSLINT_CONFORMANCE=1, under
// which their absence fails the test instead of skipping it.
package expressconf

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/parsers/express"
	"github.com/corslint/corslint/policy"
)

// pinned are the package versions package.json pins; the test refuses to
// measure anything else.
var pinned = map[string]string{"cors": "2.8.6", "express": "4.22.3"}

// allRoutes is the scope parsers/express gives options not tied to a route.
const allRoutes = "all routes"

// probe is one request of a case (NAME.probes.json).
type probe struct {
	Name   string `json:"name"`
	Method string `json:"method"`
	// Path is relative to the case's mount point.
	Path   string `json:"path"`
	Origin string `json:"origin"`
	// RequestMethod and RequestHeaders make an OPTIONS probe a preflight
	// (Access-Control-Request-Method/-Headers).
	RequestMethod  string   `json:"requestMethod"`
	RequestHeaders []string `json:"requestHeaders"`
	// Credentials is the browser's credentials mode include; a cookie is
	// sent with actual requests.
	Credentials bool `json:"credentials"`
}

type testCase struct {
	name     string
	data     []byte
	policies []policy.Policy
	probes   []probe
}

func TestExpressConformance(t *testing.T) {
	node := requireSetup(t)
	cases := loadCases(t, "cases")
	if len(cases) < 20 {
		t.Fatalf("only %d cases in cases/, want at least 20", len(cases))
	}
	srv := startServer(t, node, "cases")
	client := &http.Client{
		Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}

	total, unread := 0, 0
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var scopes []string
			for _, p := range c.policies {
				scopes = append(scopes, p.Scope)
			}
			sort.Strings(scopes)
			mounts := slices.Clone(srv.Mounts[c.name])
			sort.Strings(mounts)
			if !slices.Equal(scopes, mounts) {
				t.Fatalf("parser found policies for %q, the server mounted cors on %q", scopes, mounts)
			}
			for i, pr := range c.probes {
				total++
				name := pr.Name
				if name == "" {
					name = strconv.Itoa(i)
				}
				t.Run(name, func(t *testing.T) {
					p, err := policyFor(c.policies, pr.Path)
					if err != nil {
						t.Fatal(err)
					}
					got, err := send(client, srv.base+"/c/"+c.name+pr.Path, pr)
					if err != nil {
						t.Fatal(err)
					}
					diffs, ignored := compare(p, pr, got)
					for _, d := range diffs {
						t.Error(d)
					}
					if ignored {
						unread++
					}
				})
			}
		})
	}
	t.Logf("%d cases, %d probes against express %s + cors %s; %d responses carried Expose-Headers where browsers ignore it (not modelled)",
		len(cases), total, pinned["express"], pinned["cors"], unread)
}

// requireSetup returns the node binary, or fails (CORSLINT_CONFORMANCE=1) or
// skips when node or the pinned packages are missing.
func requireSetup(t *testing.T) string {
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
	node, err := exec.LookPath("node")
	if err != nil {
		missing("node is not installed: %v", err)
	}
	for pkg, want := range pinned {
		data, err := os.ReadFile(filepath.Join("node_modules", pkg, "package.json"))
		if err != nil {
			missing("node_modules/%s is missing (run npm ci --prefix conformance/express): %v", pkg, err)
		}
		var meta struct {
			Version string `json:"version"`
		}
		if err := json.Unmarshal(data, &meta); err != nil {
			t.Fatalf("node_modules/%s/package.json: %v", pkg, err)
		}
		if meta.Version != want {
			t.Fatalf("node_modules holds %s %s, package.json pins %s: run npm ci --prefix conformance/express", pkg, meta.Version, want)
		}
	}
	return node
}

// loadCases reads every NAME.json with its NAME.probes.json and parses it
// with corslint's Express parser.
func loadCases(t *testing.T, dir string) []testCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []testCase
	for _, f := range files {
		if strings.HasSuffix(f, ".probes.json") {
			continue
		}
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(filepath.Join(dir, name+".probes.json"))
		if err != nil {
			t.Fatalf("case %s has no probes: %v", name, err)
		}
		c := testCase{name: name, data: data}
		if err := json.Unmarshal(raw, &c.probes); err != nil {
			t.Fatalf("%s.probes.json: %v", name, err)
		}
		if len(c.probes) == 0 {
			t.Fatalf("%s.probes.json holds no probe", name)
		}
		for _, pr := range c.probes {
			if strings.EqualFold(pr.Method, http.MethodOptions) && pr.RequestMethod == "" {
				// cors answers every OPTIONS as a preflight; the model
				// calls a preflight an OPTIONS with a request method.
				t.Fatalf("%s: OPTIONS probe %q needs a requestMethod", name, pr.Name)
			}
		}
		var notices []policy.Notice
		c.policies, notices = express.New().Parse(parsers.File{Path: "cases/" + name + ".json", Data: data, Named: true})
		for _, n := range notices {
			t.Logf("%s: parser notice: %s %s", name, n.Level, n.Message)
		}
		if len(c.policies) == 0 {
			t.Fatalf("%s: the parser found no policy", name)
		}
		cases = append(cases, c)
	}
	return cases
}

// server is the running conformance server.
type server struct {
	Port   int                 `json:"port"`
	Mounts map[string][]string `json:"mounts"`
	base   string
}

// startServer runs server.js on loopback and waits for its port.
func startServer(t *testing.T, node, dir string) *server {
	t.Helper()
	cmd := exec.Command(node, "server.js", dir)
	cmd.Env = append(os.Environ(), "NODE_ENV=test")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start node server.js: %v", err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill() // the server only ends when told
		_ = cmd.Wait()
		if s := stderr.String(); s != "" {
			t.Logf("server stderr:\n%s", s)
		}
	})
	type result struct {
		line string
		err  error
	}
	ready := make(chan result, 1)
	go func() {
		line, err := bufio.NewReader(stdout).ReadString('\n')
		ready <- result{line, err}
		_, _ = io.Copy(io.Discard, stdout) // keep the pipe drained
	}()
	var r result
	select {
	case r = <-ready:
	case <-time.After(30 * time.Second):
		t.Fatalf("server.js printed no port within 30s; stderr:\n%s", stderr.String())
	}
	if r.err != nil {
		t.Fatalf("server.js stopped before printing its port: %v; stderr:\n%s", r.err, stderr.String())
	}
	var s server
	if err := json.Unmarshal([]byte(r.line), &s); err != nil || s.Port == 0 {
		t.Fatalf("server.js printed %q: %v", r.line, err)
	}
	s.base = "http://127.0.0.1:" + strconv.Itoa(s.Port)
	return &s
}

// policyFor picks the policy whose scope covers path, as Express's mount
// paths do; nil when none does (no cors middleware runs).
func policyFor(ps []policy.Policy, path string) (*policy.Policy, error) {
	var found *policy.Policy
	for i := range ps {
		s := ps[i].Scope
		if s == allRoutes || path == s || strings.HasPrefix(path, strings.TrimSuffix(s, "/")+"/") {
			if found != nil {
				return nil, fmt.Errorf("path %s is covered by two policies (%s, %s): cases must not overlap", path, found.Scope, s)
			}
			found = &ps[i]
		}
	}
	return found, nil
}

// preflight reports whether the probe is a preflight.
func (pr probe) preflight() bool {
	return strings.EqualFold(pr.Method, http.MethodOptions) && pr.RequestMethod != ""
}

// browserRequestHeaders is Access-Control-Request-Headers as browsers send
// it: the names lower-cased, sorted, without duplicates, joined by a bare
// comma (Fetch "CORS-unsafe request-header names"). Probes list unsafe names.
func browserRequestHeaders(names []string) string {
	var out []string
	for _, n := range names {
		if n = strings.ToLower(n); !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

// answer is what the real server sent, body aside.
type answer struct {
	status int
	header http.Header
}

func send(client *http.Client, url string, pr probe) (answer, error) {
	req, err := http.NewRequest(pr.Method, url, nil)
	if err != nil {
		return answer{}, fmt.Errorf("build %s %s: %w", pr.Method, url, err)
	}
	if pr.Origin != "" {
		req.Header.Set("Origin", pr.Origin)
	}
	if pr.preflight() {
		req.Header.Set("Access-Control-Request-Method", pr.RequestMethod)
		if len(pr.RequestHeaders) > 0 {
			req.Header.Set("Access-Control-Request-Headers", browserRequestHeaders(pr.RequestHeaders))
		}
	} else {
		for _, h := range pr.RequestHeaders {
			req.Header.Set(h, "1")
		}
		if pr.Credentials {
			req.Header.Set("Cookie", "session=1")
		}
	}
	resp, err := client.Do(req)
	if err != nil {
		return answer{}, fmt.Errorf("%s %s: %w", pr.Method, url, err)
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return answer{}, fmt.Errorf("read body of %s %s: %w", pr.Method, url, err)
	}
	return answer{status: resp.StatusCode, header: resp.Header}, nil
}

var statusPath = regexp.MustCompile(`/status/(\d{3})$`)

// appStatus is the status server.js's handlers answer path with.
func appStatus(path string) int {
	switch {
	case strings.HasSuffix(path, "/unhandled"):
		return http.StatusNotFound
	case strings.HasSuffix(path, "/throw"):
		return http.StatusInternalServerError
	}
	if m := statusPath.FindStringSubmatch(path); m != nil {
		n, _ := strconv.Atoi(m[1]) // three digits by the pattern
		return n
	}
	return http.StatusOK
}

// strictHeaders are compared field by field: same number of fields, same
// values, in order.
var strictHeaders = []string{
	policy.HeaderAllowOrigin,
	policy.HeaderAllowCredentials,
	policy.HeaderAllowMethods,
	policy.HeaderAllowHeaders,
	policy.HeaderMaxAge,
	policy.HeaderAllowPrivateNetwork,
}

// compare returns every difference between the real response and
// Evaluate's prediction for p (nil p: no cors middleware on the path), and
// whether the response carried an Expose-Headers browsers ignore.
func compare(p *policy.Policy, pr probe, got answer) (diffs []string, ignoredExpose bool) {
	req := policy.Request{
		Origin:      pr.Origin,
		Method:      pr.Method,
		Headers:     pr.RequestHeaders,
		Credentials: pr.Credentials,
		Status:      appStatus(pr.Path),
	}
	if pr.preflight() {
		req.Preflight, req.Method = true, pr.RequestMethod
	}
	want := policy.Evaluate(p, req)
	if want.Unknown {
		diffs = append(diffs, "the prediction is unknown (policy not evaluable)")
	}

	wantStatus := want.Status
	if wantStatus == 0 {
		wantStatus = req.Status
	}
	if got.status != wantStatus {
		diffs = append(diffs, fmt.Sprintf("status: real %d, predicted %d", got.status, wantStatus))
	}
	for _, h := range strictHeaders {
		gotVals, pred := got.header.Values(h), want.Get(h)
		if !slices.Equal(gotVals, pred) {
			diffs = append(diffs, fmt.Sprintf("%s: real %q, predicted %q", h, gotVals, pred))
		}
	}
	d, ignoredExpose := compareExpose(p, pr, got, want)
	if d != "" {
		diffs = append(diffs, d)
	}
	realVary, predVary := varies(got.header.Values(policy.HeaderVary)), varies(want.Get(policy.HeaderVary))
	if realVary != predVary {
		diffs = append(diffs, fmt.Sprintf("Vary contains Origin: real %t (%q), predicted %t", realVary, got.header.Values(policy.HeaderVary), predVary))
	}
	return diffs, ignoredExpose
}

// compareExpose checks Access-Control-Expose-Headers. Where a browser reads
// it (an actual response whose Allow-Origin is sent) it must be exactly as
// predicted. cors also sends it on preflights and on responses to refused
// origins (configureExposedHeaders runs unconditionally); browsers ignore it
// there and the model does not carry it, so there the real value, if any,
// must be exactly the configured list; ignored reports such a field.
func compareExpose(p *policy.Policy, pr probe, got answer, want policy.Response) (diff string, ignored bool) {
	gotVals := got.header.Values(policy.HeaderExposeHeaders)
	read := !pr.preflight() && len(want.Get(policy.HeaderAllowOrigin)) > 0
	if read {
		if pred := want.Get(policy.HeaderExposeHeaders); !slices.Equal(gotVals, pred) {
			return fmt.Sprintf("%s: real %q, predicted %q", policy.HeaderExposeHeaders, gotVals, pred), false
		}
		return "", false
	}
	if len(gotVals) == 0 {
		return "", false
	}
	configured := ""
	if p != nil && p.ExposeHeaders.Mode == policy.ListValues {
		configured = p.ExposeHeaders.Raw
		if configured == "" {
			configured = strings.Join(p.ExposeHeaders.Values, ", ")
		}
	}
	if len(gotVals) != 1 || gotVals[0] != configured {
		return fmt.Sprintf("%s where browsers ignore it: real %q, configured %q", policy.HeaderExposeHeaders, gotVals, configured), true
	}
	return "", true
}

// varies reports whether Vary fields name Origin.
func varies(fields []string) bool {
	for _, f := range fields {
		for _, tok := range strings.Split(f, ",") {
			if strings.EqualFold(strings.TrimSpace(tok), "Origin") {
				return true
			}
		}
	}
	return false
}
