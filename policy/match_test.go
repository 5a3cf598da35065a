package policy

import (
	"errors"
	"strings"
	"testing"

	"github.com/dlclark/regexp2"
)

func TestMatcherMatch(t *testing.T) {
	re := func(d Dialect, mode MatchMode, v string) Matcher {
		return Matcher{Kind: MatchRegex, Dialect: d, Mode: mode, Value: v}
	}
	ci := func(m Matcher) Matcher { m.IgnoreCase = true; return m }
	hostOnly := func(m Matcher) Matcher { m.HostOnly = true; return m }
	crossDots := func(m Matcher) Matcher { m.GlobCrossesDots = true; return m }
	glob := func(v string) Matcher { return Matcher{Kind: MatchGlob, Value: v} }

	tests := []struct {
		name   string
		m      Matcher
		origin string
		want   bool
	}{
		// Exact.
		{"exact equal", Matcher{Kind: MatchExact, Value: "https://example.com"}, "https://example.com", true},
		{"exact is case-sensitive", Matcher{Kind: MatchExact, Value: "https://Example.com"}, "https://example.com", false},
		{"exact ignore case", ci(Matcher{Kind: MatchExact, Value: "https://Example.com"}), "https://example.com", true},
		{"exact trailing slash never equal", Matcher{Kind: MatchExact, Value: "https://example.com/"}, "https://example.com", false},
		{"exact other origin", Matcher{Kind: MatchExact, Value: "https://example.com"}, "https://example.com.attacker.example", false},
		{"exact host-only any scheme and port", hostOnly(Matcher{Kind: MatchExact, Value: "example.com"}), "http://example.com:8080", true},
		{"exact host-only other host", hostOnly(Matcher{Kind: MatchExact, Value: "example.com"}), "https://attacker.example", false},
		{"exact host-only null has no host", hostOnly(Matcher{Kind: MatchExact, Value: "null"}), "null", false},

		// ECMAScript: RegExp.test is a search.
		{"js literal search accepts suffix witness", re(DialectECMAScript, ModeSearch, `/example\.com/`), "https://example.com.attacker.example", true},
		{"js bare source search accepts suffix witness", re(DialectECMAScript, ModeSearch, `example\.com`), "https://example.com.attacker.example", true},
		{"js anchored literal rejects suffix witness", re(DialectECMAScript, ModeSearch, `/^https:\/\/example\.com$/`), "https://example.com.attacker.example", false},
		{"js anchored literal accepts itself", re(DialectECMAScript, ModeSearch, `/^https:\/\/example\.com$/`), "https://example.com", true},
		{"js i flag", re(DialectECMAScript, ModeSearch, `/^https:\/\/EXAMPLE\.com$/i`), "https://example.com", true},
		{"js without i flag is case-sensitive", re(DialectECMAScript, ModeSearch, `/^https:\/\/EXAMPLE\.com$/`), "https://example.com", false},
		{"js g flag ignored", re(DialectECMAScript, ModeSearch, `/example\.com$/g`), "https://api.example.com", true},
		{"js unescaped dot", re(DialectECMAScript, ModeSearch, `^https://api.example.com$`), "https://apiXexample.com", true},
		{"js suffix without dot boundary", re(DialectECMAScript, ModeSearch, `/example\.com$/`), "https://attackerexample.com", true},

		// Python re.match is a prefix match; fullmatch is whole-string.
		{"python prefix-match accepts suffix witness", re(DialectPython, ModePrefix, `https://example\.com`), "https://example.com.evil.io", true},
		{"python prefix-match anchored at start", re(DialectPython, ModePrefix, `example\.com`), "https://example.com", false},
		{"python fullmatch rejects suffix witness", re(DialectPython, ModeFull, `https://example\.com`), "https://example.com.evil.io", false},
		{"python fullmatch accepts itself", re(DialectPython, ModeFull, `https://example\.com`), "https://example.com", true},
		{"python named group", re(DialectPython, ModeFull, `https://(?P<sub>[a-z]+)\.example\.com`), "https://api.example.com", true},
		{"python named backreference", re(DialectPython, ModeFull, `https://(?P<a>x)(?P=a)\.example\.com`), "https://xx.example.com", true},
		{"python (?P< inside a class is literal", re(DialectPython, ModeSearch, `[(?P<]x`), "<x", true},
		{"python verbose comment", re(DialectPython, ModeFull, "(?x) https://example\\.com  # production"), "https://example.com", true},
		{"python verbose comment still full", re(DialectPython, ModeFull, "(?x) https://example\\.com  # production"), "https://example.com.evil.io", false},
		{"python IGNORECASE", ci(re(DialectPython, ModeFull, `https://EXAMPLE\.com`)), "https://example.com", true},

		// Full mode keeps a top-level alternation inside the anchors.
		{"fullmatch alternation rejects suffix witness", re(DialectRE2, ModeFull, `https://a\.com|https://b\.com`), "https://a.com.evil.io", false},
		{"fullmatch alternation accepts second", re(DialectRE2, ModeFull, `https://a\.com|https://b\.com`), "https://b.com", true},
		{"prefix alternation rejects inner match", re(DialectPython, ModePrefix, `https://a\.com|b\.com`), "https://b.com", false},

		// End-anchored (ingress-nginx).
		{"suffix mode accepts attackerexample", re(DialectPCRE, ModeSuffix, `(example\.com)$`), "https://attackerexample.com", true},
		{"suffix mode rejects suffix witness", re(DialectPCRE, ModeSuffix, `(example\.com)$`), "https://example.com.evil.io", false},
		{"suffix mode case-insensitive", ci(re(DialectPCRE, ModeSuffix, `((https://EXAMPLE\.com))$`)), "https://example.com", true},

		// Inline flags.
		{"re2 inline (?i)", re(DialectRE2, ModeFull, `(?i)https://EXAMPLE\.com`), "https://example.com", true},
		{"re2 without (?i)", re(DialectRE2, ModeFull, `https://EXAMPLE\.com`), "https://example.com", false},
		{"pcre inline (?i) search", re(DialectPCRE, ModeSearch, `(?i)EXAMPLE\.com$`), "https://example.com", true},
		{"pcre case-sensitive", re(DialectPCRE, ModeSearch, `EXAMPLE\.com$`), "https://example.com", false},
		{"re2 .* full is any origin", re(DialectRE2, ModeFull, `.*`), "https://attacker.example", true},

		// Java matches() is fullmatch.
		{"java full subdomains", re(DialectJava, ModeFull, `https://.*\.example\.com`), "https://a.b.example.com", true},
		{"java full rejects apex", re(DialectJava, ModeFull, `https://.*\.example\.com`), "https://example.com", false},

		// Host-only regex (Kong entries without ':').
		{"host-only regex accepts any port", hostOnly(re(DialectPCRE, ModeFull, `(.*)\.example\.com`)), "https://a.example.com:8443", true},
		{"host-only regex rejects suffix witness", hostOnly(re(DialectPCRE, ModeFull, `(.*)\.example\.com`)), "https://a.example.com.evil.io", false},

		// Globs.
		{"glob one label", glob("https://*.example.com"), "https://api.example.com", true},
		{"glob not two labels", glob("https://*.example.com"), "https://a.b.example.com", false},
		{"glob needs a label", glob("https://*.example.com"), "https://example.com", false},
		{"glob not across a slash", glob("https://*.example.com"), "https://evil.io/.example.com", false},
		{"glob case-insensitive", glob("https://*.example.com"), "https://API.Example.COM", true},
		{"glob scheme must match", glob("https://*.example.com"), "http://api.example.com", false},
		{"glob dots crossing", crossDots(glob("https://*.example.com")), "https://a.b.example.com", true},
		{"glob dots crossing still anchored", crossDots(glob("https://*.example.com")), "https://a.example.com.evil.io", false},
		{"glob https://* any https", crossDots(glob("https://*")), "https://attacker.example", true},
		{"glob http* any scheme", crossDots(glob("http*")), "https://attacker.example", true},
		{"glob special characters are literal", glob("https://*.ex+ample.com"), "https://a.ex+ample.com", true},
		{"glob host-only", hostOnly(glob("*.example.com")), "http://a.example.com:8080", true},

		// null.
		{"null accepts null", Matcher{Kind: MatchNull}, "null", true},
		{"null is exact", Matcher{Kind: MatchNull}, "NULL", false},
		{"null not a host", Matcher{Kind: MatchNull}, "https://null", false},

		// String matchers (Envoy, Istio, code).
		{"prefix accepts suffix witness", Matcher{Kind: MatchPrefix, Value: "https://example.com"}, "https://example.com.attacker.example", true},
		{"prefix rejects other", Matcher{Kind: MatchPrefix, Value: "https://example.com"}, "https://attacker.example", false},
		{"prefix case-sensitive", Matcher{Kind: MatchPrefix, Value: "https://Example.com"}, "https://example.com", false},
		{"prefix ignore case", ci(Matcher{Kind: MatchPrefix, Value: "https://Example.com"}), "https://example.com", true},
		{"suffix without dot boundary", Matcher{Kind: MatchSuffix, Value: "example.com"}, "https://attackerexample.com", true},
		{"suffix ignore case", ci(Matcher{Kind: MatchSuffix, Value: "EXAMPLE.com"}), "https://a.example.com", true},
		{"contains substring", Matcher{Kind: MatchContains, Value: "example"}, "https://notexample.io", true},
		{"contains miss", Matcher{Kind: MatchContains, Value: "example"}, "https://attacker.io", false},
		{"all", Matcher{Kind: MatchAll}, "https://attacker.example", true},
		{"all with null", Matcher{Kind: MatchAll}, "null", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.m.Match(tt.origin)
			if err != nil {
				t.Fatalf("Match(%q) on %q: unexpected error %v", tt.origin, tt.m.Value, err)
			}
			if got != tt.want {
				t.Errorf("Match(%q) on %s %q = %v, want %v", tt.origin, tt.m.Kind, tt.m.Value, got, tt.want)
			}
		})
	}
}

func TestMatcherMatchErrors(t *testing.T) {
	tests := []struct {
		name    string
		m       Matcher
		origin  string
		wantErr error
	}{
		{"unterminated class", Matcher{Kind: MatchRegex, Dialect: DialectPCRE, Value: `https://[a-z.example\.com`}, "https://a.example.com", ErrBadPattern},
		{"unbalanced paren full mode", Matcher{Kind: MatchRegex, Dialect: DialectPython, Mode: ModeFull, Value: `https://(a\.com`}, "https://a.com", ErrBadPattern},
		{"python group syntax is not JS", Matcher{Kind: MatchRegex, Dialect: DialectECMAScript, Value: `(?P<n>x)`}, "x", ErrBadPattern},
		{"java possessive unsupported", Matcher{Kind: MatchRegex, Dialect: DialectJava, Mode: ModeFull, Value: `a++`}, "aa", ErrBadPattern},
		{"unknown dialect", Matcher{Kind: MatchRegex, Dialect: Dialect(99), Value: `x`}, "x", ErrBadPattern},
		// Catastrophic backtracking gives up after MatchTimeout instead of
		// hanging the scan.
		{"catastrophic pattern", Matcher{Kind: MatchRegex, Dialect: DialectPCRE, Value: `(a+)+$`}, strings.Repeat("a", 40) + "!", ErrMatchTimeout},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.m.Match(tt.origin)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Match(%q) on %q: error %v, want %v", tt.origin, tt.m.Value, err, tt.wantErr)
			}
			if got {
				t.Errorf("Match returned true together with an error")
			}
			if tt.m.Dialect != Dialect(99) && !strings.Contains(err.Error(), tt.m.Value) {
				t.Errorf("error %q does not name the pattern %q", err, tt.m.Value)
			}
		})
	}
	t.Run("unknown kind", func(t *testing.T) {
		if _, err := (Matcher{Kind: MatcherKind(42), Value: "x"}).Match("x"); err == nil {
			t.Fatal("unknown matcher kind: no error")
		}
	})
	t.Run("unknown mode", func(t *testing.T) {
		_, err := (Matcher{Kind: MatchRegex, Mode: MatchMode(9), Value: "x"}).Match("x")
		if err == nil {
			t.Fatal("unknown match mode: no error")
		}
	})
}

func TestTranslateNamedGroups(t *testing.T) {
	tests := []struct{ in, want string }{
		{`plain`, `plain`},
		{`(?P<sub>[a-z]+)\.(?P=sub)`, `(?<sub>[a-z]+)\.\k<sub>`},
		{`\(?P<x>`, `\(?P<x>`},
		{`[(?P<]`, `[(?P<]`},
		{`[]](?P<n>a)`, `[]](?<n>a)`},
		{`[^]](?P<n>a)`, `[^]](?<n>a)`},
	}
	for _, tt := range tests {
		if got := translateNamedGroups(tt.in); got != tt.want {
			t.Errorf("translateNamedGroups(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitJSLiteral(t *testing.T) {
	tests := []struct {
		in, src string
		ignore  bool
	}{
		{`/example\.com$/`, `example\.com$`, false},
		{`/^https:\/\/EXAMPLE\.com$/i`, `^https:\/\/EXAMPLE\.com$`, true},
		{`/a/gi`, `a`, true},
		{`example\.com`, `example\.com`, false},
		{`/`, `/`, false},
		{`/a\/i`, `/a\/i`, false},   // the last slash is escaped: no literal
		{`/a\\/i`, `a\\`, true},     // an escaped backslash, then the closing slash
		{`/a/xyz`, `/a/xyz`, false}, // not JS flags
		{`/path/to`, `/path/to`, false},
	}
	for _, tt := range tests {
		src, opts := splitJSLiteral(tt.in)
		if src != tt.src || (opts&regexp2.IgnoreCase != 0) != tt.ignore {
			t.Errorf("splitJSLiteral(%q) = %q, %v; want %q, ignore case %v", tt.in, src, opts, tt.src, tt.ignore)
		}
	}
}
