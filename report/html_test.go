package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

// sarifScan renders in as SARIF, optionally stamps the invocation with an
// end time (corslint's own SARIF has none yet), and reads it back.
func sarifScan(t *testing.T, name string, in *Input, at time.Time) *AuditScan {
	t.Helper()
	data := render(t, "sarif", in, Options{})
	if !at.IsZero() {
		stamp := `"endTimeUtc": "` + at.UTC().Format(time.RFC3339) + `", "executionSuccessful": true`
		data = bytes.Replace(data, []byte(`"executionSuccessful": true`), []byte(stamp), 1)
	}
	s, err := ParseAuditScan(name, data)
	if err != nil {
		t.Fatalf("ParseAuditScan(%s): %v", name, err)
	}
	return s
}

// auditScans is the report's fixture: the golden input as the current scan,
// and two older scans of the same code, with times.
func auditScans(t *testing.T) []*AuditScan {
	t.Helper()
	day := time.Date(2026, time.March, 1, 9, 30, 0, 0, time.UTC)
	cur := sarifScan(t, "scan.sarif", testInput(t), day.Add(14*24*time.Hour))

	mid := testInput(t)
	mid.Findings = mid.Findings[1:] // one CORS013 was not there yet
	old := testInput(t)
	old.Findings = old.Findings[3:4] // only CORS001
	old.Findings = append(old.Findings, rules.Finding{RuleID: "CORS002", Severity: rules.Medium, Message: "Fixed since.",
		Span: policy.Span{File: "legacy/old.conf", Start: policy.Pos{Line: 1, Col: 1}}})
	// Given newest first, out of time order: times decide.
	return []*AuditScan{cur, sarifScan(t, "old.sarif", old, day), sarifScan(t, "mid.sarif", mid, day.Add(7*24*time.Hour))}
}

func renderHTML(t *testing.T, scans ...*AuditScan) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, &HTMLInput{Scans: scans}); err != nil {
		t.Fatalf("WriteHTML: %v", err)
	}
	return buf.Bytes()
}

func TestHTMLGolden(t *testing.T) {
	got := renderHTML(t, auditScans(t)...)
	compareGolden(t, "report.html", got)
	if again := renderHTML(t, auditScans(t)...); !bytes.Equal(got, again) {
		t.Error("same scans gave different bytes")
	}
}

// page is a parsed report, with helpers to query it.
type page struct{ root *html.Node }

func parsePage(t *testing.T, data []byte) page {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return page{root}
}

func (p page) all(match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(p.root)
	return out
}

func (p page) tag(name string) []*html.Node {
	return p.all(func(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == name })
}

// attr is n's attribute key, "" when it has none.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	v := attr(n, "class")
	return strings.Contains(" "+v+" ", " "+class+" ")
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func TestHTMLSelfContained(t *testing.T) {
	p := parsePage(t, renderHTML(t, auditScans(t)...))
	scripts, styles := p.tag("script"), p.tag("style")
	if len(scripts) != 1 || len(styles) != 1 {
		t.Fatalf("%d scripts and %d styles, want one inline each", len(scripts), len(styles))
	}
	for _, tag := range []string{"link", "iframe", "object", "embed", "img", "base", "form"} {
		if n := len(p.tag(tag)); n != 0 {
			t.Errorf("%d <%s> elements: the page must load nothing", n, tag)
		}
	}
	for _, n := range p.all(func(n *html.Node) bool { return n.Type == html.ElementNode }) {
		for _, a := range n.Attr {
			if a.Key == "src" || a.Key == "srcset" || a.Key == "style" || strings.HasPrefix(a.Key, "on") ||
				(a.Key == "href" && !strings.HasPrefix(a.Val, "#")) {
				t.Errorf("<%s %s=%q>: external resource, inline style or handler", n.Data, a.Key, a.Val)
			}
		}
	}
	css := text(styles[0])
	if strings.Contains(css, "url(") || strings.Contains(css, "@import") {
		t.Error("stylesheet refers to another resource")
	}

	// The CSP must pin exactly the script and style the page holds, or a
	// browser would block them.
	var csp string
	for _, m := range p.tag("meta") {
		if v := attr(m, "http-equiv"); v == "Content-Security-Policy" {
			csp = attr(m, "content")
		}
	}
	for _, want := range []string{"default-src 'none'", "script-src '" + hashOf(text(scripts[0])) + "'", "style-src '" + hashOf(css) + "'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
}

func hashOf(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

func TestHTMLContent(t *testing.T) {
	p := parsePage(t, renderHTML(t, auditScans(t)...))
	body := text(p.tag("body")[0])
	for _, want := range []string{
		"5 findings in 3 files, 2 notices.",
		"CORS001", "credentialed-untrusted-origin", "CORS013", "CORS008",
		"Origin: https://evil.example",
		"$ curl -sI -H 'Origin: https://evil.example' https://api.example.com/",
		"Check $http_origin against a map of trusted origins.",
		"Any site can read credentialed responses",
		"deploy/values.yaml: could not parse",
		"scanned 2026-03-15 09:30 UTC",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page text lacks %q", want)
		}
	}

	// Summary cards: one per severity band, with the counts.
	cards := map[string]string{}
	for _, c := range p.all(func(n *html.Node) bool { return hasClass(n, "card") }) {
		v := attr(c, "class")
		cards[strings.TrimPrefix(strings.Fields(v)[1], "sev-")] = text(c)
	}
	if cards["critical"] != "1critical" || cards["high"] != "0high" || cards["medium"] != "2medium" || cards["low"] != "2low" {
		t.Errorf("cards %v", cards)
	}

	// Findings grouped by top-level directory, then file, in path order.
	var groups []string
	for _, g := range p.all(func(n *html.Node) bool { return n.Data == "section" && hasClass(n, "group") }) {
		groups = append(groups, text(p.firstTag(g, "h3")))
	}
	if strings.Join(groups, " ") != "app/ config/ nginx/" {
		t.Errorf("groups %v", groups)
	}
	rows := p.all(func(n *html.Node) bool { return n.Data == "tr" && hasClass(n, "finding") })
	if len(rows) != 5 {
		t.Fatalf("%d finding rows, want 5", len(rows))
	}
	if sev := attr(rows[3], "data-sev"); sev != "critical" || !strings.Contains(text(rows[3]), "4:48") {
		t.Errorf("row 4 is %q: %s", sev, text(rows[3]))
	}

	// The trend: three scans oldest first, stacked by severity, and the
	// table of what changed.
	bars := p.all(func(n *html.Node) bool { return n.Data == "g" && hasClass(n, "scan") })
	if len(bars) != 3 {
		t.Fatalf("%d bars, want 3", len(bars))
	}
	var totals []string
	for _, b := range bars {
		for _, tx := range p.tagIn(b, "text") {
			if hasClass(tx, "total") {
				totals = append(totals, text(tx))
			}
		}
	}
	if strings.Join(totals, " ") != "2 4 5" {
		t.Errorf("bar totals %v, want 2 4 5 (oldest first)", totals)
	}
	trend := text(p.firstTag(p.byID("trend"), "tbody"))
	// Scan, total, critical, high, medium, low, new, fixed: the mid scan
	// adds CORS013, CORS008 and CORS010 and fixes CORS002; the current one
	// adds the second CORS013 (the first keeps its fingerprint).
	for _, want := range []string{"2026-03-01 09:30" + "21010––", "2026-03-08 09:30" + "4101231", "2026-03-15 09:30" + "5102210"} {
		if !strings.Contains(trend, want) {
			t.Errorf("trend table %q lacks %q", trend, want)
		}
	}
}

func (p page) firstTag(n *html.Node, tag string) *html.Node {
	if all := p.tagIn(n, tag); len(all) > 0 {
		return all[0]
	}
	return &html.Node{}
}

func (p page) tagIn(n *html.Node, tag string) []*html.Node {
	return page{n}.tag(tag)
}

func (p page) byID(id string) *html.Node {
	for _, n := range p.all(func(n *html.Node) bool { v := attr(n, "id"); return v == id }) {
		return n
	}
	return &html.Node{}
}

func TestHTMLOneScanHasNoTrend(t *testing.T) {
	scans := auditScans(t)
	p := parsePage(t, renderHTML(t, scans[0]))
	if len(p.tag("svg")) != 4 { // one bar per rule in the summary, no chart
		t.Errorf("%d svg elements, want the 4 rule bars only", len(p.tag("svg")))
	}
	if p.byID("trend").Data != "" {
		t.Error("trend section with a single scan")
	}
}

func TestHTMLNoFindings(t *testing.T) {
	empty := sarifScan(t, "empty.sarif", &Input{Version: "0.1.0", Rules: testRules()}, time.Time{})
	p := parsePage(t, renderHTML(t, empty))
	body := text(p.tag("body")[0])
	if !strings.Contains(body, "0 findings in 0 files.") || !strings.Contains(body, "No findings.") {
		t.Errorf("clean report text: %s", body)
	}
	if len(p.all(func(n *html.Node) bool { return hasClass(n, "filters") })) != 0 {
		t.Error("filters shown without findings")
	}
}

func TestHTMLEscapesEverything(t *testing.T) {
	evil := "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
	in := &Input{Version: `0.1.0"><script>alert(3)</script>`, Rules: []rules.Meta{{ID: "CORS004", Name: `<b onmouseover="x">n</b>`, SecuritySeverity: "7.4"}},
		Findings: []rules.Finding{{
			RuleID:   "CORS004",
			Severity: rules.High,
			Span:     policy.Span{File: `"><svg onload=alert(4)>/a.conf`, Start: policy.Pos{Line: 1, Col: 1}},
			Message:  evil + "\x1b[31m\u202e.",
			Witness:  "Origin: https://a.example</code><style>*{}</style>",
			Curl:     "curl '</pre><iframe src=//evil.example>'",
			Fix:      "<a href=javascript:alert(5)>fix</a>",
		}},
		Notices: []policy.Notice{{Message: "<marquee>n</marquee>", Span: policy.Span{File: "<x>.conf"}}},
	}
	scan := sarifScan(t, `<name>.sarif`, in, time.Time{})
	out := renderHTML(t, scan, scan)
	p := parsePage(t, out)
	if n := len(p.tag("script")); n != 1 {
		t.Errorf("%d <script> elements, want only the page's own", n)
	}
	for _, tag := range []string{"img", "iframe", "marquee", "b", "a"} {
		if n := len(p.tag(tag)); n != 0 {
			t.Errorf("injected <%s> became an element", tag)
		}
	}
	if n := len(p.tag("style")); n != 1 {
		t.Errorf("%d <style> elements", n)
	}
	for _, n := range p.all(func(n *html.Node) bool { return n.Type == html.ElementNode }) {
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s> got handler %s", n.Data, a.Key)
			}
		}
	}
	body := text(p.tag("body")[0])
	for _, want := range []string{evil + `\x1b[31m\u202e.`, "Origin: https://a.example</code><style>*{}</style>", "<a href=javascript:alert(5)>fix</a>"} {
		if !strings.Contains(body, want) {
			t.Errorf("page text lacks the literal %q", want)
		}
	}
	if bytes.ContainsAny(out, "\x1b\u202e") {
		t.Error("control or bidi characters reached the page")
	}
}

func TestParseAuditScan(t *testing.T) {
	in := testInput(t)
	in.Findings[3].Severity = rules.Medium // CORS001 overridden to medium: level warning
	s := sarifScan(t, "a.sarif", in, time.Time{})
	if s.Version != "0.1.0" || len(s.Findings) != 5 || len(s.Notices) != 2 || !s.Time.IsZero() {
		t.Fatalf("scan %+v", s)
	}
	bySev := map[string]rules.Severity{}
	for _, f := range s.Findings {
		bySev[f.RuleID] = f.Severity
	}
	// CORS013 scores 5.3 (medium), CORS008 2.0 (low); CORS001's score says
	// critical but its level says warning: the override wins.
	if bySev["CORS013"] != rules.Medium || bySev["CORS008"] != rules.Low || bySev["CORS001"] != rules.Medium {
		t.Errorf("severities %v", bySev)
	}
	if s.Rules["CORS001"].Severity != rules.Critical || s.Rules["CORS001"].Name != "credentialed-untrusted-origin" {
		t.Errorf("rule %+v", s.Rules["CORS001"])
	}
	json := s.Findings[2]
	if json.File != "config/cors.json" || json.Line != 2 || json.Column != 39 || json.Fingerprint == "" {
		t.Errorf("finding %+v (column is SARIF's UTF-16 one)", json)
	}

	spaced := &Input{Findings: []rules.Finding{{RuleID: "CORS008", Severity: rules.Low, Message: "m.",
		Span: policy.Span{File: "my dir/ü.conf", Start: policy.Pos{Line: 1, Col: 1}}}}}
	if f := sarifScan(t, "b", spaced, time.Time{}).Findings[0]; f.File != "my dir/ü.conf" {
		t.Errorf("URI not decoded: %q", f.File)
	}
	when := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	if got := sarifScan(t, "c", spaced, when).Time; !got.Equal(when) {
		t.Errorf("time %v, want %v", got, when)
	}
}

func TestParseAuditScanSkipsAbsentAndOtherTools(t *testing.T) {
	log := `{"version":"2.1.0","runs":[
	  {"tool":{"driver":{"name":"othertool"}},"results":[{"ruleId":"X1","message":{"text":"x"}}]},
	  {"tool":{"driver":{"name":"corslint","rules":[{"id":"CORS002","properties":{"security-severity":"5.3"}}]}},
	   "results":[
	     {"ruleId":"CORS002","level":"warning","message":{"text":"kept."},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.conf"},"region":{"startLine":3}}}]},
	     {"ruleId":"CORS002","level":"warning","baselineState":"absent","message":{"text":"fixed."}},
	     {"ruleId":"CORS099","level":"error","message":{"text":"unknown rule."}}]}]}`
	s, err := ParseAuditScan("x", []byte(log))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Findings) != 2 || s.Findings[0].Message != "unknown rule." || s.Findings[0].Severity != rules.High ||
		s.Findings[1].Severity != rules.Medium || s.Findings[1].Line != 3 {
		t.Errorf("findings %+v", s.Findings)
	}
}

func TestParseAuditScanErrors(t *testing.T) {
	for name, data := range map[string]string{
		"not json":   "<html>",
		"wrong ver":  `{"version":"2.0.0","runs":[]}`,
		"no corslnt": `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"other"}}}]}`,
	} {
		if _, err := ParseAuditScan(name, []byte(data)); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: error %v, want one naming the file", name, err)
		}
	}
	if err := WriteHTML(&bytes.Buffer{}, &HTMLInput{}); err == nil {
		t.Error("WriteHTML without scans succeeded")
	}
	if err := WriteHTML(failWriter{}, &HTMLInput{Scans: auditScans(t)[:1]}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("write error %v, want the writer's", err)
	}
}

func TestChronological(t *testing.T) {
	a := &AuditScan{Name: "a", Time: time.Unix(300, 0)}
	b := &AuditScan{Name: "b", Time: time.Unix(100, 0)}
	c := &AuditScan{Name: "c"}
	names := func(ss []*AuditScan) string {
		var out []string
		for _, s := range ss {
			out = append(out, s.Name)
		}
		return strings.Join(out, "")
	}
	if got := names(chronological([]*AuditScan{a, b})); got != "ba" {
		t.Errorf("timed: %s, want ba", got)
	}
	// One scan without a time: the command line order, newest first.
	if got := names(chronological([]*AuditScan{a, c, b})); got != "bca" {
		t.Errorf("untimed: %s, want bca", got)
	}
}

func TestTickScale(t *testing.T) {
	tests := []struct{ most, step, top int }{
		{0, 1, 1}, {1, 1, 1}, {5, 1, 5}, {6, 2, 6}, {9, 2, 10}, {11, 5, 15}, {24, 5, 25}, {26, 10, 30}, {499, 100, 500}, {1234, 500, 1500},
	}
	for _, tt := range tests {
		if step, top := tickScale(tt.most); step != tt.step || top != tt.top {
			t.Errorf("tickScale(%d) = %d, %d; want %d, %d", tt.most, step, top, tt.step, tt.top)
		}
	}
}

func TestDiffScans(t *testing.T) {
	scan := func(prints ...string) *AuditScan {
		s := &AuditScan{}
		for _, p := range prints {
			s.Findings = append(s.Findings, AuditFinding{Fingerprint: p})
		}
		return s
	}
	tests := []struct {
		prev, cur    *AuditScan
		added, fixed int
	}{
		{scan("a", "b"), scan("a", "b"), 0, 0},
		{scan("a", "b"), scan("b", "c"), 1, 1},
		{scan("a"), scan("a", "a"), 1, 0}, // a second finding with the same fingerprint is new
		{scan(""), scan(""), 1, 1},        // no fingerprint: never matched
	}
	for i, tt := range tests {
		if a, f := diffScans(tt.prev, tt.cur); a != tt.added || f != tt.fixed {
			t.Errorf("case %d: %d new %d fixed, want %d %d", i, a, f, tt.added, tt.fixed)
		}
	}
}

func TestHTMLGroups(t *testing.T) {
	tests := []struct {
		files []string
		want  string // groups, each "name: files"
	}{
		{[]string{"repoA/x.conf", "repoB/y/z.conf"}, "repoA/: repoA/x.conf | repoB/: repoB/y/z.conf"},
		{[]string{"testdata/express/a.json", "testdata/express/b.json", "testdata/nginx/c.conf"},
			"testdata/express/: testdata/express/a.json testdata/express/b.json | testdata/nginx/: testdata/nginx/c.conf"},
		{[]string{"only/one/file.conf"}, "only/one/: only/one/file.conf"},
		{[]string{"top.conf", "dir/a.conf"}, "dir/: dir/a.conf | (top level): top.conf"},
		{[]string{"a/b/x.conf", "a/bc/y.conf"}, "a/b/: a/b/x.conf | a/bc/: a/bc/y.conf"},
	}
	for _, tt := range tests {
		scan := &AuditScan{}
		for _, f := range tt.files {
			scan.Findings = append(scan.Findings, AuditFinding{File: f, RuleID: "CORS008"})
		}
		sortAuditFindings(scan.Findings)
		var parts []string
		for _, g := range htmlGroups(scan) {
			var files []string
			for _, f := range g.Files {
				files = append(files, f.Path)
			}
			parts = append(parts, g.Name+": "+strings.Join(files, " "))
		}
		if got := strings.Join(parts, " | "); got != tt.want {
			t.Errorf("%v:\n got %s\nwant %s", tt.files, got, tt.want)
		}
	}
}
