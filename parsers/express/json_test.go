package express

import (
	"reflect"
	"strings"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

func parseOne(t *testing.T, src string) policy.Policy {
	t.Helper()
	ps, notes := Parser{}.Parse(parsers.File{Path: "cors.json", Data: []byte(src)})
	if len(notes) != 0 {
		t.Fatalf("notices for %s: %+v", src, notes)
	}
	if len(ps) != 1 {
		t.Fatalf("%d policies for %s, want 1", len(ps), src)
	}
	return ps[0]
}

func span(l1, c1, l2, c2 int) policy.Span {
	return policy.Span{File: "cors.json", Start: policy.Pos{Line: l1, Col: c1}, End: policy.Pos{Line: l2, Col: c2}}
}

func TestDefaults(t *testing.T) {
	p := parseOne(t, `{"credentials": false}`)
	want := policy.Policy{
		Framework: "express-cors", Version: "2.8", Scope: "all routes", Span: span(1, 1, 1, 23),
		Origins: policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Default: true,
			DefaultNote: "the cors package's default origin '*'"},
		Credentials: policy.Credentials{Set: true, Span: span(1, 17, 1, 22)},
		AllowMethods: policy.List{Mode: policy.ListValues, Values: []string{"GET", "HEAD", "PUT", "PATCH", "POST", "DELETE"},
			Raw: "GET,HEAD,PUT,PATCH,POST,DELETE", Default: true},
		AllowHeaders:    policy.List{Mode: policy.ListReflect, Default: true},
		Vary:            policy.Vary{Origin: policy.VaryNever},
		OnErrors:        true,
		PreflightStatus: 204,
	}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("defaults:\n got %+v\nwant %+v", p, want)
	}
}

func TestSpans(t *testing.T) {
	src := "{\n" +
		"  \"origin\": [\"https://a.example.com\", \"/^https:\\\\/\\\\/b\\\\.example\\\\.com$/i\", true],\n" +
		"  \"credentials\": true,\n" +
		"  \"methods\": \"GET,POST\",\n" +
		"  \"allowedHeaders\": [\"X-A\"],\n" +
		"  \"exposedHeaders\": \"X-B\",\n" +
		"  \"maxAge\": 600,\n" +
		"  \"allowCredentials\": true\n" +
		"}"
	p := parseOne(t, src)
	tests := []struct {
		name      string
		got, want policy.Span
	}{
		{"policy", p.Span, span(1, 1, 9, 2)},
		{"origins", p.Origins.Span, span(2, 13, 2, 82)},
		{"matcher 0", p.Origins.Matchers[0].Span, span(2, 14, 2, 37)},
		{"matcher 1", p.Origins.Matchers[1].Span, span(2, 39, 2, 75)},
		{"matcher 2", p.Origins.Matchers[2].Span, span(2, 77, 2, 81)},
		{"credentials", p.Credentials.Span, span(3, 18, 3, 22)},
		{"methods", p.AllowMethods.Span, span(4, 14, 4, 24)},
		{"allowedHeaders", p.AllowHeaders.Span, span(5, 21, 5, 28)},
		{"exposedHeaders", p.ExposeHeaders.Span, span(6, 21, 6, 26)},
		{"maxAge", p.MaxAge.Span, span(7, 13, 7, 16)},
		{"ignored key", p.Ignored[0].Span, span(8, 3, 8, 21)},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s span %+v, want %+v", tt.name, tt.got, tt.want)
		}
	}
}

func TestOrigin(t *testing.T) {
	re := func(v string, icase bool) policy.Matcher {
		return policy.Matcher{Kind: policy.MatchRegex, Value: v, Dialect: policy.DialectECMAScript, Mode: policy.ModeSearch, IgnoreCase: icase}
	}
	exact := func(v string) policy.Matcher { return policy.Matcher{Kind: policy.MatchExact, Value: v} }
	tests := []struct {
		origin   string
		kind     policy.OriginKind
		emit     policy.EmitKind
		value    string
		matchers []policy.Matcher
		vary     policy.VaryMode
	}{
		{`"*"`, policy.OriginAny, policy.EmitWildcard, "", nil, policy.VaryNever},
		{`"https://a.example.com"`, policy.OriginStatic, policy.EmitOrigin, "https://a.example.com", nil, policy.VaryAlways},
		{`"https://a.com,https://b.com"`, policy.OriginStatic, policy.EmitOrigin, "https://a.com,https://b.com", nil, policy.VaryAlways},
		{`true`, policy.OriginEchoAny, policy.EmitOrigin, "", nil, policy.VaryAlways},
		{`1`, policy.OriginEchoAny, policy.EmitOrigin, "", nil, policy.VaryAlways},
		{`{}`, policy.OriginEchoAny, policy.EmitOrigin, "", nil, policy.VaryAlways},
		{`"/^https:\\/\\/x\\.com$/i"`, policy.OriginList, policy.EmitOrigin, "", []policy.Matcher{re(`^https:\/\/x\.com$`, true)}, policy.VaryAlways},
		{`"/x/gy"`, policy.OriginList, policy.EmitOrigin, "", []policy.Matcher{re("x", false)}, policy.VaryAlways},
		// Not RegExp literals: unknown flag, repeated flag, empty body.
		{`"/api/v1"`, policy.OriginStatic, policy.EmitOrigin, "/api/v1", nil, policy.VaryAlways},
		{`"/x/ii"`, policy.OriginStatic, policy.EmitOrigin, "/x/ii", nil, policy.VaryAlways},
		{`"//"`, policy.OriginStatic, policy.EmitOrigin, "//", nil, policy.VaryAlways},
		{`[]`, policy.OriginList, policy.EmitOrigin, "", []policy.Matcher{}, policy.VaryAlways},
		{`["https://A.example.com", "*", "null", true, "/a\\.b/", ["https://n.example.com"], 0]`, policy.OriginList, policy.EmitOrigin, "",
			[]policy.Matcher{
				exact("https://A.example.com"),
				exact("*"), // a literal compare in an array, not allow-all
				{Kind: policy.MatchNull, Value: "null"},
				{Kind: policy.MatchAll, Value: "true"},
				re(`a\.b`, false),
				exact("https://n.example.com"), // nested arrays are searched
			}, policy.VaryAlways},
	}
	for _, tt := range tests {
		// Under a `cors` key, so that values a top-level object could not
		// hold as options (an object, in a locale file) are still read.
		p := parseOne(t, `{"cors": {"origin": `+tt.origin+`}}`)
		o := p.Origins
		for i := range o.Matchers {
			o.Matchers[i].Span = policy.Span{}
		}
		if o.Kind != tt.kind || o.Emit != tt.emit || o.Value != tt.value || !reflect.DeepEqual(o.Matchers, tt.matchers) || o.Default {
			t.Errorf("origin %s: got %v emit %v value %q matchers %+v default %v", tt.origin, o.Kind, o.Emit, o.Value, o.Matchers, o.Default)
		}
		if p.Vary.Origin != tt.vary {
			t.Errorf("origin %s: vary %v, want %v", tt.origin, p.Vary.Origin, tt.vary)
		}
		if o.Span.IsZero() {
			t.Errorf("origin %s: no span", tt.origin)
		}
	}
}

func TestFalsyOriginDisables(t *testing.T) {
	for _, origin := range []string{`false`, `null`, `""`, `0`} {
		p := parseOne(t, `{"origin": `+origin+`, "credentials": true, "maxAge": 86400, "exposedHeaders": "*"}`)
		if p.Origins.Kind != policy.OriginNone || p.Origins.Span.IsZero() {
			t.Errorf("origin %s: origins %+v, want none with a span", origin, p.Origins)
		}
		if p.Credentials.Allowed() || p.MaxAge.Set || p.ExposeHeaders.Mode != policy.ListUnset ||
			p.AllowMethods.Mode != policy.ListUnset || p.AllowHeaders.Mode != policy.ListUnset {
			t.Errorf("origin %s: a disabled middleware sends nothing, got %+v", origin, p)
		}
		if p.PreflightStatus != 0 || p.OnErrors || p.Vary.Origin != policy.VaryNever {
			t.Errorf("origin %s: preflight %d onErrors %v vary %v", origin, p.PreflightStatus, p.OnErrors, p.Vary.Origin)
		}
	}
}

func TestCredentials(t *testing.T) {
	tests := []struct {
		value   string
		sent    string
		suggest string // "" = not ignored
	}{
		{`true`, "true", ""},
		{`false`, "", ""},
		{`null`, "", ""},
		{`"true"`, "", "true"},
		{`1`, "", "true"},
		{`"false"`, "", "false"},
		{`0`, "", "false"},
	}
	for _, tt := range tests {
		p := parseOne(t, `{"origin": "https://a.example.com", "credentials": `+tt.value+`}`)
		if p.Credentials.Value != tt.sent || !p.Credentials.Set || p.Credentials.Default {
			t.Errorf("credentials %s: %+v, want value %q", tt.value, p.Credentials, tt.sent)
		}
		switch {
		case tt.suggest == "" && len(p.Ignored) != 0:
			t.Errorf("credentials %s: unexpected ignored %+v", tt.value, p.Ignored)
		case tt.suggest != "" && (len(p.Ignored) != 1 || p.Ignored[0].Key != "credentials" || p.Ignored[0].Suggest != tt.suggest):
			t.Errorf("credentials %s: ignored %+v, want key credentials suggest %q", tt.value, p.Ignored, tt.suggest)
		}
	}
}

func TestLists(t *testing.T) {
	tests := []struct {
		opts    string
		field   func(policy.Policy) policy.List
		want    policy.List
		ignored string // key of the expected Ignored entry
	}{
		{`"methods": "GET, post"`, methodsOf, policy.List{Mode: policy.ListValues, Values: []string{"GET", "post"}, Raw: "GET, post", Explicit: true}, ""},
		{`"methods": ["GET", "TRACE"]`, methodsOf, policy.List{Mode: policy.ListValues, Values: []string{"GET", "TRACE"}, Raw: "GET,TRACE", Explicit: true}, ""},
		{`"methods": "*"`, methodsOf, policy.List{Mode: policy.ListValues, Values: []string{"*"}, Raw: "*", Explicit: true}, ""},
		{`"methods": ""`, methodsOf, policy.List{Mode: policy.ListUnset, Explicit: true}, ""},
		{`"methods": 5`, methodsOf, policy.List{Mode: policy.ListUnset, Explicit: true}, "methods"},
		{`"allowedHeaders": "*"`, allowOf, policy.List{Mode: policy.ListValues, Values: []string{"*"}, Raw: "*", Explicit: true}, ""},
		{`"allowedHeaders": ["Content-Type", null, 1.0]`, allowOf, policy.List{Mode: policy.ListValues, Values: []string{"Content-Type", "1"}, Raw: "Content-Type,,1", Explicit: true}, ""},
		{`"headers": ["X-A"]`, allowOf, policy.List{Mode: policy.ListValues, Values: []string{"X-A"}, Raw: "X-A", Explicit: true}, ""},
		{`"allowedHeaders": "X-A", "headers": "X-B"`, allowOf, policy.List{Mode: policy.ListValues, Values: []string{"X-A"}, Raw: "X-A", Explicit: true}, "headers"},
		{`"allowedHeaders": "", "headers": "X-B"`, allowOf, policy.List{Mode: policy.ListValues, Values: []string{"X-B"}, Raw: "X-B", Explicit: true}, ""},
		{`"allowedHeaders": null`, allowOf, policy.List{Mode: policy.ListReflect}, ""},
		{`"allowedHeaders": []`, allowOf, policy.List{Mode: policy.ListUnset, Explicit: true}, ""},
		{`"allowedHeaders": true`, allowOf, policy.List{Mode: policy.ListUnset, Explicit: true}, "allowedHeaders"},
		{`"exposedHeaders": ["X-A", "Authorization"]`, exposeOf, policy.List{Mode: policy.ListValues, Values: []string{"X-A", "Authorization"}, Raw: "X-A,Authorization", Explicit: true}, ""},
		{`"exposedHeaders": false`, exposeOf, policy.List{Mode: policy.ListUnset, Explicit: true}, ""},
		{`"exposedHeaders": {"a": 1}`, exposeOf, policy.List{Mode: policy.ListUnset, Explicit: true}, "exposedHeaders"},
	}
	for _, tt := range tests {
		p := parseOne(t, `{"origin": "*", `+tt.opts+`}`)
		got := tt.field(p)
		got.Span = policy.Span{}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.opts, got, tt.want)
		}
		checkIgnored(t, tt.opts, p, tt.ignored)
	}
}

func methodsOf(p policy.Policy) policy.List { return p.AllowMethods }
func allowOf(p policy.Policy) policy.List   { return p.AllowHeaders }
func exposeOf(p policy.Policy) policy.List  { return p.ExposeHeaders }

func checkIgnored(t *testing.T, what string, p policy.Policy, key string) {
	t.Helper()
	if key == "" {
		if len(p.Ignored) != 0 {
			t.Errorf("%s: unexpected ignored %+v", what, p.Ignored)
		}
		return
	}
	if len(p.Ignored) != 1 || p.Ignored[0].Key != key || p.Ignored[0].Reason == "" || p.Ignored[0].Span.IsZero() {
		t.Errorf("%s: ignored %+v, want one entry for %s", what, p.Ignored, key)
	}
}

func TestMaxAge(t *testing.T) {
	tests := []struct {
		value   string
		want    policy.MaxAge
		ignored bool
	}{
		{`86400`, policy.MaxAge{Set: true, Seconds: 86400}, false},
		{`0`, policy.MaxAge{Set: true}, false}, // sent since 2.8.5
		{`"600"`, policy.MaxAge{Set: true, Seconds: 600}, false},
		{`6e2`, policy.MaxAge{Set: true, Seconds: 600}, false},
		{`-1`, policy.MaxAge{Set: true, Seconds: -1, Raw: "-1"}, false},
		{`1.5`, policy.MaxAge{Set: true, Raw: "1.5"}, true},
		{`"ten"`, policy.MaxAge{Set: true, Raw: "ten"}, true},
		{`true`, policy.MaxAge{Set: true, Raw: "true"}, true},
		{`""`, policy.MaxAge{}, false},
		{`null`, policy.MaxAge{}, false},
		{`false`, policy.MaxAge{}, false},
		{`[600]`, policy.MaxAge{}, true},
	}
	for _, tt := range tests {
		p := parseOne(t, `{"origin": "*", "maxAge": `+tt.value+`}`)
		got := p.MaxAge
		if got.Set == got.Span.IsZero() {
			t.Errorf("maxAge %s: span %+v with set %v", tt.value, got.Span, got.Set)
		}
		got.Span = policy.Span{}
		if got != tt.want {
			t.Errorf("maxAge %s: %+v, want %+v", tt.value, got, tt.want)
		}
		key := ""
		if tt.ignored {
			key = "maxAge"
		}
		checkIgnored(t, "maxAge "+tt.value, p, key)
	}
}

func TestJSNumber(t *testing.T) {
	for lit, want := range map[string]string{
		"0": "0", "-0": "0", "86400": "86400", "8.64e4": "86400", "1.5": "1.5", "-2.50": "-2.5",
		"1e21": "1e+21", "1e-7": "1e-7", "0.000001": "0.000001", "1e400": "Infinity", "-1e400": "-Infinity", "1e-400": "0",
	} {
		if got := jsNumber(lit); got != want {
			t.Errorf("jsNumber(%s) = %q, want %q", lit, got, want)
		}
	}
}

func TestPreflight(t *testing.T) {
	tests := []struct {
		opts    string
		status  int
		ignored string
	}{
		{``, 204, ""},
		{`, "preflightContinue": false`, 204, ""},
		{`, "preflightContinue": true`, 0, ""},
		{`, "preflightContinue": "false"`, 0, "preflightContinue"}, // a non-empty string is truthy
		{`, "optionsSuccessStatus": 200`, 200, ""},
		{`, "optionsSuccessStatus": "200"`, 200, ""},
		{`, "optionsSuccessStatus": 200.7`, 200, ""},
		{`, "optionsSuccessStatus": "ok"`, 204, "optionsSuccessStatus"},
		{`, "optionsSuccessStatus": 42`, 204, "optionsSuccessStatus"},
		{`, "preflightContinue": true, "optionsSuccessStatus": 200`, 0, ""},
	}
	for _, tt := range tests {
		p := parseOne(t, `{"origin": "*"`+tt.opts+`}`)
		if p.PreflightStatus != tt.status {
			t.Errorf("%s: preflight status %d, want %d", tt.opts, p.PreflightStatus, tt.status)
		}
		checkIgnored(t, tt.opts, p, tt.ignored)
		if !p.OnErrors {
			t.Errorf("%s: cors runs before the route, OnErrors must be true", tt.opts)
		}
	}
}

func TestIgnoredKeys(t *testing.T) {
	tests := []struct {
		key, suggest string
	}{
		{"Access-Control-Allow-Credentials", "credentials"},
		{"Access-Control-Allow-Origin", "origin"},
		{"allowCredentials", "credentials"},
		{"allowedOrigins", "origin"},
		{"origins", "origin"},
		{"Origin", "origin"},
		{"credential", "credentials"},
		{"credentails", "credentials"}, //nolint:misspell // the typo under test
		{"orgin", "origin"},            //nolint:misspell // the typo under test
		{"exposeHeaders", "exposedHeaders"},
		{"allowHeaders", "allowedHeaders"},
		{"allowMethods", "methods"},
		{"max_age", "maxAge"},
		{"MaxAge", "maxAge"},
		{"allowPrivateNetwork", ""},
	}
	for _, tt := range tests {
		p := parseOne(t, `{"origin": "*", "`+tt.key+`": true}`)
		if len(p.Ignored) != 1 {
			t.Errorf("%s: ignored %+v, want one entry", tt.key, p.Ignored)
			continue
		}
		ig := p.Ignored[0]
		if ig.Key != tt.key || ig.Suggest != tt.suggest || !strings.Contains(ig.Reason, tt.key) || ig.Span != span(1, 17, 1, 19+len(tt.key)) {
			t.Errorf("%s: ignored %+v, want suggest %q at the key", tt.key, ig, tt.suggest)
		}
	}
	// Keys unrelated to cors are not reported: config files hold other things.
	for _, key := range []string{"path", "name", "enabled", "region", "image", "message", "port", "type", "host", "timeout"} {
		if s := suggestion(key); s.matched {
			t.Errorf("suggestion(%q) = %+v, want no match", key, s)
		}
	}
}

func TestDuplicateKeyLastWins(t *testing.T) {
	p := parseOne(t, `{"origin": true, "credentials": true, "origin": ["https://a.example.com"]}`)
	if p.Origins.Kind != policy.OriginList {
		t.Errorf("origins %v, want the last duplicate (list)", p.Origins.Kind)
	}
	if len(p.Ignored) != 1 || p.Ignored[0].Key != "origin" || p.Ignored[0].Span != span(1, 2, 1, 10) {
		t.Errorf("ignored %+v, want the shadowed origin key", p.Ignored)
	}
}

func TestFindOptions(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		scopes []string // one per policy, in order
	}{
		{"top level", `{"origin": "*"}`, []string{"all routes"}},
		{"under cors", `{"name": "app", "cors": {"origin": "*"}}`, []string{"all routes"}},
		{"nested cors", `{"server": {"http": {"cors": {"credentials": true}}}}`, []string{"all routes"}},
		{"cors key takes misspelt options", `{"cors": {"allowedOrigins": ["https://a.example.com"]}}`, []string{"all routes"}},
		{"route entries", `{"routes": [{"path": "/a", "cors": {"origin": "*"}}, {"route": "/b", "cors": {"origin": true}}]}`, []string{"/a", "/b"}},
		{"inline route entry", `[{"path": "/a", "origin": "*", "credentials": true}]`, []string{"/a"}},
		{"route map", `{"/a": {"origin": "*"}, "/b": {"cors": {"origin": true}}}`, []string{"/a", "/b"}},
		{"unrelated cors key", `{"cors": true, "origin": "https://github.com/x/y"}`, nil},
		{"cors without options", `{"cors": {"enabled": true}}`, nil},
		{"mostly other keys", `{"origin": "https://x", "branch": "main", "remote": "up", "depth": 1}`, nil},
		{"GCS entry", `{"cors": [{"origin": ["*"], "method": ["GET"], "responseHeader": ["X"], "maxAgeSeconds": 60}]}`, nil},
		{"manifest entry with a credentials label", `{"channels": [{"name": "beta", "origin": "https://beta.example.dev", "credentials": "none"}]}`, nil},
		{"fetch request init", `{"request": {"origin": "https://a.example.com", "credentials": "include"}}`, nil},
		{"credentials spelt as a word", `[{"origin": "https://a.example.com", "credentials": "True"}]`, []string{"all routes"}},
		{"scalar root", `"origin"`, nil},
		{"empty object", `{}`, nil},
	}
	for _, tt := range tests {
		ps, notes := Parser{}.Parse(parsers.File{Path: "x.json", Data: []byte(tt.src)})
		if len(notes) != 0 {
			t.Errorf("%s: notices %+v", tt.name, notes)
		}
		var scopes []string
		for _, p := range ps {
			scopes = append(scopes, p.Scope)
		}
		if !reflect.DeepEqual(scopes, tt.scopes) {
			t.Errorf("%s: scopes %q, want %q", tt.name, scopes, tt.scopes)
		}
	}
}

func TestMalformed(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		line, col int
	}{
		{"trailing comma", "{\n  \"origin\": \"*\",\n}", 3, 1},
		{"comment", "{\n  // cors\n  \"origin\": \"*\"\n}", 2, 3},
		{"non-UTF-8", "{\"origin\": \"https://a\xe9.example.com\"}", 1, 22},
		{"truncated", `{"origin": ["https://a.example.com"`, 1, 36},
		{"deep", strings.Repeat("[", 600), 1, 513},
	}
	for _, tt := range tests {
		ps, notes := Parser{}.Parse(parsers.File{Path: "x.json", Data: []byte(tt.src)})
		if len(ps) != 0 || len(notes) != 1 {
			t.Errorf("%s: %d policies, notices %+v; want one notice", tt.name, len(ps), notes)
			continue
		}
		n := notes[0]
		if n.Level != policy.LevelError || n.Span.File != "x.json" || n.Span.Start != (policy.Pos{Line: tt.line, Col: tt.col}) ||
			!strings.HasPrefix(n.Message, "invalid JSON: ") {
			t.Errorf("%s: notice %+v, want an error at %d:%d", tt.name, n, tt.line, tt.col)
		}
	}
}

func TestClaim(t *testing.T) {
	tests := []struct {
		path, data string
		want       bool
	}{
		{"config/cors.json", `{"origin": "*"}`, true},
		{"CORS.JSON", `{"credentials" : true}`, true},
		{"app.json", `{"cors":{"allowCredentials": true}}`, true},
		{"app.json", "{\"cors\":\n  {}}", true},
		{"cors.js", `export const port = 3000`, false},
		{"server.js", `module.exports = { origin: 1 }`, false},
		// A module named after CORS is read for its exported options.
		{"config/cors.config.js", `module.exports = { origin: '*' }`, true},
		{"cors.jsonc", `{"origin": "*"}`, false},
		{"app.json", `{"cors": true}`, false},
		{"app.json", `{"text": "the origin is \"origin\""}`, false},
		{"s3.json", `{"CORSRules": [{"AllowedOrigins": ["*"]}]}`, false},
		{"gcs.json", `[{"origin": ["*"], "method": ["GET"], "maxAgeSeconds": 3600}]`, false},
		{"vercel.json", `{"headers": [{"source": "/(.*)", "headers": [{"key": "Access-Control-Allow-Origin", "value": "*"}]}]}`, false},
		{"package.json", `{"name": "x", "dependencies": {"cors": "^2.8.5"}}`, false},
	}
	for _, tt := range tests {
		if got := (Parser{}).Claim(tt.path, []byte(tt.data)); got != tt.want {
			t.Errorf("Claim(%s, %s) = %v, want %v", tt.path, tt.data, got, tt.want)
		}
	}
}

func TestKeywordsCoverClaims(t *testing.T) {
	// Every claimable file must pass the prefilter.
	for _, data := range []string{`{"origin": 1}`, `{"credentials": 1}`, `{"cors": {}}`} {
		found := false
		for _, k := range (Parser{}).Keywords() {
			if strings.Contains(data, string(k)) {
				found = true
			}
		}
		if !found {
			t.Errorf("no keyword occurs in claimable %s", data)
		}
	}
}
