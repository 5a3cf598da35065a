package nginx

import (
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
)

// Each case is a conf.d fragment; want lists `SPANLINE: summary` per policy
// (see summary in helpers_test.go).
type semCase struct {
	name string
	src  string
	want []string
}

func runSem(t *testing.T, cases []semCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			pols, ns := parseOne(t, "conf.d/t.conf", tt.src)
			for _, n := range ns {
				t.Logf("notice %d: %s", n.Span.Start.Line, n.Message)
			}
			got := summaries(pols)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("policies\n got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestInheritance is the add_header inheritance matrix (semantics.md 2).
func TestInheritance(t *testing.T) {
	runSem(t, []semCase{
		{"server level reaches every location", `
server {
  add_header Access-Control-Allow-Origin *;
  location / { }
  location /a { proxy_pass http://x; }
}`, []string{"4: any(wildcard)"}},
		{"no catch-all location: the server answers the rest", `
server {
  add_header Access-Control-Allow-Origin *;
  location /a { }
}`, []string{"2: any(wildcard)"}},
		{"any add_header in a location drops the server's", `
server {
  add_header Access-Control-Allow-Origin * always;
  location / {
    add_header X-Frame-Options DENY;
  }
}`, []string{"4: none dropped@4(Access-Control-Allow-Origin)from3"}},
		{"an empty add_header still blocks inheritance", `
server {
  add_header Access-Control-Allow-Origin *;
  add_header Access-Control-Allow-Credentials true;
  location / {
    add_header X "";
    add_header Access-Control-Allow-Origin *;
  }
}`, []string{"5: any(wildcard) dropped@5(Access-Control-Allow-Credentials)from4"}},
		{"redeclaring every CORS header loses nothing", `
server {
  add_header Access-Control-Allow-Origin https://a.example;
  location / {
    add_header Access-Control-Allow-Origin https://a.example;
    add_header X-Frame-Options DENY;
  }
}`, []string{"4: static(https://a.example)"}},
		{"nested location inherits from its parent", `
server {
  location /api {
    add_header Access-Control-Allow-Origin *;
    location /api/v1 { }
  }
}`, []string{"3: any(wildcard)"}},
		{"nested location with its own add_header", `
server {
  location /api {
    add_header Access-Control-Allow-Origin *;
    location /api/v1 { add_header Cache-Control no-store; }
  }
}`, []string{"3: any(wildcard)", "5: none dropped@5(Access-Control-Allow-Origin)from4"}},
		{"http level is inherited by servers", `
add_header Access-Control-Allow-Origin https://a.example;
server { location / { } }
server { add_header X-Frame-Options DENY; location / { } }`,
			[]string{"3: static(https://a.example)", "4: none dropped@4(Access-Control-Allow-Origin)from2"}},
		{"add_header_inherit merge keeps the parent's", `
server {
  add_header Access-Control-Allow-Origin *;
  location / {
    add_header_inherit merge;
    add_header X-Frame-Options DENY;
  }
}`, []string{"4: any(wildcard)"}},
		{"add_header_inherit off drops on purpose", `
server {
  add_header Access-Control-Allow-Origin *;
  location / {
    add_header_inherit off;
  }
}`, nil},
		{"add_header_inherit merge in a server reaches its locations", `
server {
  add_header_inherit merge;
  add_header Access-Control-Allow-Origin *;
  location / {
    add_header Cache-Control private;
  }
}`, []string{"5: any(wildcard)"}},
		{"add_header_inherit off in a server reaches its locations and ifs", `
server {
  add_header_inherit off;
  location / {
    add_header Access-Control-Allow-Origin * always;
    if ($arg_x) { set $y 1; }
  }
}`, []string{"4: any(wildcard) onerrors"}},
		{"a location redefines the inherited mode", `
server {
  add_header_inherit merge;
  add_header Access-Control-Allow-Origin *;
  location / {
    add_header_inherit on;
    add_header Cache-Control private;
  }
}`, []string{"5: none dropped@5(Access-Control-Allow-Origin)from4"}},
		{"if without add_header inherits the location's", `
server {
  location / {
    add_header Access-Control-Allow-Origin *;
    if ($arg_x) { set $y 1; }
  }
}`, []string{"3: any(wildcard)"}},
		{"if with its own add_header replaces the location's", `
server {
  location / {
    add_header Access-Control-Allow-Origin *;
    add_header Access-Control-Allow-Credentials true;
    if ($arg_debug) { add_header X-Debug 1; }
  }
}`, []string{"3: any(wildcard) creds=true", "6: none dropped@6(Access-Control-Allow-Origin,Access-Control-Allow-Credentials)from4"}},
		{"always decides error responses", `
server {
  location /a { add_header Access-Control-Allow-Origin * always; }
  location /b { add_header Access-Control-Allow-Origin *; }
}`, []string{"3: any(wildcard) onerrors", "4: any(wildcard)"}},
		{"more_set_headers merges down; add_header's field comes after it", `
server {
  more_set_headers 'Access-Control-Allow-Origin: $http_origin';
  location / {
    add_header X-Frame-Options DENY;
    add_header Access-Control-Allow-Origin *;
  }
}`, []string{"4: echo-any +field(*) onerrors"}},
		{"more_set_headers -s without error codes", `
server {
  location / { more_set_headers -s '200 204' 'Access-Control-Allow-Origin: *'; }
}`, []string{"3: any(wildcard)"}},
		{"more_clear_headers cannot clear add_header's fields", `
server {
  add_header Access-Control-Allow-Origin *;
  location / { more_clear_headers Access-Control-Allow-Origin; }
}`, []string{"4: any(wildcard)"}},
		{"a block that only returns 2xx has no errors to lose headers on", `
server {
  location = /health { add_header Access-Control-Allow-Origin *; return 200 "ok"; }
}`, []string{"3: any(wildcard) onerrors status=200"}},
		{"two Allow-Origin lines are two fields", `
server {
  location / {
    add_header Access-Control-Allow-Origin https://a.example;
    add_header Access-Control-Allow-Origin $http_origin;
  }
}`, []string{"3: static(https://a.example) +field($http_origin,echo)"}},
	})
}

// TestIfs covers if blocks: preflight blocks, sibling ifs, origin guards.
func TestIfs(t *testing.T) {
	runSem(t, []semCase{
		{"preflight block is its own policy", `
server {
  location / {
    add_header Access-Control-Allow-Origin https://a.example always;
    if ($request_method = 'OPTIONS') {
      add_header Access-Control-Allow-Origin https://a.example;
      add_header Access-Control-Max-Age 600;
      return 204;
    }
  }
}`, []string{"3: static(https://a.example) onerrors", "5: static(https://a.example) preflight-only status=204"}},
		{"preflight block that forgets Allow-Origin", `
server {
  location / {
    add_header Access-Control-Allow-Origin https://a.example always;
    if ($request_method = OPTIONS) {
      add_header Access-Control-Allow-Methods 'GET, POST';
      return 204;
    }
  }
}`, []string{"3: static(https://a.example) onerrors", "5: none preflight-only status=204 dropped@5(Access-Control-Allow-Origin)from4"}},
		{"return without own headers answers preflights with the location's", `
server {
  location / {
    add_header Access-Control-Allow-Origin *;
    if ($request_method = OPTIONS) { return 204; }
  }
}`, []string{"3: any(wildcard) status=204"}},
		{"enable-cors.org method ifs do not overlap", `
server {
  location / {
    if ($request_method = 'OPTIONS') {
      add_header 'Access-Control-Allow-Origin' '*';
      return 204;
    }
    if ($request_method = 'POST') { add_header 'Access-Control-Allow-Origin' '*' always; }
    if ($request_method = 'GET') { add_header 'Access-Control-Allow-Origin' '*' always; }
  }
}`, []string{"4: any(wildcard) preflight-only status=204", "8: any(wildcard) onerrors", "9: any(wildcard) onerrors"}},
		{"origin if then preflight if: the later one wins", `
server {
  location / {
    if ($http_origin ~* "^https://a\.example$") {
      add_header Access-Control-Allow-Origin $http_origin;
    }
    if ($request_method = OPTIONS) {
      add_header Access-Control-Allow-Methods GET;
      return 204;
    }
  }
}`, []string{"4: list[regex:^https://a\\.example$/i]", "7: none preflight-only status=204 dropped@7(Access-Control-Allow-Origin)from5"}},
		{"earlier if that returns loses nothing", `
server {
  location / {
    if ($request_method = OPTIONS) {
      add_header Access-Control-Allow-Origin *;
      return 204;
    }
    if ($http_origin) { add_header Access-Control-Allow-Origin * always; }
  }
}`, []string{"4: any(wildcard) preflight-only status=204", "8: any(wildcard) onerrors"}},
		{"regex guard around the echo", `
server {
  location / {
    if ($http_origin ~ (https?://.*\.example\.com)) {
      add_header Access-Control-Allow-Origin "$http_origin";
      add_header Access-Control-Allow-Credentials true;
    }
  }
}`, []string{"4: list[regex:(https?://.*\\.example\\.com)] creds=true"}},
		{"exact comparison is case-sensitive", `
server {
  location / {
    if ($http_origin = 'https://a.example') { add_header Access-Control-Allow-Origin $http_origin; }
  }
}`, []string{"4: list[exact:https://a.example]"}},
		{"set under a guard, used outside", `
server {
  location / {
    set $cors_origin "";
    if ($http_origin ~* ^https://(a|b)\.example$) { set $cors_origin $http_origin; }
    add_header Access-Control-Allow-Origin $cors_origin always;
    add_header Access-Control-Allow-Credentials true always;
    add_header Vary Origin always;
  }
}`, []string{"3: list[regex:^https://(a|b)\\.example$/i] creds=true(always) vary onerrors"}},
		{"flag variable chain", `
server {
  location / {
    if ($http_origin ~* "^https://(www\.)?example\.com$") { set $cors "true"; }
    if ($request_method = OPTIONS) { set $cors "${cors}options"; }
    if ($cors = "true") {
      add_header Access-Control-Allow-Origin $http_origin always;
    }
    if ($cors = "trueoptions") {
      add_header Access-Control-Allow-Origin $http_origin;
      return 204;
    }
  }
}`, []string{"6: list[regex:^https://(www\\.)?example\\.com$/i] onerrors", "9: list[regex:^https://(www\\.)?example\\.com$/i] preflight-only status=204"}},
		{"deny-list guard still echoes everyone else", `
server {
  location / {
    if ($http_origin ~* evil) { return 403; }
    add_header Access-Control-Allow-Origin $http_origin;
  }
}`, []string{"3: echo-any"}},
		{"allow-list guard with return 403", `
server {
  location / {
    if ($http_origin !~* ^https://a\.example$) { return 403; }
    add_header Access-Control-Allow-Origin $http_origin always;
  }
}`, []string{"3: list[regex:^https://a\\.example$/i] onerrors"}},
		{"server-level set is seen by locations", `
server {
  if ($http_origin ~ ^https://a\.example$) { set $ok $http_origin; }
  location / { add_header Access-Control-Allow-Origin $ok; }
}`, []string{"4: list[regex:^https://a\\.example$]"}},
		{"method tests are case-sensitive", `
server {
  location / {
    add_header Access-Control-Allow-Origin https://a.example always;
    if ($request_method = options) { add_header Access-Control-Allow-Origin *; return 204; }
    if ($request_method ~* ^(post|put)$) { add_header Access-Control-Allow-Origin https://b.example always; }
  }
}`, []string{"3: static(https://a.example) onerrors", "6: static(https://b.example) onerrors"}},
		{"rewrite directives are not inherited by nested locations", `
server {
  location /a {
    set $o $http_origin;
    add_header Access-Control-Allow-Origin $o;
    location /a/b { }
  }
}`, []string{"3: echo-any", "6: none"}},
	})
}

// TestOrigins covers the values Allow-Origin can hold.
func TestOrigins(t *testing.T) {
	runSem(t, []semCase{
		{"reflection, any quotes", `
server { location / { add_header Access-Control-Allow-Origin '$http_origin'; add_header Access-Control-Allow-Credentials True; } }`,
			[]string{"2: echo-any creds=True"}},
		{"a backslash does not stop expansion: text plus the origin", `
server { location / { add_header Access-Control-Allow-Origin \$http_origin; } }`, []string{"2: static(\\$http_origin)"}},
		{"wildcard", `server { location / { add_header Access-Control-Allow-Origin "*"; } }`, []string{"1: any(wildcard)"}},
		{"list in one value", `server { location / { add_header Access-Control-Allow-Origin "https://a.example https://b.example"; } }`,
			[]string{"1: static(https://a.example https://b.example)"}},
		{"empty value sends nothing", `server { location / { add_header Access-Control-Allow-Origin ""; add_header Access-Control-Allow-Methods GET; } }`,
			[]string{"1: none"}},
		{"request data that is not an origin", `server { location / { add_header Access-Control-Allow-Origin $host; } }`, []string{"1: static($host)"}},
		{"undefined variable", `server { location / { add_header Access-Control-Allow-Origin $cors; } }`, []string{"1: unknown"}},
		{"map: exact keys, regexes, default", `
map $http_origin $cors {
  default "";
  https://a.example $http_origin;
  "~^https://[a-z]+\.b\.example$" $http_origin;
  ~*c\.example $http_origin;
  https://d.example "https://d.example";
  https://e.example "";
}
server { location / { add_header Access-Control-Allow-Origin $cors; add_header Vary Origin; } }`,
			[]string{"10: list[exact:https://a.example/i regex:^https://[a-z]+\\.b\\.example$ regex:c\\.example/i exact:https://d.example/i] vary"}},
		{"map default echo", `
map $http_origin $cors { default $http_origin; https://evil.example ""; }
server { location / { add_header Access-Control-Allow-Origin $cors; } }`, []string{"3: echo-any"}},
		{"map with only fixed values", `
map $http_origin $cors { default "https://www.example.com"; ~example https://www.example.com; }
server { location / { add_header Access-Control-Allow-Origin $cors; } }`, []string{"3: static(https://www.example.com)"}},
		{"hostnames masks", `
map $http_origin $cors { hostnames; *.example.com $http_origin; www.example.* $http_origin; }
server { location / { add_header Access-Control-Allow-Origin $cors; } }`,
			[]string{"3: list[suffix:.example.com/i prefix:www.example./i]"}},
		{"masks without hostnames are plain strings", `
map $http_origin $cors { *.example.com $http_origin; }
server { location / { add_header Access-Control-Allow-Origin $cors; } }`,
			[]string{"3: list[exact:*.example.com/i]"}},
		{"map of a map", `
map $http_origin $ok { default 0; ~^https://a\.example$ 1; }
map $ok $cors { 1 $http_origin; }
server { location / { add_header Access-Control-Allow-Origin $cors; } }`,
			[]string{"4: list[regex:^https://a\\.example$]"}},
		{"if on a map flag", `
map $http_origin $ok { default 0; ~^https://a\.example$ 1; }
server { location / { if ($ok) { add_header Access-Control-Allow-Origin $http_origin; } } }`,
			[]string{"3: list[regex:^https://a\\.example$]"}},
		{"if on a map's default", `
map $http_origin $bad { default 1; https://a.example 0; }
server { location / { if ($bad = 0) { add_header Access-Control-Allow-Origin $http_origin; } } }`,
			[]string{"3: list[exact:https://a.example/i]"}},
		{"a flag also set for requests without an Origin", `
server { location / {
  set $ok 0;
  if ($http_origin ~* "^https://a\.example$") { set $ok 1; }
  if ($http_origin = "") { set $ok 1; }
  if ($ok = 0) { return 403; }
  add_header Access-Control-Allow-Origin $http_origin;
} }`, []string{"2: list[regex:^https://a\\.example$/i]"}},
		{"a map key that matches everything is no check", `
map $http_origin $cors { default ""; "~." $http_origin; }
server { location / { add_header Access-Control-Allow-Origin $cors; } }`, []string{"3: echo-any"}},
		{"an if that only asks for a web scheme is no check", `
server { location / { if ($http_origin ~* "^https?://") { add_header Access-Control-Allow-Origin $http_origin; } } }`,
			[]string{"2: echo-any"}},
		{"an unanchored domain test is a check, if a weak one", `
map $http_origin $cors { default ""; ~example\.com $http_origin; }
server { location / { add_header Access-Control-Allow-Origin $cors; } }`, []string{"3: list[regex:example\\.com]"}},
		{"an envsubst placeholder in an origin regex stands for a host", `
server { location / {
  set $o "";
  if ($http_origin ~* "^https://[a-z0-9-]+\.${BASE_DOMAIN}$") { set $o $http_origin; }
  add_header Access-Control-Allow-Origin $o;
} }`, []string{"2: list[regex:^https://[a-z0-9-]+\\.base-domain\\.example$/i]"}},
		{"reflect only when an Origin was sent", `
server { location / { if ($http_origin != '') { add_header Access-Control-Allow-Origin $http_origin; } } }`,
			[]string{"2: echo-any"}},
	})
}

func TestOtherHeaders(t *testing.T) {
	pols, _ := parseOne(t, "conf.d/t.conf", `server { location / {
  add_header Access-Control-Allow-Origin *;
  add_header Access-Control-Allow-Methods "GET, POST, OPTIONS";
  add_header Access-Control-Allow-Headers $http_access_control_request_headers;
  add_header Access-Control-Expose-Headers "X-Total, Authorization";
  add_header Access-Control-Max-Age 86400;
  add_header Access-Control-Allow-Private-Network true;
  add_header Vary "Accept-Encoding, Origin";
} }`)
	if len(pols) != 1 {
		t.Fatalf("got %d policies", len(pols))
	}
	p := pols[0]
	if strings.Join(p.AllowMethods.Values, "|") != "GET|POST|OPTIONS" || !p.AllowMethods.Explicit || p.AllowMethods.Span.Start.Line != 3 {
		t.Errorf("methods: %+v", p.AllowMethods)
	}
	if p.AllowHeaders.Mode != policy.ListReflect || !p.AllowHeaders.Explicit {
		t.Errorf("headers: %+v", p.AllowHeaders)
	}
	if strings.Join(p.ExposeHeaders.Values, "|") != "X-Total|Authorization" {
		t.Errorf("expose: %+v", p.ExposeHeaders)
	}
	if !p.MaxAge.Set || p.MaxAge.Seconds != 86400 || p.MaxAge.Span.Start.Col != 37 {
		t.Errorf("max-age: %+v", p.MaxAge)
	}
	if !p.PrivateNetwork.Allowed {
		t.Errorf("private network: %+v", p.PrivateNetwork)
	}
	if p.Vary.Origin != policy.VaryAlways || p.Vary.Span.Start.Line != 8 {
		t.Errorf("vary: %+v", p.Vary)
	}
	if len(p.Directives) != 6 || p.Directives[0].Span.Start.Line != 2 || p.Directives[0].Span.Start.Col != 3 {
		t.Errorf("directives: %+v", p.Directives)
	}
	if p.Scope != "server at line 1, location /" || p.Framework != "nginx" {
		t.Errorf("scope %q framework %q", p.Scope, p.Framework)
	}
}
