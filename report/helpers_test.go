package report

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

func TestSARIFURI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"nginx/api.conf", "nginx/api.conf"},
		{"my dir/a b.conf", "my%20dir/a%20b.conf"},
		{"c:x/y.conf", "c%3Ax/y.conf"}, // never read as a scheme
		{"a/100%.conf", "a/100%25.conf"},
		{"a/#1?.conf", "a/%231%3F.conf"},
		{"café/ü.json", "caf%C3%A9/%C3%BC.json"},
		{"a/~b_c-d.e+f@g", "a/~b_c-d.e+f@g"},
	}
	for _, tt := range tests {
		if got := sarifURI(tt.in); got != tt.want {
			t.Errorf("sarifURI(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanPath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{".", ""},
		{"./a.conf", "a.conf"},
		{"././a/./b.conf", "a/b.conf"},
		{"a//b.conf", "a/b.conf"},
		{"a/b.conf", "a/b.conf"},
	}
	for _, tt := range tests {
		if got := cleanPath(tt.in); got != tt.want {
			t.Errorf("cleanPath(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAutomationID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "corslint/"},
		{"nginx", "nginx/"},
		{"nginx/", "nginx/"},
		{"/", "corslint/"},
		{"team/nginx", "team/nginx/"},
	}
	for _, tt := range tests {
		if got := automationID(tt.in); got != tt.want {
			t.Errorf("automationID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	in := &Input{Version: "0.1.0", Category: "infra"}
	doc := decodeSARIF(t, render(t, "sarif", in, Options{}))
	if got := doc.Runs[0].AutomationDetails.ID; got != "infra/" {
		t.Errorf("category infra written as %q", got)
	}
}

func TestSARIFLevel(t *testing.T) {
	tests := map[rules.Severity]string{
		rules.Critical: "error", rules.High: "error", rules.Medium: "warning", rules.Low: "note", "": "warning",
	}
	for sev, want := range tests {
		if got := sarifLevel(sev); got != want {
			t.Errorf("sarifLevel(%q) = %q, want %q", sev, got, want)
		}
	}
}

func TestPlainText(t *testing.T) {
	md := "## Bad\n```js\ncors({origin: true})\n```\nUse **`origin: [...]`**; see [MDN](https://developer.mozilla.org/) and [a] list."
	want := "Bad\ncors({origin: true})\nUse origin: [...]; see MDN (https://developer.mozilla.org/) and [a] list."
	if got := plainText(md); got != want {
		t.Errorf("plainText =\n%q\nwant\n%q", got, want)
	}
}

func TestRuleMetadataLimits(t *testing.T) {
	long := strings.Repeat("é", 1500)
	tags := []string{"external/cwe/cwe-942"}
	for i := range 30 {
		tags = append(tags, fmt.Sprintf("tag%d", i))
	}
	in := &Input{Version: "0.1.0", Rules: []rules.Meta{
		{ID: "CORS001", Name: strings.Repeat("n", 300), Short: long, Full: long, Help: long, Tags: tags, Severity: rules.High, SecuritySeverity: "7.4"},
		{ID: "CORS001", Short: "a duplicate entry is ignored."},
		{ID: "CORS002"}, // no metadata at all: fallbacks keep GitHub happy
	}}
	doc := decodeSARIF(t, render(t, "sarif", in, Options{})) // render runs checkSARIF
	rs := doc.Runs[0].Tool.Driver.Rules
	if len(rs) != 2 {
		t.Fatalf("%d rules, want 2", len(rs))
	}
	if n := len([]rune(rs[0].Name)); n != 255 {
		t.Errorf("name has %d characters, want 255", n)
	}
	if rs[0].Help["markdown"] != long {
		t.Error("help.markdown was truncated; only the texts have GitHub's 1024 limit")
	}
	if tags, _ := rs[0].Properties["tags"].([]any); len(tags) != 20 || tags[0] != "security" {
		t.Errorf("tags %v, want 20 starting with security", tags)
	}
	if rs[1].Properties["security-severity"] != "5.0" {
		t.Errorf("fallback security-severity %v", rs[1].Properties["security-severity"])
	}
}

func TestMarkdownEscaping(t *testing.T) {
	in := &Input{Version: "0.1.0", Rules: testRules(), Findings: []rules.Finding{{
		RuleID:   "CORS004",
		Severity: rules.High,
		Span:     policy.Span{File: "a|b.conf", Start: policy.Pos{Line: 3, Col: 1}},
		Message:  "pattern ^https://.*example\\.com accepts <img src=x> | *bold* [x](y) & `tick`.\nnext",
		Witness:  "Origin: https://a|b`c",
		Curl:     "curl -sI https://x | head",
		Fix:      "- anchor the pattern",
	}}}
	got := string(render(t, "markdown", in, Options{}))
	row := ""
	for _, line := range strings.Split(got, "\n") {
		if strings.HasPrefix(line, "| 3 |") {
			row = line
		}
	}
	if row == "" {
		t.Fatalf("no finding row:\n%s", got)
	}
	// Unescaped pipes delimit cells: the row must have exactly 7 of them.
	if n := strings.Count(row, "|") - strings.Count(row, `\|`); n != 7 {
		t.Errorf("row has %d cell delimiters, want 7: %s", n, row)
	}
	for _, want := range []string{
		`\<img src=x\>`, `\*bold\*`, `\[x\](y)`, `\&`, "\\`tick\\`", `example\\.com`, `\nnext`,
		"``Origin: https://a\\|b`c``", "`curl -sI https://x \\| head`", `| \- anchor the pattern |`,
		"### `a|b.conf`",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("markdown lacks %q:\n%s", want, got)
		}
	}
}

func TestMarkdownCaps(t *testing.T) {
	in := &Input{Version: "0.1.0"}
	for i := range maxMarkdownFindings + 7 {
		in.Findings = append(in.Findings, rules.Finding{RuleID: "CORS008", Severity: rules.Low, Message: "m.",
			Span: policy.Span{File: "a.conf", Start: policy.Pos{Line: i + 1, Col: 1}}})
	}
	for i := range maxMarkdownNotices + 2 {
		in.Notices = append(in.Notices, policy.Notice{Level: policy.LevelNote, Message: "n.",
			Span: policy.Span{File: fmt.Sprintf("f%03d", i)}})
	}
	got := string(render(t, "markdown", in, Options{}))
	if n := strings.Count(got, "| CORS008 | low |"); n != maxMarkdownFindings {
		t.Errorf("%d finding rows, want %d", n, maxMarkdownFindings)
	}
	for _, want := range []string{
		fmt.Sprintf("_Showing the first %d of %d findings;", maxMarkdownFindings, maxMarkdownFindings+7),
		fmt.Sprintf("_Showing the first %d of %d notices._", maxMarkdownNotices, maxMarkdownNotices+2),
		fmt.Sprintf("| low | %d |", maxMarkdownFindings+7), // the summary counts everything
	} {
		if !strings.Contains(got, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
}

func TestJSONShape(t *testing.T) {
	in := testInput(t)
	in.Notices = append(in.Notices, policy.Notice{Message: "no level given.", Span: policy.Span{File: "x.conf"}})
	var out map[string]any
	if err := json.Unmarshal(render(t, "json", in, Options{}), &out); err != nil {
		t.Fatal(err)
	}
	findings := out["findings"].([]any)
	first := findings[0].(map[string]any)
	for _, key := range []string{"ruleId", "ruleName", "severity", "securitySeverity", "file", "line", "column",
		"endLine", "endColumn", "message", "witness", "curl", "fix", "framework", "scope", "fingerprint"} {
		if _, ok := first[key]; !ok {
			t.Errorf("finding lacks %q", key)
		}
	}
	if len(first) != 16 {
		t.Errorf("finding has %d keys, want the 16 documented", len(first))
	}
	notices := out["notices"].([]any)
	if last := notices[len(notices)-1].(map[string]any); last["level"] != "warning" || last["file"] != "x.conf" {
		t.Errorf("notice without level: %v", last)
	}
	summary := out["summary"].(map[string]any)
	if summary["total"] != 5.0 || summary["files"] != 3.0 {
		t.Errorf("summary %v", summary)
	}
	if by := summary["byRule"].(map[string]any); by["CORS013"] != 2.0 || len(by) != 4 {
		t.Errorf("byRule %v", by)
	}
	if by := summary["bySeverity"].(map[string]any); by["high"] != 0.0 || by["critical"] != 1.0 || len(by) != 4 {
		t.Errorf("bySeverity %v", by)
	}
	if raw := string(render(t, "json", in, Options{})); strings.Contains(raw, `\u003c`) || !strings.Contains(raw, "| tokens*") {
		t.Error("json escapes HTML or mangles messages")
	}
}
