package policy

import (
	"reflect"
	"testing"
)

// hdrs builds a header list from name, value pairs.
func hdrs(kv ...string) []Header {
	var out []Header
	for i := 0; i+1 < len(kv); i += 2 {
		out = append(out, Header{Name: kv[i], Value: kv[i+1]})
	}
	return out
}

const (
	trusted  = "https://app.example.com"
	attacker = "https://attacker.example"
)

func TestEvaluate(t *testing.T) {
	exact := func(v string) Matcher { return Matcher{Kind: MatchExact, Value: v} }
	list := func(emit EmitKind, ms ...Matcher) Origins {
		return Origins{Kind: OriginList, Emit: emit, Matchers: ms}
	}
	credTrue := Credentials{Value: "true", Set: true}
	get := func(origin string) Request { return Request{Origin: origin, Method: "GET"} }
	cookie := func(origin string) Request { return Request{Origin: origin, Method: "GET", Credentials: true} }
	preflight := func(origin, method string, headers ...string) Request {
		return Request{Origin: origin, Method: method, Headers: headers, Preflight: true}
	}
	withStatus := func(r Request, s int) Request { r.Status = s; return r }
	withPNA := func(r Request) Request { r.PrivateNetwork = true; return r }

	tests := []struct {
		name        string
		p           *Policy
		r           Request
		want        []Header
		wantStatus  int
		wantUnknown bool
	}{
		{name: "nil policy", p: nil, r: get(attacker)},

		// Origin shapes.
		{name: "none sends nothing", p: &Policy{OnErrors: true}, r: get(attacker)},
		{name: "any wildcard", p: &Policy{Origins: Origins{Kind: OriginAny, Emit: EmitWildcard}, OnErrors: true},
			r: get(attacker), want: hdrs(HeaderAllowOrigin, "*")},
		{name: "any wildcard without origin", p: &Policy{Origins: Origins{Kind: OriginAny, Emit: EmitWildcard}, OnErrors: true},
			r: get(""), want: hdrs(HeaderAllowOrigin, "*")},
		{name: "any wildcard with credentials sends the pair", p: &Policy{Origins: Origins{Kind: OriginAny, Emit: EmitWildcard}, Credentials: credTrue, OnErrors: true},
			r: cookie(attacker), want: hdrs(HeaderAllowOrigin, "*", HeaderAllowCredentials, "true")},
		{name: "any emitting the origin", p: &Policy{Origins: Origins{Kind: OriginAny, Emit: EmitOrigin}, OnErrors: true},
			r: get(attacker), want: hdrs(HeaderAllowOrigin, attacker)},
		{name: "any emitting the origin without origin sends nothing", p: &Policy{Origins: Origins{Kind: OriginAny, Emit: EmitOrigin}, OnErrors: true},
			r: get("")},
		{name: "origin-if-credentialed plain request gets *", p: &Policy{Origins: Origins{Kind: OriginAny, Emit: EmitOriginIfCredentialed}, Credentials: credTrue, OnErrors: true},
			r: get(attacker), want: hdrs(HeaderAllowOrigin, "*", HeaderAllowCredentials, "true")},
		{name: "origin-if-credentialed cookie request gets echo", p: &Policy{Origins: Origins{Kind: OriginAny, Emit: EmitOriginIfCredentialed}, Credentials: credTrue, OnErrors: true},
			r: cookie(attacker), want: hdrs(HeaderAllowOrigin, attacker, HeaderAllowCredentials, "true")},
		{name: "origin-if-credentialed preflight gets echo", p: &Policy{Origins: Origins{Kind: OriginAny, Emit: EmitOriginIfCredentialed}, OnErrors: true, PreflightStatus: 200},
			r: preflight(attacker, "PUT"), want: hdrs(HeaderAllowOrigin, attacker), wantStatus: 200},
		{name: "echo-any reflects", p: &Policy{Origins: Origins{Kind: OriginEchoAny}, Credentials: credTrue, OnErrors: true},
			r: cookie("null"), want: hdrs(HeaderAllowOrigin, "null", HeaderAllowCredentials, "true")},
		{name: "echo-any without origin sends nothing, not even credentials", p: &Policy{Origins: Origins{Kind: OriginEchoAny}, Credentials: credTrue, OnErrors: true},
			r: get("")},
		{name: "list accepts and echoes", p: &Policy{Origins: list(EmitOrigin, exact("https://other.example"), exact(trusted)), Credentials: credTrue, OnErrors: true},
			r: cookie(trusted), want: hdrs(HeaderAllowOrigin, trusted, HeaderAllowCredentials, "true")},
		{name: "list rejects", p: &Policy{Origins: list(EmitOrigin, exact(trusted)), Credentials: credTrue, OnErrors: true},
			r: cookie(attacker)},
		{name: "list rejects but credentials always sent", p: &Policy{Origins: list(EmitOrigin, exact(trusted)), Credentials: Credentials{Value: "true", Always: true}, OnErrors: true},
			r: cookie(attacker), want: hdrs(HeaderAllowCredentials, "true")},
		{name: "list emitting wildcard", p: &Policy{Origins: list(EmitWildcard, exact(trusted)), OnErrors: true},
			r: get(trusted), want: hdrs(HeaderAllowOrigin, "*")},
		{name: "list emitting wildcard rejects others", p: &Policy{Origins: list(EmitWildcard, exact(trusted)), OnErrors: true},
			r: get(attacker)},
		{name: "list without origin", p: &Policy{Origins: list(EmitOrigin, Matcher{Kind: MatchAll}), OnErrors: true},
			r: get("")},
		{name: "list skips a broken matcher when another accepts", p: &Policy{Origins: list(EmitOrigin, Matcher{Kind: MatchRegex, Value: "("}, exact(trusted)), OnErrors: true},
			r: get(trusted), want: hdrs(HeaderAllowOrigin, trusted)},
		{name: "list with only a broken matcher is unknown", p: &Policy{Origins: list(EmitOrigin, Matcher{Kind: MatchRegex, Value: "("}, exact(trusted)), OnErrors: true},
			r: get(attacker), wantUnknown: true},
		{name: "list regex bypass", p: &Policy{Origins: list(EmitOrigin, Matcher{Kind: MatchRegex, Dialect: DialectECMAScript, Value: `/example\.com/`}), OnErrors: true},
			r: get("https://example.com.attacker.example"), want: hdrs(HeaderAllowOrigin, "https://example.com.attacker.example")},
		{name: "static sent to everyone", p: &Policy{Origins: Origins{Kind: OriginStatic, Value: trusted}, OnErrors: true},
			r: get(attacker), want: hdrs(HeaderAllowOrigin, trusted)},
		{name: "static list sent verbatim", p: &Policy{Origins: Origins{Kind: OriginStatic, Value: "https://a.example, https://b.example"}, OnErrors: true},
			r: get(attacker), want: hdrs(HeaderAllowOrigin, "https://a.example, https://b.example")},
		{name: "static empty sends nothing", p: &Policy{Origins: Origins{Kind: OriginStatic}, Credentials: credTrue, OnErrors: true},
			r: cookie(attacker)},
		{name: "unknown", p: &Policy{Origins: Origins{Kind: OriginUnknown, Note: "callback"}, Credentials: credTrue, OnErrors: true},
			r: cookie(attacker), wantUnknown: true},
		{name: "extra fields add Allow-Origin fields", p: &Policy{Origins: Origins{Kind: OriginStatic, Value: "*", ExtraFields: []Field{{Echo: true}, {Value: ""}, {Value: trusted}}}, OnErrors: true},
			r: get(attacker), want: hdrs(HeaderAllowOrigin, "*", HeaderAllowOrigin, attacker, HeaderAllowOrigin, trusted)},
		{name: "extra field alone", p: &Policy{Origins: Origins{Kind: OriginNone, ExtraFields: []Field{{Value: "*"}}}, OnErrors: true},
			r: get(attacker), want: hdrs(HeaderAllowOrigin, "*")},

		// Status gate (nginx add_header without `always`).
		{name: "gate passes 200", p: &Policy{Origins: Origins{Kind: OriginStatic, Value: trusted}},
			r: get(trusted), want: hdrs(HeaderAllowOrigin, trusted)},
		{name: "gate passes 304", p: &Policy{Origins: Origins{Kind: OriginStatic, Value: trusted}},
			r: withStatus(get(trusted), 304), want: hdrs(HeaderAllowOrigin, trusted)},
		{name: "gate drops 404", p: &Policy{Origins: Origins{Kind: OriginStatic, Value: trusted}, Vary: Vary{Origin: VaryAlways}},
			r: withStatus(get(trusted), 404)},
		{name: "gate drops 202", p: &Policy{Origins: Origins{Kind: OriginStatic, Value: trusted}},
			r: withStatus(get(trusted), 202)},
		{name: "gate drops 500", p: &Policy{Origins: Origins{Kind: OriginStatic, Value: trusted}},
			r: withStatus(get(trusted), 500)},
		{name: "on errors sends on 500", p: &Policy{Origins: Origins{Kind: OriginStatic, Value: trusted}, OnErrors: true},
			r: withStatus(get(trusted), 500), want: hdrs(HeaderAllowOrigin, trusted)},
		{name: "preflight answered by the app with 405 is gated", p: &Policy{Origins: Origins{Kind: OriginStatic, Value: trusted}},
			r: withStatus(preflight(trusted, "PUT"), 405)},
		{name: "preflight-only block answers preflights with its status",
			p: &Policy{Origins: Origins{Kind: OriginStatic, Value: trusted}, PreflightOnly: true, PreflightStatus: 204,
				AllowMethods: List{Mode: ListValues, Raw: "GET, POST, PUT"}},
			r: preflight(trusted, "PUT"), wantStatus: 204,
			want: hdrs(HeaderAllowOrigin, trusted, HeaderAllowMethods, "GET, POST, PUT")},
		{name: "preflight-only block says nothing to actual requests",
			p: &Policy{Origins: Origins{Kind: OriginStatic, Value: trusted}, PreflightOnly: true, PreflightStatus: 204},
			r: get(trusted)},

		// Preflights.
		{name: "cors-package style preflight",
			p: &Policy{Origins: list(EmitOrigin, exact(trusted)), Credentials: credTrue, OnErrors: true, PreflightStatus: 204,
				AllowMethods:  List{Mode: ListValues, Raw: "GET,HEAD,PUT,PATCH,POST,DELETE", Default: true},
				AllowHeaders:  List{Mode: ListReflect, Default: true},
				ExposeHeaders: List{Mode: ListValues, Values: []string{"X-Total"}},
				MaxAge:        MaxAge{Set: true, Seconds: 600},
				Vary:          Vary{Origin: VaryWhenDynamic}},
			r:          preflight(trusted, "PUT", "X-Foo", "Content-Type", "Accept"),
			wantStatus: 204,
			want: hdrs(HeaderAllowOrigin, trusted, HeaderAllowCredentials, "true",
				HeaderAllowMethods, "GET,HEAD,PUT,PATCH,POST,DELETE", HeaderAllowHeaders, "content-type,x-foo",
				HeaderMaxAge, "600", HeaderVary, "Origin")},
		{name: "reflected method is normalized", p: &Policy{Origins: Origins{Kind: OriginEchoAny}, OnErrors: true, AllowMethods: List{Mode: ListReflect}},
			r: preflight(trusted, "delete"), want: hdrs(HeaderAllowOrigin, trusted, HeaderAllowMethods, "DELETE")},
		{name: "reflected patch keeps its case", p: &Policy{Origins: Origins{Kind: OriginEchoAny}, OnErrors: true, AllowMethods: List{Mode: ListReflect}},
			r: preflight(trusted, "patch"), want: hdrs(HeaderAllowOrigin, trusted, HeaderAllowMethods, "patch")},
		{name: "values joined, no headers to reflect",
			p: &Policy{Origins: Origins{Kind: OriginEchoAny}, OnErrors: true,
				AllowMethods: List{Mode: ListValues, Values: []string{"GET", "POST"}}, AllowHeaders: List{Mode: ListReflect}},
			r: preflight(trusted, "POST", "Accept"), want: hdrs(HeaderAllowOrigin, trusted, HeaderAllowMethods, "GET, POST")},
		{name: "max-age raw and zero",
			p: &Policy{Origins: Origins{Kind: OriginEchoAny}, OnErrors: true, MaxAge: MaxAge{Set: true, Raw: "1d"}},
			r: preflight(trusted, "PUT"), want: hdrs(HeaderAllowOrigin, trusted, HeaderMaxAge, "1d")},
		{name: "max-age zero is sent",
			p: &Policy{Origins: Origins{Kind: OriginEchoAny}, OnErrors: true, MaxAge: MaxAge{Set: true}},
			r: preflight(trusted, "PUT"), want: hdrs(HeaderAllowOrigin, trusted, HeaderMaxAge, "0")},
		{name: "private network always",
			p: &Policy{Origins: Origins{Kind: OriginEchoAny}, OnErrors: true, PrivateNetwork: PrivateNetwork{Allowed: true}},
			r: preflight(trusted, "PUT"), want: hdrs(HeaderAllowOrigin, trusted, HeaderAllowPrivateNetwork, "true")},
		{name: "private network only when requested, requested",
			p: &Policy{Origins: Origins{Kind: OriginEchoAny}, OnErrors: true, PrivateNetwork: PrivateNetwork{Allowed: true, OnlyWhenRequested: true}},
			r: withPNA(preflight(trusted, "PUT")), want: hdrs(HeaderAllowOrigin, trusted, HeaderAllowPrivateNetwork, "true")},
		{name: "private network only when requested, not requested",
			p: &Policy{Origins: Origins{Kind: OriginEchoAny}, OnErrors: true, PrivateNetwork: PrivateNetwork{Allowed: true, OnlyWhenRequested: true}},
			r: preflight(trusted, "PUT"), want: hdrs(HeaderAllowOrigin, trusted)},
		{name: "preflight lists sent for a rejected origin, status refused",
			p: &Policy{Origins: list(EmitOrigin, exact(trusted)), Credentials: credTrue, OnErrors: true,
				PreflightStatus: 200, PreflightRejectStatus: 400,
				AllowMethods: List{Mode: ListValues, Values: []string{"GET"}}, MaxAge: MaxAge{Set: true, Seconds: 600}},
			r:          preflight(attacker, "GET"),
			wantStatus: 400,
			want:       hdrs(HeaderAllowMethods, "GET", HeaderMaxAge, "600")},
		{name: "reject status for a refused method",
			p: &Policy{Origins: list(EmitOrigin, exact(trusted)), OnErrors: true, PreflightStatus: 200, PreflightRejectStatus: 400,
				AllowMethods: List{Mode: ListValues, Values: []string{"GET"}}},
			r: preflight(trusted, "PUT"), wantStatus: 400,
			want: hdrs(HeaderAllowOrigin, trusted, HeaderAllowMethods, "GET")},
		{name: "reject status for a refused header",
			p: &Policy{Origins: list(EmitOrigin, exact(trusted)), OnErrors: true, PreflightStatus: 200, PreflightRejectStatus: 400,
				AllowHeaders: List{Mode: ListValues, Raw: "Accept, Content-Type"}},
			r: preflight(trusted, "GET", "X-Foo"), wantStatus: 400,
			want: hdrs(HeaderAllowOrigin, trusted, HeaderAllowHeaders, "Accept, Content-Type")},
		{name: "header allowed case-insensitively",
			p: &Policy{Origins: list(EmitOrigin, exact(trusted)), OnErrors: true, PreflightStatus: 200, PreflightRejectStatus: 400,
				AllowHeaders: List{Mode: ListValues, Values: []string{"Content-Type"}}},
			r: preflight(trusted, "GET", "content-type"), wantStatus: 200,
			want: hdrs(HeaderAllowOrigin, trusted, HeaderAllowHeaders, "Content-Type")},
		{name: "star lists allow everything",
			p: &Policy{Origins: list(EmitOrigin, exact(trusted)), OnErrors: true, PreflightStatus: 200, PreflightRejectStatus: 403,
				AllowMethods: List{Mode: ListValues, Values: []string{"*"}}, AllowHeaders: List{Mode: ListValues, Values: []string{"*"}}},
			r: preflight(trusted, "DELETE", "X-Foo"), wantStatus: 200,
			want: hdrs(HeaderAllowOrigin, trusted, HeaderAllowMethods, "*", HeaderAllowHeaders, "*")},
		{name: "reject status gated without OnErrors",
			p: &Policy{Origins: list(EmitOrigin, exact(trusted)), PreflightStatus: 204, PreflightRejectStatus: 403,
				Vary: Vary{Origin: VaryAlways}},
			r: preflight(attacker, "PUT"), wantStatus: 403},

		// Expose-Headers.
		{name: "expose on an accepted actual request",
			p: &Policy{Origins: Origins{Kind: OriginEchoAny}, OnErrors: true, ExposeHeaders: List{Mode: ListValues, Values: []string{"X-A", "X-B"}}},
			r: get(trusted), want: hdrs(HeaderAllowOrigin, trusted, HeaderExposeHeaders, "X-A, X-B")},
		{name: "no expose on a rejected request",
			p: &Policy{Origins: list(EmitOrigin, exact(trusted)), OnErrors: true, ExposeHeaders: List{Mode: ListValues, Values: []string{"X-A"}}},
			r: get(attacker)},
		{name: "no expose on a preflight",
			p: &Policy{Origins: Origins{Kind: OriginEchoAny}, OnErrors: true, ExposeHeaders: List{Mode: ListValues, Values: []string{"X-A"}}},
			r: preflight(trusted, "PUT"), want: hdrs(HeaderAllowOrigin, trusted)},

		// Vary.
		{name: "vary always, even on rejection", p: &Policy{Origins: list(EmitOrigin, exact(trusted)), OnErrors: true, Vary: Vary{Origin: VaryAlways}},
			r: get(attacker), want: hdrs(HeaderVary, "Origin")},
		{name: "vary when dynamic on echo", p: &Policy{Origins: list(EmitOrigin, exact(trusted)), OnErrors: true, Vary: Vary{Origin: VaryWhenDynamic}},
			r: get(trusted), want: hdrs(HeaderAllowOrigin, trusted, HeaderVary, "Origin")},
		{name: "vary when dynamic on rejection", p: &Policy{Origins: list(EmitOrigin, exact(trusted)), OnErrors: true, Vary: Vary{Origin: VaryWhenDynamic}},
			r: get(attacker), want: hdrs(HeaderVary, "Origin")},
		{name: "vary when dynamic not for *", p: &Policy{Origins: Origins{Kind: OriginAny, Emit: EmitWildcard}, OnErrors: true, Vary: Vary{Origin: VaryWhenDynamic}},
			r: get(attacker), want: hdrs(HeaderAllowOrigin, "*")},
		{name: "vary when dynamic follows origin-if-credentialed", p: &Policy{Origins: Origins{Kind: OriginAny, Emit: EmitOriginIfCredentialed}, OnErrors: true, Vary: Vary{Origin: VaryWhenDynamic}},
			r: cookie(attacker), want: hdrs(HeaderAllowOrigin, attacker, HeaderVary, "Origin")},
		{name: "vary when dynamic for a static origin", p: &Policy{Origins: Origins{Kind: OriginStatic, Value: trusted}, OnErrors: true, Vary: Vary{Origin: VaryWhenDynamic}},
			r: get(attacker), want: hdrs(HeaderAllowOrigin, trusted, HeaderVary, "Origin")},
		{name: "vary when dynamic not for CORS off", p: &Policy{OnErrors: true, Vary: Vary{Origin: VaryWhenDynamic}},
			r: get(attacker)},
		{name: "vary never", p: &Policy{Origins: Origins{Kind: OriginEchoAny}, OnErrors: true},
			r: get(attacker), want: hdrs(HeaderAllowOrigin, attacker)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Evaluate(tt.p, tt.r)
			if !reflect.DeepEqual(got.Headers, tt.want) {
				t.Errorf("headers:\n got %v\nwant %v", got.Headers, tt.want)
			}
			if got.Status != tt.wantStatus {
				t.Errorf("status = %d, want %d", got.Status, tt.wantStatus)
			}
			if got.Unknown != tt.wantUnknown {
				t.Errorf("unknown = %v, want %v", got.Unknown, tt.wantUnknown)
			}
		})
	}
}

func TestResponseGet(t *testing.T) {
	resp := Response{Headers: hdrs(
		"access-control-allow-origin", "https://a.example",
		"Vary", "Origin",
		"ACCESS-CONTROL-ALLOW-ORIGIN", "https://b.example",
	)}
	if got, want := resp.Get(HeaderAllowOrigin), []string{"https://a.example", "https://b.example"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Get = %v, want %v", got, want)
	}
	if got := resp.Get(HeaderAllowCredentials); got != nil {
		t.Errorf("Get(absent) = %v, want nil", got)
	}
	if v, ok := resp.Combined(HeaderAllowOrigin); !ok || v != "https://a.example, https://b.example" {
		t.Errorf("Combined = %q, %v", v, ok)
	}
	if v, ok := resp.Combined(HeaderAllowCredentials); ok || v != "" {
		t.Errorf("Combined(absent) = %q, %v", v, ok)
	}
}
