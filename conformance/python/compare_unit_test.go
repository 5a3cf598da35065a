package pyconformance_test

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// TestCompare pins the comparison rules, so that a lenient normalisation
// cannot make the suite pass by accident.
func TestCompare(t *testing.T) {
	hdr := func(kv ...string) [][2]string {
		var out [][2]string
		for i := 0; i+1 < len(kv); i += 2 {
			out = append(out, [2]string{kv[i], kv[i+1]})
		}
		return out
	}
	model := func(status int, kv ...string) policy.Response {
		r := policy.Response{Status: status}
		for i := 0; i+1 < len(kv); i += 2 {
			r.Headers = append(r.Headers, policy.Header{Name: kv[i], Value: kv[i+1]})
		}
		return r
	}
	actual := policy.Request{Origin: "https://a.example", Method: "GET"}
	preflight := policy.Request{Origin: "https://a.example", Method: "PUT", Preflight: true, Headers: []string{"X-A"}}
	const acao, acac, acam, acah, expose, vary = policy.HeaderAllowOrigin, policy.HeaderAllowCredentials,
		policy.HeaderAllowMethods, policy.HeaderAllowHeaders, policy.HeaderExposeHeaders, policy.HeaderVary
	tests := []struct {
		name      string
		lib       observed
		model     policy.Response
		r         policy.Request
		known     map[string]string
		wantFail  bool
		wantEquiv int
	}{
		{"identical", observed{200, hdr(acao, "https://a.example", vary, "Origin")}, model(0, acao, "https://a.example", vary, "Origin"), actual, nil, false, 0},
		{"ACAO byte-exact", observed{200, hdr(acao, "https://A.example")}, model(0, acao, "https://a.example"), actual, nil, true, 0},
		{"two ACAO fields are not one", observed{200, hdr(acao, "https://a.example", acao, "https://a.example")}, model(0, acao, "https://a.example"), actual, nil, true, 0},
		{"ACAC strict", observed{200, hdr(acao, "*", acac, "True")}, model(0, acao, "*", acac, "true"), actual, nil, true, 0},
		{"ACAC absent vs sent", observed{200, hdr(acac, "true")}, model(0), actual, nil, true, 0},
		{"method list order and spaces", observed{200, hdr(acao, "*", acam, "GET,PUT")}, model(200, acao, "*", acam, "PUT, GET"), preflight, nil, false, 0},
		{"method case matters", observed{200, hdr(acao, "*", acam, "put")}, model(200, acao, "*", acam, "PUT"), preflight, nil, true, 0},
		{"header names fold", observed{200, hdr(acao, "*", acah, "x-a")}, model(200, acao, "*", acah, "X-A"), preflight, nil, false, 0},
		{"ACAH same verdict for the request", observed{200, hdr(acao, "*", acah, "x-a")}, model(200, acao, "*", acah, "X-A, X-B"), preflight, nil, false, 1},
		{"ACAH different verdict", observed{200, hdr(acao, "*", acah, "x-b")}, model(200, acao, "*", acah, "X-A"), preflight, nil, true, 0},
		{"preflight lists moot without ACAO", observed{200, hdr(vary, "Origin")}, model(200, acam, "GET", vary, "Origin"), preflight, nil, false, 1},
		{"preflight lists matter with ACAO", observed{200, hdr(acao, "*")}, model(200, acao, "*", acam, "GET"), preflight, nil, true, 0},
		{"expose not compared on preflights", observed{200, hdr(acao, "*", expose, "X-A")}, model(200, acao, "*"), preflight, nil, false, 0},
		{"expose compared on actual", observed{200, hdr(acao, "*", expose, "X-A")}, model(0, acao, "*"), actual, nil, true, 0},
		{"vary", observed{200, hdr(acao, "https://a.example", vary, "Accept-Encoding, Origin")}, model(0, acao, "https://a.example"), actual, nil, true, 0},
		{"status decided by the model", observed{200, nil}, model(400), preflight, nil, true, 0},
		{"status left to the app", observed{404, nil}, model(0), actual, nil, false, 0},
		{"known difference", observed{200, nil}, model(0, vary, "Origin"), actual, map[string]string{"vary": "why"}, false, 0},
		{"stale known difference", observed{200, hdr(vary, "Origin")}, model(0, vary, "Origin"), actual, map[string]string{"vary": "why"}, true, 0},
		{"unexpected CORS header", observed{200, hdr("Access-Control-Allow-Foo", "x")}, model(0), actual, nil, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := compare(tt.lib, tt.model, tt.r, tt.known)
			if o.failed() != tt.wantFail {
				t.Errorf("failed = %v, want %v (diffs %v, stale %v)", o.failed(), tt.wantFail, o.diffs, o.stale)
			}
			if len(o.equivalent) != tt.wantEquiv {
				t.Errorf("equivalent %v, want %d", o.equivalent, tt.wantEquiv)
			}
		})
	}
}

// TestPickFlaskResources pins flask-cors' resource dispatch (6.0.1 order,
// prefix re.match, case-sensitive paths).
func TestPickFlaskResources(t *testing.T) {
	pols := []policy.Policy{
		{Framework: "flask-cors", Scope: "/*"},
		{Framework: "flask-cors", Scope: "/api/*"},
		{Framework: "flask-cors", Scope: "/api/v1/users/*"},
		{Framework: "flask-cors", Scope: "/health"},
	}
	tests := []struct{ path, want string }{
		{"/api/v1/users/7", "/api/v1/users/*"},
		{"/api/v2", "/api/*"},
		{"/apifoo", "/api/*"},
		{"/health", "/health"},
		{"/API/x", "/*"},
	}
	for _, tt := range tests {
		p, err := pick("flask", pols, nil, tt.path)
		if err != nil {
			t.Fatalf("%s: %v", tt.path, err)
		}
		if p == nil || p.Scope != tt.want {
			t.Errorf("%s: got %v, want %s", tt.path, scopeOf(p), tt.want)
		}
	}
	only := []policy.Policy{{Framework: "flask-cors", Scope: "/api/*"}}
	if p, err := pick("flask", only, nil, "/other"); err != nil || p != nil {
		t.Errorf("/other: got %v, %v; want no policy", scopeOf(p), err)
	}
}
