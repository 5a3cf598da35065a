package yamlconf_test

import (
	"reflect"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/parsers/yamlconf"
	"github.com/corslint/corslint/policy"
)

func parseYAML(t *testing.T, src string) ([]policy.Policy, []policy.Notice) {
	t.Helper()
	return yamlconf.Parser{}.Parse(parsers.File{Path: "t.yaml", Data: []byte(src)})
}

func one(t *testing.T, src string) policy.Policy {
	t.Helper()
	pols, ns := parseYAML(t, src)
	if len(pols) != 1 {
		t.Fatalf("got %d policies (notices %v), want 1", len(pols), ns)
	}
	return pols[0]
}

func span(line, col, end int) policy.Span {
	return policy.Span{File: "t.yaml", Start: policy.Pos{Line: line, Col: col}, End: policy.Pos{Line: line, Col: end}}
}

const ingressHead = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: api\n  annotations:\n"

func TestIngressDefaults(t *testing.T) {
	p := one(t, ingressHead+`    nginx.ingress.kubernetes.io/enable-cors: "true"`+"\n")
	at := span(6, 46, 52)
	want := policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Default: true,
		DefaultNote: "ingress-nginx allows every origin (cors-allow-origin defaults to *)", Span: at}
	if !reflect.DeepEqual(p.Origins, want) {
		t.Errorf("origins = %+v, want %+v", p.Origins, want)
	}
	if p.Credentials != (policy.Credentials{Value: "true", Default: true, Span: at}) {
		t.Errorf("credentials = %+v", p.Credentials)
	}
	if p.MaxAge != (policy.MaxAge{Set: true, Seconds: 1728000, Default: true, Span: at}) {
		t.Errorf("max age = %+v", p.MaxAge)
	}
	if p.Span != at || p.Framework != "ingress-nginx" || !p.OnErrors || p.Vary.Origin != policy.VaryNever || p.PreflightStatus != 204 {
		t.Errorf("policy = %+v", p)
	}
	if p.AllowMethods.Mode != policy.ListValues || !p.AllowMethods.Default || len(p.AllowMethods.Values) != 6 {
		t.Errorf("methods = %+v", p.AllowMethods)
	}
}

func TestIngressOrigins(t *testing.T) {
	tests := []struct {
		name    string
		value   string
		kind    policy.OriginKind
		regexes []string // kind and value of each matcher
		spans   []policy.Span
		ignored int
	}{
		{"list", `"https://a.example.com, https://*.example.com:8443"`, policy.OriginList,
			[]string{`exact https://a.example.com`, `glob https://*.example.com:8443`},
			[]policy.Span{span(7, 53, 74), span(7, 76, 102)}, 0},
		{"star wins", `"https://a.example.com,*"`, policy.OriginAny, nil, nil, 0},
		{"validator fails: upper-case scheme", `"HTTPS://a.example.com"`, policy.OriginAny, nil, nil, 0},
		{"entry without scheme dropped", `"a.example.com, https://b.example.com"`, policy.OriginList,
			[]string{`exact https://b.example.com`}, nil, 1},
		{"null keeps the end-anchored regex", `"https://a.example.com,null"`, policy.OriginList,
			[]string{`exact https://a.example.com`, `regex null`}, nil, 0},
		{"placeholder", `"${ORIGIN}"`, policy.OriginUnknown, nil, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := one(t, ingressHead+"    nginx.ingress.kubernetes.io/enable-cors: \"true\"\n"+
				"    nginx.ingress.kubernetes.io/cors-allow-origin: "+tt.value+"\n")
			if p.Origins.Kind != tt.kind {
				t.Fatalf("kind = %v, want %v", p.Origins.Kind, tt.kind)
			}
			if len(p.Ignored) != tt.ignored {
				t.Errorf("ignored = %+v", p.Ignored)
			}
			if tt.regexes == nil {
				return
			}
			var got []string
			for i, m := range p.Origins.Matchers {
				// An entry without `*` accepts no browser origin but itself
				// (end-anchored, a scheme first): exact, case-insensitive.
				got = append(got, m.Kind.String()+" "+m.Value)
				if !m.IgnoreCase || (m.Kind == policy.MatchRegex && (m.Mode != policy.ModeSuffix || m.Dialect != policy.DialectPCRE)) {
					t.Errorf("matcher %d = %+v", i, m)
				}
				if tt.spans != nil && m.Span != tt.spans[i] {
					t.Errorf("matcher %d span = %+v, want %+v", i, m.Span, tt.spans[i])
				}
			}
			if !reflect.DeepEqual(got, tt.regexes) {
				t.Errorf("regexes = %q, want %q", got, tt.regexes)
			}
		})
	}
}

const istioHead = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: vs\nspec:\n  http:\n    - corsPolicy:\n"

func TestIstioMatchers(t *testing.T) {
	p := one(t, istioHead+`        allowOrigins:
          - exact: https://a.example.com
          - prefix: https://b.example.com
          - regex: ".*"
          - regex: "https://c[.]example[.]com"
        allowCredentials: true
        maxAge: "1h30m"
`)
	kinds := []policy.MatcherKind{policy.MatchExact, policy.MatchPrefix, policy.MatchAll, policy.MatchRegex}
	if len(p.Origins.Matchers) != len(kinds) {
		t.Fatalf("matchers = %+v", p.Origins.Matchers)
	}
	for i, k := range kinds {
		if p.Origins.Matchers[i].Kind != k {
			t.Errorf("matcher %d kind = %v, want %v", i, p.Origins.Matchers[i].Kind, k)
		}
	}
	if m := p.Origins.Matchers[3]; m.Dialect != policy.DialectRE2 || m.Mode != policy.ModeFull {
		t.Errorf("regex matcher = %+v", m)
	}
	if p.Origins.Emit != policy.EmitOrigin || p.Credentials.Value != "true" || p.MaxAge.Seconds != 5400 || p.Vary.Origin != policy.VaryNever {
		t.Errorf("policy = %+v", p)
	}
}

func TestEnvoyRouteOverride(t *testing.T) {
	pols, _ := parseYAML(t, `virtual_hosts:
  - name: vh
    domains: ["*"]
    cors:
      allow_origin_string_match: [{exact: "https://a.example.com"}]
      allow_credentials: true
      max_age: "600"
    routes:
      - match: {prefix: /x}
        route:
          cluster: c
          cors:
            max_age: "7200"
            allow_private_network_access: true
`)
	if len(pols) != 2 {
		t.Fatalf("got %d policies", len(pols))
	}
	r := pols[1]
	if r.MaxAge.Seconds != 7200 || r.Credentials.Value != "true" || len(r.Origins.Matchers) != 1 || !r.PrivateNetwork.Allowed {
		t.Errorf("route policy = %+v", r)
	}
	if pols[0].MaxAge.Seconds != 600 {
		t.Errorf("virtual host max age = %+v", pols[0].MaxAge)
	}
}

func TestKongOrigins(t *testing.T) {
	tests := []struct {
		name    string
		config  string
		kind    policy.OriginKind
		emit    policy.EmitKind
		matcher policy.Matcher
	}{
		{"default", "{}", policy.OriginAny, policy.EmitWildcard, policy.Matcher{}},
		{"star with credentials echoes", `{origins: ["*"], credentials: true}`, policy.OriginAny, policy.EmitOrigin, policy.Matcher{}},
		{"one plain entry is static", `{origins: ["https://a.example.com"]}`, policy.OriginStatic, policy.EmitOrigin, policy.Matcher{}},
		{"host only", `{origins: ["a.example.com", "https://b.example.com"]}`, policy.OriginList, policy.EmitOrigin,
			policy.Matcher{Kind: policy.MatchExact, Value: "a.example.com", HostOnly: true}},
		{"default port dropped in a list", `{origins: ["https://a.example.com:443", "https://b.example.com"]}`, policy.OriginList, policy.EmitOrigin,
			policy.Matcher{Kind: policy.MatchExact, Value: "https://a.example.com"}},
		{"other port kept", `{origins: ["http://a.example.com:8080", "https://b.example.com"]}`, policy.OriginList, policy.EmitOrigin,
			policy.Matcher{Kind: policy.MatchExact, Value: "http://a.example.com:8080"}},
		{"one entry is sent with its port", `{origins: ["https://a.example.com:443"]}`, policy.OriginStatic, policy.EmitOrigin, policy.Matcher{}},
		{"regex", `{origins: ['^https://.*\.example\.com', "https://b.example.com"]}`, policy.OriginList, policy.EmitOrigin,
			policy.Matcher{Kind: policy.MatchRegex, Value: `https://.*\.example\.com`, Dialect: policy.DialectPCRE, Mode: policy.ModeFull}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := one(t, "plugins:\n  - name: cors\n    config: "+tt.config+"\n")
			if p.Origins.Kind != tt.kind || p.Origins.Emit != tt.emit {
				t.Fatalf("origins = %+v", p.Origins)
			}
			if tt.matcher.Value != "" {
				m := p.Origins.Matchers[0]
				m.Span = policy.Span{}
				if m != tt.matcher {
					t.Errorf("matcher = %+v, want %+v", m, tt.matcher)
				}
			}
			if !p.AllowMethods.Default && tt.name == "default" || p.AllowMethods.Default && len(p.AllowMethods.Values) != 9 {
				t.Errorf("methods = %+v", p.AllowMethods)
			}
		})
	}
}

func TestSpringRelaxedBinding(t *testing.T) {
	p := one(t, `spring:
  cloud.gateway:
    globalcors:
      cors_configurations:
        "[/api/**]":
          allowedOriginPatterns: ["https://*.example.com:[8080,8443]", https://a.example.com]
          AllowCredentials: true
          max-age: 30m
`)
	if p.Scope != "spring cloud gateway globalcors /api/**" || p.Credentials.Value != "true" || p.MaxAge.Seconds != 1800 {
		t.Errorf("policy = %+v", p)
	}
	want := []policy.Matcher{
		{Kind: policy.MatchRegex, Value: `https://.*\.example\.com(:(8080|8443))?`, Dialect: policy.DialectJava, Mode: policy.ModeFull},
		{Kind: policy.MatchGlob, Value: "https://a.example.com", GlobCrossesDots: true},
	}
	for i := range p.Origins.Matchers {
		p.Origins.Matchers[i].Span = policy.Span{}
	}
	if !reflect.DeepEqual(p.Origins.Matchers, want) {
		t.Errorf("matchers = %+v", p.Origins.Matchers)
	}
}

func TestSAMQuotedValues(t *testing.T) {
	p := one(t, "Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Api:\n    Cors:\n      AllowOrigin: \"'https://a.example.com'\"\n      MaxAge: \"'600'\"\n")
	if p.Origins.Kind != policy.OriginStatic || p.Origins.Value != "https://a.example.com" || !p.PreflightOnly {
		t.Fatalf("policy = %+v", p)
	}
	// The span is the origin inside both quotes.
	if p.Origins.Span != span(5, 22, 43) {
		t.Errorf("span = %+v", p.Origins.Span)
	}
	if p.MaxAge.Seconds != 600 {
		t.Errorf("max age = %+v", p.MaxAge)
	}
}

func TestSpansCountBytes(t *testing.T) {
	// "é" is two bytes: yaml.v3 counts it as one column, spans as two.
	p := one(t, "cors: {note: \"é\", origins: [\"*\"]}\n")
	if p.Origins.Span != span(1, 30, 33) {
		t.Errorf("span = %+v", p.Origins.Span)
	}
}

func TestHelmPlaceholders(t *testing.T) {
	pols, notices := parseYAML(t, `{{- if .Values.cors }}
cors:
  origins:
    - https://*.{{ .Values.domain }}
    - {{ .Values.extra }}
{{- end }}
`)
	if len(pols) != 1 || len(notices) != 0 {
		t.Fatalf("policies %+v notices %+v", pols, notices)
	}
	ms := pols[0].Origins.Matchers
	if len(ms) != 1 || ms[0].Value != "https://*.{{ .Values.domain }}" || ms[0].Kind != policy.MatchGlob {
		t.Errorf("matchers = %+v (the placeholder alone is not a matcher)", ms)
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		level policy.Level
		line  int
	}{
		{"syntax error keeps later documents", "cors: [\n---\ncors: {origins: ['*']}\n", policy.LevelWarning, 1},
		{"tabs", "cors:\n\torigins: ['*']\n", policy.LevelWarning, 2},
		{"duplicate keys", "cors:\n  origins: ['*']\n  origins: ['https://a.example.com']\n", policy.LevelWarning, 3},
		{"invalid utf-8", "cors:\n  origins: ['\xff']\n", policy.LevelWarning, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ns := yamlconf.Parser{}.Parse(parsers.File{Path: "t.yaml", Data: []byte(tt.src), Named: true})
			if len(ns) == 0 {
				t.Fatal("no notice")
			}
			if ns[0].Level != tt.level || ns[0].Span.Start.Line != tt.line || ns[0].Span.File != "t.yaml" {
				t.Errorf("notice = %+v", ns[0])
			}
		})
	}
}

func TestAliasBomb(t *testing.T) {
	src := "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
	prev := "a"
	for _, n := range []string{"b", "c", "d", "e", "f", "g", "h", "i"} {
		src += n + ": &" + n + " [*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + "]\n"
		prev = n
	}
	src += "cors: {origins: *i}\n"
	res := yamlconf.Read("t.yaml", []byte(src))
	if !res.Broken || len(res.Notices) != 1 {
		t.Errorf("notices = %+v", res.Notices)
	}
}

func TestSpringProperties(t *testing.T) {
	src := "# gateway\nspring.cloud.gateway.globalcors.cors-configurations.[/**].allowed-origin-patterns[0]=https://a.example.com\n" +
		"spring.cloud.gateway.globalcors.cors-configurations.[/**].allowed-origin-patterns[1] = *\n" +
		"spring.cloud.gateway.globalcors.cors-configurations.[/**].allow-credentials: true\n"
	pols, ns := yamlconf.Parser{}.Parse(parsers.File{Path: "application.properties", Data: []byte(src)})
	if len(pols) != 1 || len(ns) != 0 {
		t.Fatalf("policies %+v notices %+v", pols, ns)
	}
	p := pols[0]
	if p.Origins.Kind != policy.OriginAny || p.Origins.Emit != policy.EmitOrigin || p.Credentials.Value != "true" {
		t.Errorf("policy = %+v", p)
	}
	want := policy.Span{File: "application.properties", Start: policy.Pos{Line: 3, Col: 88}, End: policy.Pos{Line: 3, Col: 89}}
	if p.Origins.Span != want {
		t.Errorf("span = %+v, want %+v", p.Origins.Span, want)
	}
	if !(yamlconf.Parser{}).Claim("src/main/resources/application-prod.properties", nil) || (yamlconf.Parser{}).Claim("messages.properties", nil) {
		t.Error("claim")
	}
}
