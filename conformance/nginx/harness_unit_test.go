package nginxconf

import (
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
)

// These run without nginx: the harness's own routing and policy choice.

const routeConf = `
map $http_origin $x { default ""; }   # a map is not a server
server {
    listen 80;
    server_name "a.test" www.a.test;
    location / { }
    location /api/ {
        location /api/admin/ { }
    }
    location = /exact { }
    location ^~ /static/ { }
    location ~* \.(js|css)$ { }
    location ~ ^/api/v[0-9]+/ { }
}
server {
    listen 80;
    location /b { }
}
`

func TestRoute(t *testing.T) {
	tree, err := scanConfig(routeConf)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ host, path, want string }{
		{"", "/", "server_name a.test, location /"},
		{"www.a.test", "/x?q=1", "server_name a.test, location /"},
		{"", "/api/x", "server_name a.test, location /api/"},
		{"", "/api/admin/x", "server_name a.test, location /api/admin/"},
		{"", "/api/v2/x", "server_name a.test, location ~ ^/api/v[0-9]+/"},
		{"", "/exact", "server_name a.test, location = /exact"},
		{"", "/exact/more", "server_name a.test, location /"},
		{"", "/static/app.js", "server_name a.test, location ^~ /static/"},
		{"", "/app.JS", "server_name a.test, location ~* \\.(js|css)$"},
		{"other.test", "/b/x", "server_name a.test, location /"},
	}
	for _, tt := range tests {
		got, err := route(tree, tt.host, tt.path)
		if err != nil {
			t.Errorf("route(%q, %q): %v", tt.host, tt.path, err)
			continue
		}
		if got != tt.want {
			t.Errorf("route(%q, %q) = %q, want %q", tt.host, tt.path, got, tt.want)
		}
	}
	// The second server has no server_name: its scope names its line; it
	// has no `location /`, so the rest goes to the server itself.
	second := servers(tree)[1]
	if s := serverScope(second); s != "server at line 15" {
		t.Errorf("serverScope = %q", s)
	}
	loc, err := findLocation(second.children, "/c")
	if err != nil || loc != nil {
		t.Errorf("findLocation(/c) = %v, %v; want no location", loc, err)
	}
}

func TestScanConfigErrors(t *testing.T) {
	for _, src := range []string{"server {", "}", "a;;", `add_header X "open;`, "{ }"} {
		if _, err := scanConfig(src); err == nil {
			t.Errorf("scanConfig(%q): no error", src)
		}
	}
}

func TestListenRewrite(t *testing.T) {
	dir := t.TempDir()
	if err := writePrefix(dir, "server {\n    listen 80 default_server;\n}\n", "", 4242); err != nil {
		t.Fatal(err)
	}
	if err := writePrefix(dir, "server { listen 8080; }\n", "", 4242); err == nil {
		t.Error("a case without `listen 80;` was accepted")
	}
	if got := listen80.ReplaceAllString("  listen 80;", "${1}listen 127.0.0.1:1${2};"); got != "  listen 127.0.0.1:1;" {
		t.Errorf("rewrite = %q", got)
	}
}

func TestPick(t *testing.T) {
	const loc = "server_name s, location /"
	echo := policy.Origins{Kind: policy.OriginEchoAny}
	list := policy.Origins{Kind: policy.OriginList, Matchers: []policy.Matcher{{Kind: policy.MatchExact, Value: "https://a.example"}}}
	star := policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard}
	ps := []policy.Policy{
		{Scope: loc, Origins: echo},
		{Scope: loc + ", if ($http_origin ~ a )", Origins: list},
		{Scope: loc + ", if ($request_method = 'POST' )", Origins: star},
		{Scope: loc + ", if ($request_method = OPTIONS )", Origins: star, PreflightOnly: true},
		{Scope: "server_name s, location /star", Origins: list},
		{Scope: "server_name s, location /star", Origins: star},
		{Scope: "server_name s, location /odd", Origins: echo},
		{Scope: "server_name s, location /odd, if ($cookie_x)", Origins: echo},
	}
	tests := []struct {
		name  string
		scope string
		pr    probe
		want  string // scope and origin kind of the pick; "" for none
		err   string
	}{
		{"no if matches", loc, probe{Method: "GET", Origin: "https://b.example"}, loc + " echo-any", ""},
		{"origin if", loc, probe{Method: "GET", Origin: "https://a.example"}, loc + ", if ($http_origin ~ a ) list", ""},
		{"later method if wins", loc, probe{Method: "POST", Origin: "https://a.example"}, loc + ", if ($request_method = 'POST' ) any", ""},
		{"preflight", loc, probe{Method: "OPTIONS", RequestMethod: "PUT"}, loc + ", if ($request_method = OPTIONS ) any", ""},
		{"explicit branch", loc, probe{Method: "GET", Branch: "-", Origin: "https://a.example"}, loc + " echo-any", ""},
		{"unknown branch", loc, probe{Method: "GET", Branch: "if (x)"}, "", "no policy with scope"},
		{"list accepts", "server_name s, location /star", probe{Method: "GET", Origin: "https://a.example"}, "server_name s, location /star list", ""},
		{"star fallback", "server_name s, location /star", probe{Method: "GET", Origin: "https://z.example"}, "server_name s, location /star any", ""},
		{"undecidable if", "server_name s, location /odd", probe{Method: "GET"}, "", "set its branch"},
		{"no policy", "server_name s, location /none", probe{Method: "GET"}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := pick(ps, tt.scope, tt.pr)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if p != nil {
				got = p.Scope + " " + p.Origins.Kind.String()
			}
			if got != tt.want {
				t.Errorf("pick = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	p := &policy.Policy{
		Origins:      policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard},
		AllowMethods: policy.List{Mode: policy.ListValues, Raw: "GET, POST"},
	}
	ok := answer{status: 200, header: map[string][]string{
		"Access-Control-Allow-Origin":  {"*"},
		"Access-Control-Allow-Methods": {"GET, POST"}, // ignored on an actual response, but as configured
	}}
	if diffs, loose := compare(p, probe{Method: "GET", Origin: "https://a.example"}, ok); len(diffs) != 0 || loose != 1 {
		t.Errorf("compare = %q, %d loose; want no difference, 1 loose", diffs, loose)
	}
	bad := answer{status: 404, header: map[string][]string{
		"Access-Control-Allow-Origin":  {"*", "*"},
		"Access-Control-Allow-Methods": {"PUT"},
		"Vary":                         {"Accept-Encoding, Origin"},
	}}
	diffs, _ := compare(p, probe{Method: "GET", Origin: "https://a.example"}, bad)
	want := []string{"status: real 404, predicted 200", "Access-Control-Allow-Origin", "Access-Control-Allow-Methods where browsers ignore it", "Vary contains Origin: real true"}
	if len(diffs) != len(want) {
		t.Fatalf("diffs = %q, want %d", diffs, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(diffs[i], w) {
			t.Errorf("diff %d = %q, want prefix %q", i, diffs[i], w)
		}
	}
}
