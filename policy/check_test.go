package policy

import (
	"reflect"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	const pre = "Response to preflight request doesn't pass access control check: "
	const missing = "No 'Access-Control-Allow-Origin' header is present on the requested resource."
	const wildcardCred = "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'."
	notEqual := func(v string) string {
		return "The 'Access-Control-Allow-Origin' header has a value '" + v + "' that is not equal to the supplied origin."
	}
	multiple := func(v string) string {
		return "The 'Access-Control-Allow-Origin' header contains multiple values '" + v + "', but only one is allowed."
	}
	badCred := func(v string) string {
		return "The value of the 'Access-Control-Allow-Credentials' header in the response is '" + v + "' which must be 'true' when the request's credentials mode is 'include'."
	}
	methodNo := func(m string) string {
		return "Method " + m + " is not allowed by Access-Control-Allow-Methods in preflight response."
	}
	headerNo := func(h string) string {
		return "Request header field " + h + " is not allowed by Access-Control-Allow-Headers in preflight response."
	}
	ok := Verdict{OK: true}
	fail := func(check, reason string) Verdict { return Verdict{Check: check, Reason: reason} }

	get := Request{Origin: trusted, Method: "GET"}
	cookie := Request{Origin: trusted, Method: "GET", Credentials: true}
	put := Request{Origin: trusted, Method: "PUT", Preflight: true}
	putCookie := Request{Origin: trusted, Method: "PUT", Preflight: true, Credentials: true}
	withHeaders := func(r Request, h ...string) Request { r.Headers = h; return r }
	withMethod := func(r Request, m string) Request { r.Method = m; return r }
	withStatus := func(r Request, s int) Request { r.Status = s; return r }
	withPNA := func(r Request) Request { r.PrivateNetwork = true; return r }
	resp := func(status int, kv ...string) Response { return Response{Status: status, Headers: hdrs(kv...)} }
	acao := func(kv ...string) Response { return resp(0, append([]string{HeaderAllowOrigin, trusted}, kv...)...) }

	tests := []struct {
		name string
		r    Request
		resp Response
		want Verdict
	}{
		// The CORS check on actual responses.
		{"absent", get, resp(0), fail(CheckCORS, missing)},
		{"absent is not null", Request{Origin: "null"}, resp(0), fail(CheckCORS, missing)},
		{"wildcard", get, resp(0, HeaderAllowOrigin, "*"), ok},
		{"wildcard ignores credentials header", get, resp(0, HeaderAllowOrigin, "*", HeaderAllowCredentials, "false"), ok},
		{"wildcard with credentials", cookie, resp(0, HeaderAllowOrigin, "*", HeaderAllowCredentials, "true"), fail(CheckCORS, wildcardCred)},
		{"equal origin", get, acao(), ok},
		{"equal origin with credentials", cookie, acao(HeaderAllowCredentials, "true"), ok},
		{"credentials header missing", cookie, acao(), fail(CheckCORS, badCred(""))},
		{"credentials True", cookie, acao(HeaderAllowCredentials, "True"), fail(CheckCORS, badCred("True"))},
		{"credentials 1", cookie, acao(HeaderAllowCredentials, "1"), fail(CheckCORS, badCred("1"))},
		{"two credentials fields", cookie, acao(HeaderAllowCredentials, "true", HeaderAllowCredentials, "true"), fail(CheckCORS, badCred("true, true"))},
		{"header names are case-insensitive", cookie, resp(0, "access-control-allow-origin", trusted, "ACCESS-CONTROL-ALLOW-CREDENTIALS", "true"), ok},
		{"other origin", get, resp(0, HeaderAllowOrigin, "https://other.example"), fail(CheckCORS, notEqual("https://other.example"))},
		{"trailing slash", get, resp(0, HeaderAllowOrigin, trusted+"/"), fail(CheckCORS, notEqual(trusted+"/"))},
		{"other case", get, resp(0, HeaderAllowOrigin, "https://App.example.com"), fail(CheckCORS, notEqual("https://App.example.com"))},
		{"explicit default port", get, resp(0, HeaderAllowOrigin, trusted+":443"), fail(CheckCORS, notEqual(trusted+":443"))},
		{"two fields", get, resp(0, HeaderAllowOrigin, trusted, HeaderAllowOrigin, trusted), fail(CheckCORS, multiple(trusted+", "+trusted))},
		{"wildcard plus echo", get, resp(0, HeaderAllowOrigin, "*", HeaderAllowOrigin, trusted), fail(CheckCORS, multiple("*, "+trusted))},
		{"comma list value", get, resp(0, HeaderAllowOrigin, trusted+",https://b.example"), fail(CheckCORS, multiple(trusted+",https://b.example"))},
		{"space list value", get, resp(0, HeaderAllowOrigin, trusted+" https://b.example"), fail(CheckCORS, multiple(trusted+" https://b.example"))},
		{"null matches null", Request{Origin: "null"}, resp(0, HeaderAllowOrigin, "null"), ok},
		{"null does not match an origin", get, resp(0, HeaderAllowOrigin, "null"), fail(CheckCORS, notEqual("null"))},
		{"not a URL", get, resp(0, HeaderAllowOrigin, "app.example.com"),
			fail(CheckCORS, "The 'Access-Control-Allow-Origin' header contains the invalid value 'app.example.com'.")},
		{"empty value", get, resp(0, HeaderAllowOrigin, ""),
			fail(CheckCORS, "The 'Access-Control-Allow-Origin' header contains the invalid value ''.")},
		{"no request origin", Request{Method: "GET"}, acao(), fail(CheckCORS, notEqual(trusted))},
		{"actual responses may have any status", withStatus(get, 500), acao(), ok},

		// Preflights: the CORS check with the actual request's credentials.
		{"preflight absent", put, resp(204), fail(CheckCORS, pre+missing)},
		{"preflight wildcard with credentials", putCookie, resp(204, HeaderAllowOrigin, "*", HeaderAllowCredentials, "true", HeaderAllowMethods, "PUT"), fail(CheckCORS, pre+wildcardCred)},
		{"preflight credentials missing", putCookie, acao(HeaderAllowMethods, "PUT"), fail(CheckCORS, pre+badCred(""))},
		{"preflight credentialed ok", putCookie, acao(HeaderAllowCredentials, "true", HeaderAllowMethods, "PUT"), ok},

		// Preflight status.
		{"preflight 404", put, resp(404, HeaderAllowOrigin, trusted, HeaderAllowMethods, "PUT"), fail(CheckStatus, pre+"It does not have HTTP ok status.")},
		{"preflight 301", put, resp(301, HeaderAllowOrigin, trusted, HeaderAllowMethods, "PUT"), fail(CheckStatus, pre+"It does not have HTTP ok status.")},
		{"preflight status from the app", withStatus(put, 405), acao(HeaderAllowMethods, "PUT"), fail(CheckStatus, pre+"It does not have HTTP ok status.")},
		{"preflight 204", put, resp(204, HeaderAllowOrigin, trusted, HeaderAllowMethods, "PUT"), ok},
		{"status before parsing", put, resp(500, HeaderAllowOrigin, trusted, HeaderAllowMethods, "PUT;"), fail(CheckStatus, pre+"It does not have HTTP ok status.")},

		// Methods.
		{"method not allowed", put, acao(HeaderAllowMethods, "GET, POST"), fail(CheckMethod, methodNo("PUT"))},
		{"method absent list", put, acao(), fail(CheckMethod, methodNo("PUT"))},
		{"method listed", put, acao(HeaderAllowMethods, "GET, PUT"), ok},
		{"method listed across fields", put, acao(HeaderAllowMethods, "GET", HeaderAllowMethods, "PUT"), ok},
		{"method empty elements", put, acao(HeaderAllowMethods, "GET, , PUT,"), ok},
		{"method compared byte-exactly", withMethod(put, "PATCH"), acao(HeaderAllowMethods, "patch"), fail(CheckMethod, methodNo("PATCH"))},
		{"patch is not normalized", withMethod(put, "patch"), acao(HeaderAllowMethods, "PATCH"), fail(CheckMethod, methodNo("patch"))},
		{"put is normalized", withMethod(put, "put"), acao(HeaderAllowMethods, "PUT"), ok},
		{"method wildcard", put, acao(HeaderAllowMethods, "*"), ok},
		{"method wildcard is literal with credentials", putCookie, acao(HeaderAllowCredentials, "true", HeaderAllowMethods, "*"), fail(CheckMethod, methodNo("PUT"))},
		{"safelisted method needs no listing", withHeaders(withMethod(put, "POST"), "X-Foo"), acao(HeaderAllowHeaders, "x-foo"), ok},
		{"methods not a token list", put, acao(HeaderAllowMethods, "GET; PUT"),
			fail(CheckMethod, "Cannot parse Access-Control-Allow-Methods response header field in preflight response.")},

		// Headers.
		{"header not allowed", withHeaders(put, "X-Foo"), acao(HeaderAllowMethods, "PUT"), fail(CheckHeader, headerNo("x-foo"))},
		{"header listed case-insensitively", withHeaders(put, "X-Foo"), acao(HeaderAllowMethods, "PUT", HeaderAllowHeaders, "x-FOO"), ok},
		{"first missing header in sorted order", withHeaders(put, "X-Zed", "Content-Type", "X-Foo"), acao(HeaderAllowMethods, "PUT", HeaderAllowHeaders, "Content-Type"), fail(CheckHeader, headerNo("x-foo"))},
		{"safelisted names need no listing", withHeaders(put, "Accept", "Accept-Language", "Content-Language", "Range"), acao(HeaderAllowMethods, "PUT"), ok},
		{"content-type must be listed", withHeaders(put, "Content-Type"), acao(HeaderAllowMethods, "PUT"), fail(CheckHeader, headerNo("content-type"))},
		{"header wildcard", withHeaders(put, "X-Foo", "Content-Type"), acao(HeaderAllowMethods, "PUT", HeaderAllowHeaders, "*"), ok},
		{"header wildcard never covers authorization", withHeaders(put, "Authorization", "X-Foo"), acao(HeaderAllowMethods, "PUT", HeaderAllowHeaders, "*"), fail(CheckHeader, headerNo("authorization"))},
		{"authorization listed beside wildcard", withHeaders(put, "Authorization", "X-Foo"), acao(HeaderAllowMethods, "PUT", HeaderAllowHeaders, "*, Authorization"), ok},
		{"header wildcard literal with credentials", withHeaders(putCookie, "X-Foo"), acao(HeaderAllowCredentials, "true", HeaderAllowMethods, "PUT", HeaderAllowHeaders, "*"), fail(CheckHeader, headerNo("x-foo"))},
		{"headers not a token list", withHeaders(put, "X-A"), acao(HeaderAllowMethods, "PUT", HeaderAllowHeaders, "Content-Type; X-A"),
			fail(CheckHeader, "Cannot parse Access-Control-Allow-Headers response header field in preflight response.")},
		{"headers parse failure even when not needed", put, acao(HeaderAllowMethods, "PUT", HeaderAllowHeaders, "X-A X-B"),
			fail(CheckHeader, "Cannot parse Access-Control-Allow-Headers response header field in preflight response.")},

		// Private Network Access.
		{"pna missing", withPNA(put), acao(HeaderAllowMethods, "PUT"),
			fail(CheckPrivateNetwork, pre+"No 'Access-Control-Allow-Private-Network' header was present in the preflight response for this private network request.")},
		{"pna false", withPNA(put), acao(HeaderAllowMethods, "PUT", HeaderAllowPrivateNetwork, "false"),
			fail(CheckPrivateNetwork, pre+"The 'Access-Control-Allow-Private-Network' header in the preflight response for this private network request had a value of 'false', not 'true'.")},
		{"pna granted", withPNA(put), acao(HeaderAllowMethods, "PUT", HeaderAllowPrivateNetwork, "true"), ok},
		{"pna header ignored when not requested", put, acao(HeaderAllowMethods, "PUT", HeaderAllowPrivateNetwork, "true"), ok},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check(tt.r, tt.resp)
			if got != tt.want {
				t.Errorf("Check =\n %+v\nwant\n %+v", got, tt.want)
			}
		})
	}
}

// TestEvaluateThenCheck runs whole policies through both functions, as rules
// and `corslint explain` do.
func TestEvaluateThenCheck(t *testing.T) {
	corsDefault := &Policy{ // the `cors` package with no options
		Origins:         Origins{Kind: OriginAny, Emit: EmitWildcard, Default: true},
		AllowMethods:    List{Mode: ListValues, Raw: "GET,HEAD,PUT,PATCH,POST,DELETE", Default: true},
		AllowHeaders:    List{Mode: ListReflect, Default: true},
		OnErrors:        true,
		PreflightStatus: 204,
	}
	wildcardCred := *corsDefault
	wildcardCred.Credentials = Credentials{Value: "true", Set: true}
	flaskRegex := &Policy{ // flask-cors origins=r"https://.*\.example\.com", credentials
		Origins: Origins{Kind: OriginList, Emit: EmitOrigin, Matchers: []Matcher{{
			Kind: MatchRegex, Dialect: DialectPython, Mode: ModePrefix, IgnoreCase: true, Value: `https://.*\.example\.com`,
		}}},
		Credentials:     Credentials{Value: "true", Set: true},
		AllowMethods:    List{Mode: ListValues, Values: []string{"GET", "HEAD", "POST", "OPTIONS", "PUT", "PATCH", "DELETE"}},
		AllowHeaders:    List{Mode: ListReflect},
		OnErrors:        true,
		PreflightStatus: 200,
		Vary:            Vary{Origin: VaryWhenDynamic},
	}
	nginxNoAlways := &Policy{
		Origins:     Origins{Kind: OriginStatic, Value: trusted},
		Credentials: Credentials{Value: "true", Set: true},
	}

	tests := []struct {
		name  string
		p     *Policy
		r     Request
		check string // "" = OK
	}{
		{"cors default readable by anyone", corsDefault, Request{Origin: attacker, Method: "GET"}, ""},
		{"cors default preflight for PUT with JSON", corsDefault, Request{Origin: attacker, Method: "PUT", Headers: []string{"Content-Type"}, Preflight: true}, ""},
		{"cors default blocks cookies", corsDefault, Request{Origin: attacker, Method: "GET", Credentials: true}, CheckCORS},
		{"wildcard plus credentials still blocks cookies", &wildcardCred, Request{Origin: attacker, Method: "GET", Credentials: true}, CheckCORS},
		{"flask prefix regex leaks to a suffix witness", flaskRegex, Request{Origin: "https://x.example.com.attacker.example", Method: "GET", Credentials: true}, ""},
		{"flask prefix regex rejects an unrelated origin", flaskRegex, Request{Origin: attacker, Method: "GET", Credentials: true}, CheckCORS},
		{"flask preflight with Authorization", flaskRegex, Request{Origin: "https://a.example.com", Method: "DELETE", Headers: []string{"Authorization"}, Preflight: true, Credentials: true}, ""},
		{"nginx without always hides 401", nginxNoAlways, Request{Origin: trusted, Method: "GET", Credentials: true, Status: 401}, CheckCORS},
		{"nginx without always serves 200", nginxNoAlways, Request{Origin: trusted, Method: "GET", Credentials: true}, ""},
		{"nginx static origin blocks others", nginxNoAlways, Request{Origin: attacker, Method: "GET"}, CheckCORS},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := Evaluate(tt.p, tt.r)
			v := Check(tt.r, resp)
			if v.OK != (tt.check == "") || v.Check != tt.check {
				t.Errorf("verdict %+v, want check %q (headers %v)", v, tt.check, resp.Headers)
			}
		})
	}
}

func TestIsSafelistedHeader(t *testing.T) {
	tests := []struct {
		name, value string
		want        bool
	}{
		{"Accept", "application/json", true},
		{"accept", "text/html, */*;q=0.8", true},
		{"Accept", `text/"html"`, false},
		{"Accept", "a\x01b", false},
		{"Accept", "a\tb", true},
		{"Accept", strings.Repeat("a", 129), false},
		{"Accept", strings.Repeat("a", 128), true},
		{"Accept-Language", "en-US,en;q=0.9", true},
		{"Content-Language", "de-DE", true},
		{"Accept-Language", "en_US", false},
		{"Content-Type", "text/plain", true},
		{"content-type", "Text/Plain; charset=utf-8", true},
		{"Content-Type", "multipart/form-data; boundary=x", true},
		{"Content-Type", "application/x-www-form-urlencoded", true},
		{"Content-Type", "application/json", false},
		{"Content-Type", "text/plain; charset=(utf-8)", false},
		{"Range", "bytes=0-", true},
		{"Range", "bytes=0-499", true},
		{"Range", "bytes=500-499", false},
		{"Range", "bytes=-500", false},
		{"Range", "bytes=0-1,5-6", false},
		{"Range", "items=0-1", false},
		{"Range", "bytes=00000000000000000000000001-2", true},
		{"Authorization", "Bearer x", false},
		{"X-Requested-With", "XMLHttpRequest", false},
	}
	for _, tt := range tests {
		if got := IsSafelistedHeader(tt.name, tt.value); got != tt.want {
			t.Errorf("IsSafelistedHeader(%q, %q) = %v, want %v", tt.name, tt.value, got, tt.want)
		}
	}
}

func TestUnsafeHeaderNames(t *testing.T) {
	tests := []struct {
		name    string
		headers []Header
		want    []string
	}{
		{"none", nil, []string{}},
		{"safelisted only", hdrs("Accept", "*/*", "Content-Type", "text/plain"), []string{}},
		{"json and custom, sorted lower-case", hdrs("X-Zed", "1", "Content-Type", "application/json", "Accept", "*/*"), []string{"content-type", "x-zed"}},
		{"duplicates once", hdrs("X-A", "1", "x-a", "2"), []string{"x-a"}},
		{"over 1024 safelisted bytes makes all unsafe", hdrs(
			"Accept", strings.Repeat("a", 128), "Accept-Language", strings.Repeat("b", 128),
			"Content-Language", strings.Repeat("c", 128), "Accept", strings.Repeat("a", 128),
			"Accept", strings.Repeat("a", 128), "Accept", strings.Repeat("a", 128),
			"Accept", strings.Repeat("a", 128), "Accept", strings.Repeat("a", 128),
			"Accept", "a"), []string{"accept", "accept-language", "content-language"}},
	}
	for _, tt := range tests {
		got := UnsafeHeaderNames(tt.headers)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: UnsafeHeaderNames = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestNeedsPreflight(t *testing.T) {
	tests := []struct {
		r    Request
		want bool
	}{
		{Request{Method: "GET"}, false},
		{Request{}, false},
		{Request{Method: "post"}, false},
		{Request{Method: "HEAD", Headers: []string{"Accept", "Range"}}, false},
		{Request{Method: "PUT"}, true},
		{Request{Method: "PATCH"}, true},
		{Request{Method: "GET", Headers: []string{"Content-Type"}}, true},
		{Request{Method: "GET", Headers: []string{"Authorization"}}, true},
		{Request{Method: "GET", Headers: []string{"X-Requested-With"}}, true},
	}
	for _, tt := range tests {
		if got := NeedsPreflight(tt.r); got != tt.want {
			t.Errorf("NeedsPreflight(%+v) = %v, want %v", tt.r, got, tt.want)
		}
	}
	if got, want := PreflightHeaderNames([]string{"X-B", " Accept", "Content-Type", "x-b", ""}), []string{"content-type", "x-b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("PreflightHeaderNames = %q, want %q", got, want)
	}
}

func TestNormalizeMethod(t *testing.T) {
	for in, want := range map[string]string{
		"get": "GET", "Put": "PUT", "delete": "DELETE", "options": "OPTIONS", "head": "HEAD", "post": "POST",
		"patch": "patch", "PATCH": "PATCH", "propfind": "propfind",
	} {
		if got := NormalizeMethod(in); got != want {
			t.Errorf("NormalizeMethod(%q) = %q, want %q", in, got, want)
		}
	}
}
