package nginx

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

func TestSpellsPattern(t *testing.T) {
	tests := []struct {
		pattern, value string
		icase, want    bool
	}{
		{`^https://(.+)\.workbench\.example$`, `https://$1.workbench.example`, true, true},
		{`^(https://[a-z]+\.example\.com)$`, `$1`, false, true},
		{`(https?://.*\.example\.com)`, `${1}`, false, true},
		{`^https://((www|app)\.)?example\.com$`, `https://$1example.com`, false, true},
		{`^https://(?<sub>[a-z]+)\.example\.com$`, `https://$sub.example.com`, false, true},
		{`^https://(?:[a-z]+)\.(example)\.com$`, `https://x.$1.com`, false, false},
		{`^HTTPS://(.+)\.Example\.com$`, `https://$1.example.com`, true, true},
		{`^HTTPS://(.+)\.Example\.com$`, `https://$1.example.com`, false, false},
		// Not the matched text: a different scheme, a part of the match,
		// a repeated group, an alternation, an inner group.
		{`^https?://(.+)\.example\.com$`, `https://$1.example.com`, false, false},
		{`^https://(.+)\.example\.com$`, `https://$1.example.org`, false, false},
		{`^https://([a-z]+\.)+example\.com$`, `https://$1example.com`, false, false},
		{`^https://(a|b)\.example\.com$|^https://c\.example\.com$`, `https://$1.example.com`, false, false},
		{`^https://((www|app)\.)?example\.com$`, `https://$2.example.com`, false, false},
		{`^https://(.+)\.example\.com$`, `$1`, false, false},
		{`^https://([a-z]+)\.example\.com$`, `https://$tenant.example.com`, false, false},
		// Malformed patterns are never spelled back (and never panic).
		{`(`, `$1`, false, false},
		{`(?<`, `$1`, false, false},
		{`(?<>x)`, `$1`, false, false},
		{`(?P<x`, `$x`, false, false},
		{`[(]`, `$1`, false, false},
		{`\`, `$1`, false, false},
		{`)`, `$1`, false, false},
		{`^$`, `$1`, false, false},
		{`(a)\`, `$1`, false, false},
	}
	for _, tt := range tests {
		got := spellsPattern(splitExpr(tt.value), tt.pattern, tt.icase)
		if got != tt.want {
			t.Errorf("spellsPattern(%q, %q, icase=%v) = %v, want %v", tt.value, tt.pattern, tt.icase, got, tt.want)
		}
	}
}

// TestCaptureValues: an origin rebuilt from the captures of an origin regex
// is an echo of the origins that regex matches in full; other captures stay
// unknown (semantics.md 2, if).
func TestCaptureValues(t *testing.T) {
	runSem(t, []semCase{
		{"origin rebuilt from a capture", `
server {
  location / {
    set $cors "";
    if ($http_origin ~* ^https://(.+)\.workbench\.example$) {
      set $cors https://$1.workbench.example;
    }
    add_header Access-Control-Allow-Origin $cors always;
  }
}`, []string{`3: list[regex:^https://(.+)\.workbench\.example$/i] onerrors`}},
		{"whole-match group of an unanchored regex", `
server {
  location / {
    if ($http_origin ~ (https://[a-z]+\.example\.com)) {
      add_header Access-Control-Allow-Origin $1 always;
    }
  }
}`, []string{`4: list[regex:(https://[a-z]+\.example\.com)] onerrors`}},
		{"any later regex test clears the captures", `
server {
  location / {
    if ($http_origin ~ ^(https://[a-z]+\.example\.com)$) {
      set $x 1;
    }
    if ($http_origin !~ ^https://evil) {
      set $cors2 $1;
    }
    add_header Access-Control-Allow-Origin $cors2 always;
  }
}`, []string{`3: none onerrors`}},
		{"a failing negated test matched a pattern without groups: $1 is empty", `
server {
  location / {
    set $cors "";
    if ($http_origin ~* "^https://([a-z0-9-]+)\.x\.example$") {
      set $ok 1;
    }
    if ($http_origin !~ "^https://") {
      return 403;
    }
    if ($ok) {
      set $cors https://$1.x.example;
    }
    add_header Access-Control-Allow-Origin $cors always;
  }
}`, []string{`3: static(https://.x.example) onerrors`}},
		{"a rewrite's regex takes the captures", `
server {
  location / {
    if ($http_origin ~ ^(https://[a-z]+\.example\.com)$) {
      set $x 1;
    }
    rewrite ^/v1/(.*)$ /$1;
    add_header Access-Control-Allow-Origin $1 always;
  }
}`, []string{`3: unknown onerrors`}},
		{"a negated test that fails has matched: its captures are set", `
server {
  location / {
    if ($http_origin !~ ^(https://[a-z]+\.example\.com)$) {
      return 403;
    }
    add_header Access-Control-Allow-Origin $1 always;
  }
}`, []string{`3: list[regex:^(https://[a-z]+\.example\.com)$] onerrors`}},
		{"a test that is not a regex keeps them", `
server {
  location / {
    if ($http_origin ~ ^(https://[a-z]+\.example\.com)$) {
      set $x 1;
    }
    if ($request_method = POST) {
      set $y 1;
    }
    set $cors $1;
    add_header Access-Control-Allow-Origin $cors always;
  }
}`, []string{`3: list[regex:^(https://[a-z]+\.example\.com)$] onerrors`}},
		{"captures of another variable are not the origin", `
server {
  location / {
    if ($http_origin ~ ^https://([a-z]+)\.example\.com$) {
      set $x 1;
    }
    if ($request_uri ~ ^/(.*)$) {
      set $cors https://$1.example.com;
    }
    add_header Access-Control-Allow-Origin $cors always;
  }
}`, []string{`3: unknown onerrors`}},
		{"map regex keys: named and numbered captures in the value", `
map $http_origin $cors {
  default "";
  "~^(?<o>https://[a-z]+\.example\.com)$" $o;
  "~(https://.+\.shop\.example)" $1;
  "~^https://([a-z]+)\.other\.example$" https://$1.other.example.org;
}
server {
  location / {
    add_header Access-Control-Allow-Origin $cors always;
  }
}`, []string{`9: list[regex:^(?<o>https://[a-z]+\.example\.com)$ regex:(https://.+\.shop\.example)] onerrors`}},
		{"a part of the origin is not the origin", `
server {
  location / {
    if ($http_origin ~ ^https://([a-z]+)\.example\.com$) {
      add_header Access-Control-Allow-Origin https://$1.example.org always;
    }
  }
}`, []string{`4: unknown onerrors`}},
	})
}

func TestSplitExprCaptureDigit(t *testing.T) {
	got := splitExpr(`https://$1example.com/$12`)
	want := []part{{lit: "https://"}, {varRef: "1"}, {lit: "example.com/"}, {varRef: "1"}, {lit: "2"}}
	if len(got) != len(want) {
		t.Fatalf("splitExpr = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("part %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// The rebuilt origin matches only when the pattern covers the whole origin:
// the model's matcher is the pattern in fullmatch mode.
func TestCaptureEchoIsFullmatch(t *testing.T) {
	pols, _ := parseOne(t, "conf.d/t.conf", `
server {
  location / {
    if ($http_origin ~ (https://[a-z]+\.example\.com)) {
      add_header Access-Control-Allow-Origin $1 always;
    }
  }
}`)
	if len(pols) != 1 || len(pols[0].Origins.Matchers) != 1 {
		t.Fatalf("policies = %v", summaries(pols))
	}
	m := pols[0].Origins.Matchers[0]
	if m.Mode != policy.ModeFull || m.Span.Start.Line != 4 {
		t.Errorf("matcher mode %v at line %d, want fullmatch at line 4", m.Mode, m.Span.Start.Line)
	}
	for origin, want := range map[string]bool{"https://a.example.com": true, "https://a.example.com.attacker.example": false} {
		if ok, err := m.Match(origin); err != nil || ok != want {
			t.Errorf("Match(%q) = %v, %v; want %v", origin, ok, err, want)
		}
	}
}

func TestHasGroups(t *testing.T) {
	tests := []struct {
		pattern string
		want    bool
	}{
		{`^https://`, false},
		{`^https://([a-z]+)\.example$`, true},
		{`^https://(?:www\.)?example\.com$`, false},
		{`^https://(?<sub>[a-z]+)\.example$`, true},
		{`^https://(?P<sub>[a-z]+)\.example$`, true},
		{`^https://(?'sub'[a-z]+)\.example$`, true},
		{`(?<=x)y(?<!z)(?=a)(?!b)(?i)`, false},
		{`\(literal\)`, false},
		{`[(]x[)]`, false},
		{`[`, false},
		{`(`, true},
	}
	for _, tt := range tests {
		if got := hasGroups(tt.pattern); got != tt.want {
			t.Errorf("hasGroups(%q) = %v, want %v", tt.pattern, got, tt.want)
		}
	}
}
