package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xeipuuv/gojsonschema"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

// Schemas kept verbatim from upstream (testdata/schemas/README.md).
const (
	rdfSchema       = "testdata/schemas/rdf-Diagnostic.json"
	gitlabSchema    = "testdata/schemas/sast-report-format-15.0.7.json"
	gitlabSchemaNew = "testdata/schemas/sast-report-format-15.2.1.json"
)

// scanTimes are the fixed clock readings behind the gitlab goldens.
var (
	testStarted  = time.Date(2026, time.March, 4, 5, 6, 7, 0, time.FixedZone("CET", 3600))
	testFinished = testStarted.Add(1500 * time.Millisecond)
)

func timedInput(t *testing.T) *Input {
	t.Helper()
	in := testInput(t)
	in.Started, in.Finished = testStarted, testFinished
	return in
}

// checkFormat validates output the way each format's consumer would read it:
// every rdjsonl line and every gitlab report against the upstream JSON
// schemas, and the XML formats through a strict XML decoder.
func checkFormat(t *testing.T, format string, data []byte) {
	t.Helper()
	switch format {
	case "rdjsonl":
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			validateJSON(t, rdfSchema, sc.Bytes())
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	case "gitlab":
		validateJSON(t, gitlabSchema, data)
		validateJSON(t, gitlabSchemaNew, data)
	case "junit", "checkstyle":
		dec := xml.NewDecoder(bytes.NewReader(data))
		dec.Strict = true
		for {
			_, err := dec.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("%s output is not well-formed XML: %v\n%s", format, err, data)
			}
		}
	}
}

func validateJSON(t *testing.T, schemaPath string, doc []byte) {
	t.Helper()
	schema, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	res, err := gojsonschema.Validate(gojsonschema.NewBytesLoader(schema), gojsonschema.NewBytesLoader(doc))
	if err != nil {
		t.Fatalf("validate against %s: %v", filepath.Base(schemaPath), err)
	}
	for _, e := range res.Errors() {
		t.Errorf("%s: %s\n%s", filepath.Base(schemaPath), e, doc)
	}
}

func renderChecked(t *testing.T, format string, in *Input) []byte {
	t.Helper()
	out := render(t, format, in, Options{})
	checkFormat(t, format, out)
	return out
}

func TestGoldenOtherFormats(t *testing.T) {
	empty := &Input{Version: "0.1.0", Rules: testRules()}
	tests := []struct {
		file, format string
		in           *Input
	}{
		{"report.rdjsonl", "rdjsonl", testInput(t)},
		{"report.gitlab.json", "gitlab", timedInput(t)},
		{"report.junit.xml", "junit", testInput(t)},
		{"report.checkstyle.xml", "checkstyle", testInput(t)},
		{"empty.rdjsonl", "rdjsonl", empty},
		{"empty.gitlab.json", "gitlab", empty},
		{"empty.junit.xml", "junit", empty},
		{"empty.checkstyle.xml", "checkstyle", empty},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := renderChecked(t, tt.format, tt.in)
			compareGolden(t, tt.file, got)
			// The file on disk is what CI feeds to reviewdog and xmllint:
			// check it as read back too.
			want, err := os.ReadFile(filepath.Join(goldenDir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			checkFormat(t, tt.format, want)
		})
	}
}

// compareGolden compares got with testdata/golden/name, or rewrites it with
// -update.
func compareGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *update {
		if err := os.MkdirAll(goldenDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test ./report -update and read the diff)\n--- got ---\n%s", name, got)
	}
}

type pos struct{ Line, Column int }

// rdDoc is the part of a reviewdog Diagnostic the tests read.
type rdDoc struct {
	Message  string
	Severity string
	Location *struct {
		Path  string
		Range *struct {
			Start pos
			End   *pos
		}
	}
	Code struct{ Value, URL string }
}

func TestRDJSONL(t *testing.T) {
	out := renderChecked(t, "rdjsonl", testInput(t))
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d lines, want one per finding (5):\n%s", len(lines), out)
	}
	var ds []rdDoc
	for _, l := range lines {
		var d rdDoc
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		ds = append(ds, d)
	}
	byRule := map[string]int{}
	for i, d := range ds {
		byRule[d.Code.Value] = i
		if d.Code.URL == "" || d.Location == nil || d.Location.Path == "" {
			t.Errorf("diagnostic %d lacks code url or path: %+v", i, d)
		}
	}
	// The JSON line has "für alle 🚀" before the value: 3 + 4 extra bytes,
	// so the byte column is 5 more than the UTF-16 one SARIF writes.
	want := spanOf(t, "config/cors.json", `"*"`, 1)
	d := ds[byRule["CORS008"]]
	if r := d.Location.Range; r == nil || r.Start != (pos{want.Start.Line, want.Start.Col}) || r.End == nil || *r.End != (pos{want.End.Line, want.End.Col}) {
		t.Errorf("CORS008 range %+v, want byte columns %v-%v", d.Location.Range, want.Start, want.End)
	}
	if d.Severity != "INFO" {
		t.Errorf("low severity written as %q, want INFO", d.Severity)
	}
	c := ds[byRule["CORS001"]]
	if c.Severity != "ERROR" || !strings.Contains(c.Message, "\nwitness: Origin: https://evil.example") ||
		!strings.Contains(c.Message, "\nfix: Check $http_origin") || !strings.Contains(c.Message, "\nreproduce: curl -sI") {
		t.Errorf("CORS001 diagnostic %+v", c)
	}
	// The span without an end gives a zero-length range (no end).
	if r := ds[byRule["CORS010"]].Location.Range; r == nil || r.End != nil {
		t.Errorf("CORS010 range %+v, want a start only", r)
	}
	if ds[byRule["CORS013"]].Severity != "WARNING" {
		t.Errorf("medium written as %q", ds[byRule["CORS013"]].Severity)
	}
}

func TestRDLocation(t *testing.T) {
	tests := []struct {
		name string
		span policy.Span
		want string
	}{
		{"no file", policy.Span{}, "null"},
		{"file only", policy.Span{File: "./a.conf"}, `{"path":"a.conf"}`},
		{"line only", policy.Span{File: "a", Start: policy.Pos{Line: 3}, End: policy.Pos{Line: 3, Col: 9}}, `{"path":"a","range":{"start":{"line":3}}}`},
		{"multi-line", policy.Span{File: "a", Start: policy.Pos{Line: 3, Col: 5}, End: policy.Pos{Line: 4, Col: 1}}, `{"path":"a","range":{"start":{"line":3,"column":5},"end":{"line":4,"column":1}}}`},
		{"end before start", policy.Span{File: "a", Start: policy.Pos{Line: 3, Col: 5}, End: policy.Pos{Line: 3, Col: 2}}, `{"path":"a","range":{"start":{"line":3,"column":5}}}`},
	}
	for _, tt := range tests {
		got, err := json.Marshal(rdLocationOf(rules.Finding{Span: tt.span}))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}

type gitlabDoc struct {
	Schema  string
	Version string
	Scan    struct {
		StartTime string `json:"start_time"`
		EndTime   string `json:"end_time"`
		Status    string
		Type      string
		Analyzer  struct{ ID, Version string }
		Messages  []struct{ Level, Value string }
	}
	Vulnerabilities []struct {
		ID          string
		Name        string
		Description string
		Severity    string
		Solution    string
		Identifiers []struct{ Type, Name, Value, URL string }
		Location    struct {
			File      string
			StartLine int `json:"start_line"`
			EndLine   int `json:"end_line"`
		}
	}
}

func decodeGitLab(t *testing.T, data []byte) gitlabDoc {
	t.Helper()
	var doc gitlabDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestGitLab(t *testing.T) {
	in := timedInput(t)
	doc := decodeGitLab(t, renderChecked(t, "gitlab", in))
	if doc.Version != "15.0.7" || !strings.Contains(doc.Schema, "/v15.0.7/") {
		t.Errorf("schema %q version %q", doc.Schema, doc.Version)
	}
	// The clock is the caller's, written in UTC without a zone.
	if doc.Scan.StartTime != "2026-03-04T04:06:07" || doc.Scan.EndTime != "2026-03-04T04:06:08" {
		t.Errorf("times %q %q", doc.Scan.StartTime, doc.Scan.EndTime)
	}
	if doc.Scan.Type != "sast" || doc.Scan.Status != "success" || doc.Scan.Analyzer.ID != "corslint" || doc.Scan.Analyzer.Version != "0.1.0" {
		t.Errorf("scan %+v", doc.Scan)
	}
	if len(doc.Scan.Messages) != 2 || doc.Scan.Messages[1].Value != "deploy/values.yaml:3:7: could not parse: mapping values are not allowed here." {
		t.Errorf("notices as messages: %+v", doc.Scan.Messages)
	}
	if len(doc.Vulnerabilities) != 5 {
		t.Fatalf("%d vulnerabilities, want 5", len(doc.Vulnerabilities))
	}
	prints := Fingerprints(prepare(in).Findings)
	for i, v := range doc.Vulnerabilities {
		if v.ID != uuidOf(prints[i]) || len(v.ID) != 36 {
			t.Errorf("vulnerability %d id %q, want the fingerprint %s as a UUID", i, v.ID, prints[i])
		}
		if v.Location.EndLine < v.Location.StartLine || v.Location.StartLine < 1 {
			t.Errorf("vulnerability %d location %+v", i, v.Location)
		}
		if v.Identifiers[0].Type != "corslint_rule_id" {
			t.Errorf("vulnerability %d: primary identifier %+v", i, v.Identifiers[0])
		}
	}
	crit := doc.Vulnerabilities[3] // nginx/api.conf line 4
	if crit.Severity != "Critical" || crit.Name != "An untrusted origin can read credentialed responses" ||
		crit.Solution != "Check $http_origin against a map of trusted origins." ||
		len(crit.Identifiers) != 2 || crit.Identifiers[1].Name != "CWE-942" || crit.Identifiers[1].Value != "942" ||
		!strings.Contains(crit.Description, "witness: Origin: https://evil.example") {
		t.Errorf("CORS001 vulnerability %+v", crit)
	}
	if other := doc.Vulnerabilities[4]; other.Severity != "Low" || other.Name != "corslint rule CORS010" || other.Location.EndLine != other.Location.StartLine {
		t.Errorf("rule outside the catalog: %+v", other)
	}
}

func TestGitLabIDsSurviveLineMoves(t *testing.T) {
	before := decodeGitLab(t, renderChecked(t, "gitlab", timedInput(t)))
	moved := timedInput(t)
	for i := range moved.Findings {
		moved.Findings[i].Span.Start.Line += 10
		moved.Findings[i].Span.End.Line += 10
	}
	after := decodeGitLab(t, renderChecked(t, "gitlab", moved))
	for i := range before.Vulnerabilities {
		if before.Vulnerabilities[i].ID != after.Vulnerabilities[i].ID {
			t.Errorf("vulnerability %d changed id after a line move", i)
		}
	}
}

func TestGitLabEdgeCases(t *testing.T) {
	in := &Input{Findings: []rules.Finding{
		{RuleID: "CORS001", Severity: "bogus", Message: "no file."},
		{RuleID: "CORS002", Severity: rules.High, Span: policy.Span{File: "a.conf"}, Message: strings.Repeat("x", 300)},
	}, Notices: []policy.Notice{{Level: policy.LevelNote, Message: "  "}}}
	doc := decodeGitLab(t, renderChecked(t, "gitlab", in))
	if len(doc.Vulnerabilities) != 1 || doc.Vulnerabilities[0].Location.StartLine != 1 || doc.Vulnerabilities[0].Location.EndLine != 1 {
		t.Errorf("vulnerabilities %+v", doc.Vulnerabilities)
	}
	if doc.Scan.StartTime != "0001-01-01T00:00:00" || doc.Scan.Analyzer.Version != "0.0.0" {
		t.Errorf("zero clock or version written as %q %q", doc.Scan.StartTime, doc.Scan.Analyzer.Version)
	}
	want := []struct{ Level, Value string }{{"info", "corslint notice."}, {"warn", "CORS001 (no file to attach it to): no file."}}
	if len(doc.Scan.Messages) != 2 || doc.Scan.Messages[0] != want[0] || doc.Scan.Messages[1] != want[1] {
		t.Errorf("messages %+v, want %+v", doc.Scan.Messages, want)
	}
}

type junitDoc struct {
	Tests    int `xml:"tests,attr"`
	Failures int `xml:"failures,attr"`
	Suites   []struct {
		Name      string `xml:"name,attr"`
		Tests     int    `xml:"tests,attr"`
		Failures  int    `xml:"failures,attr"`
		SystemErr string `xml:"system-err"`
		Cases     []struct {
			Name      string `xml:"name,attr"`
			Classname string `xml:"classname,attr"`
			File      string `xml:"file,attr"`
			Line      string `xml:"line,attr"`
			Failure   *struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func TestJUnit(t *testing.T) {
	var doc junitDoc
	if err := xml.Unmarshal(renderChecked(t, "junit", testInput(t)), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Tests != 5 || doc.Failures != 5 {
		t.Errorf("testsuites counts %d/%d, want 5/5", doc.Tests, doc.Failures)
	}
	var names []string
	failures := 0
	for _, s := range doc.Suites {
		names = append(names, s.Name)
		for _, c := range s.Cases {
			if c.Failure == nil {
				t.Errorf("test case %q without failure", c.Name)
				continue
			}
			failures++
			if c.Classname != s.Name || c.File != s.Name || c.Failure.Type == "" || c.Failure.Message == "" {
				t.Errorf("test case %+v in suite %q", c, s.Name)
			}
		}
		if s.Name != "corslint notices" && (s.Tests != len(s.Cases) || s.Failures != len(s.Cases)) {
			t.Errorf("suite %q counts %d/%d for %d cases", s.Name, s.Tests, s.Failures, len(s.Cases))
		}
	}
	if failures != 5 {
		t.Errorf("%d failures, want one per finding", failures)
	}
	if want := "app/server.js config/cors.json nginx/api.conf corslint notices"; strings.Join(names, " ") != want {
		t.Errorf("suites %q, want %q", strings.Join(names, " "), want)
	}
	nginx := doc.Suites[2].Cases[0]
	if nginx.Name != "CORS001 nginx/api.conf:4:48" || nginx.Line != "4" || nginx.Failure.Type != "CORS001" ||
		!strings.Contains(nginx.Failure.Text, "nginx/api.conf:4:48: critical [CORS001]\nAny site can read") {
		t.Errorf("CORS001 case %+v", nginx)
	}
	if !strings.Contains(doc.Suites[3].SystemErr, "warning: deploy/values.yaml:3:7: could not parse") {
		t.Errorf("notices %q", doc.Suites[3].SystemErr)
	}

	var clean junitDoc
	if err := xml.Unmarshal(renderChecked(t, "junit", &Input{}), &clean); err != nil {
		t.Fatal(err)
	}
	if clean.Tests != 1 || clean.Failures != 0 || len(clean.Suites) != 1 || len(clean.Suites[0].Cases) != 1 || clean.Suites[0].Cases[0].Failure != nil {
		t.Errorf("a clean scan should be one passing test case: %+v", clean)
	}
}

type checkstyleDoc struct {
	Version string `xml:"version,attr"`
	Files   []struct {
		Name   string `xml:"name,attr"`
		Errors []struct {
			Line     int    `xml:"line,attr"`
			Column   *int   `xml:"column,attr"`
			Severity string `xml:"severity,attr"`
			Message  string `xml:"message,attr"`
			Source   string `xml:"source,attr"`
		} `xml:"error"`
	} `xml:"file"`
}

func TestCheckstyle(t *testing.T) {
	var doc checkstyleDoc
	if err := xml.Unmarshal(renderChecked(t, "checkstyle", testInput(t)), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version == "" || len(doc.Files) != 3 || doc.Files[0].Name != "app/server.js" || len(doc.Files[0].Errors) != 2 {
		t.Fatalf("checkstyle %+v", doc)
	}
	json := doc.Files[1].Errors[0]
	want := spanOf(t, "config/cors.json", `"*"`, 1)
	if json.Source != "CORS008" || json.Severity != "info" || json.Line != want.Start.Line || json.Column == nil || *json.Column != want.Start.Col {
		t.Errorf("CORS008 error %+v, want byte column %d", json, want.Start.Col)
	}
	nginx := doc.Files[2].Errors
	if nginx[0].Severity != "error" || nginx[0].Source != "CORS001" || !strings.Contains(nginx[0].Message, "\nwitness: Origin: https://evil.example") {
		t.Errorf("CORS001 error %+v", nginx[0])
	}
	if doc.Files[0].Errors[0].Severity != "warning" {
		t.Errorf("medium written as %q", doc.Files[0].Errors[0].Severity)
	}

	var clean checkstyleDoc
	if err := xml.Unmarshal(renderChecked(t, "checkstyle", &Input{}), &clean); err != nil || len(clean.Files) != 0 {
		t.Errorf("clean scan: %+v %v", clean, err)
	}
}

// TestOtherFormatsHostileText feeds values a scanned file controls (markup,
// quotes, CDATA ends, control characters XML cannot hold) through every new
// format: each must stay valid for its consumer, and keep the text.
func TestOtherFormatsHostileText(t *testing.T) {
	in := &Input{Version: "0.1.0", Findings: []rules.Finding{{
		RuleID:   "CORS004",
		Severity: rules.High,
		Span:     policy.Span{File: `a"<b>&.conf`, Start: policy.Pos{Line: 2, Col: 3}, End: policy.Pos{Line: 2, Col: 9}},
		Message:  "pattern </failure>]]><x y='1'> & \"q\" \x00\x1b[31m\u202e accepts it.",
		Witness:  "Origin: https://a.example\r\nX-Injected: 1",
		Fix:      "anchor it.",
	}}, Notices: []policy.Notice{{Message: "bad\x07bell <tag>", Span: policy.Span{File: "n<1>.conf"}}}}
	for _, f := range []string{"rdjsonl", "gitlab", "junit", "checkstyle"} {
		t.Run(f, func(t *testing.T) {
			out := renderChecked(t, f, in)
			var text string
			switch f {
			case "rdjsonl":
				var d rdDoc
				if err := json.Unmarshal(out, &d); err != nil {
					t.Fatal(err)
				}
				text = d.Message
			case "gitlab":
				text = decodeGitLab(t, out).Vulnerabilities[0].Description
			case "junit":
				var doc junitDoc
				if err := xml.Unmarshal(out, &doc); err != nil {
					t.Fatal(err)
				}
				text = doc.Suites[0].Cases[0].Failure.Text
			case "checkstyle":
				var doc checkstyleDoc
				if err := xml.Unmarshal(out, &doc); err != nil {
					t.Fatal(err)
				}
				text = doc.Files[0].Errors[0].Message
			}
			// JSON carries every character; XML 1.0 cannot hold NUL or
			// ESC at all, so they become U+FFFD there.
			want := "pattern </failure>]]><x y='1'> & \"q\" \x00\x1b[31m\u202e accepts it."
			if f == "junit" || f == "checkstyle" {
				want = strings.NewReplacer("\x00", "\uFFFD", "\x1b", "\uFFFD").Replace(want)
				if bytes.Contains(out, []byte("</failure>]]>")) || bytes.Contains(out, []byte("<x y=")) {
					t.Errorf("markup reached the XML unescaped:\n%s", out)
				}
			}
			if !strings.Contains(text, want) || !strings.Contains(text, "Origin: https://a.example\r\nX-Injected: 1") {
				t.Errorf("text did not survive the round trip: %q", text)
			}
		})
	}
}
