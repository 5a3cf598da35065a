package report

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const goldenDir = "../testdata/golden"

// render writes in as format, failing the test on error; every SARIF it
// produces is validated (integration.md §3).
func render(t *testing.T, format string, in *Input, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, format, in, opt); err != nil {
		t.Fatalf("Write(%s): %v", format, err)
	}
	if format == "sarif" {
		checkSARIF(t, buf.Bytes())
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	empty := &Input{Version: "0.1.0", Category: "nginx-configs", Rules: testRules()}
	tests := []struct {
		file   string
		format string
		in     *Input
		opt    Options
	}{
		{"report.txt", "text", testInput(t), Options{}},
		{"report.color.txt", "text", testInput(t), Options{Color: true}},
		{"report.json", "json", testInput(t), Options{}},
		{"report.sarif", "sarif", testInput(t), Options{}},
		{"report.md", "markdown", testInput(t), Options{}},
		{"empty.txt", "text", empty, Options{}},
		{"empty.json", "json", empty, Options{}},
		{"empty.sarif", "sarif", empty, Options{}},
		{"empty.md", "markdown", empty, Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := render(t, tt.format, tt.in, tt.opt)
			path := filepath.Join(goldenDir, tt.file)
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
				t.Errorf("%s differs from the golden file (run go test ./report -update and read the diff)\n--- got ---\n%s", tt.file, got)
			}
		})
	}
}

func TestGoldenSARIFFilesValidate(t *testing.T) {
	// The golden files themselves are SARIF a user would upload: check them
	// as read from disk too, not only as just rendered.
	for _, name := range []string{"report.sarif", "empty.sarif"} {
		data, err := os.ReadFile(filepath.Join(goldenDir, name))
		if err != nil {
			t.Fatalf("%v (run go test ./report -update)", err)
		}
		checkSARIF(t, data)
	}
}

func TestFormats(t *testing.T) {
	want := []string{"text", "json", "sarif", "markdown", "rdjsonl", "gitlab", "junit", "checkstyle"}
	if got := Formats(); !slices.Equal(got, want) {
		t.Errorf("Formats() = %v, want %v", got, want)
	}
	for _, f := range Formats() {
		var buf bytes.Buffer
		if err := Write(&buf, f, nil, Options{}); err != nil {
			t.Errorf("Write(%s, nil input): %v", f, err)
		}
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, "xml", testInput(t), Options{})
	if err == nil || !strings.Contains(err.Error(), `"xml"`) {
		t.Fatalf("Write(xml) error = %v, want an unknown-format error naming it", err)
	}
	if buf.Len() != 0 {
		t.Errorf("Write(xml) wrote %d bytes", buf.Len())
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	for _, f := range Formats() {
		err := Write(failWriter{}, f, testInput(t), Options{})
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("Write(%s) to a failing writer: error = %v, want the write error", f, err)
		}
	}
}

func TestDeterministicAndOrderIndependent(t *testing.T) {
	for _, f := range Formats() {
		t.Run(f, func(t *testing.T) {
			in := testInput(t)
			first := render(t, f, in, Options{Color: true})
			again := render(t, f, in, Options{Color: true})
			if !bytes.Equal(first, again) {
				t.Fatal("same input gave different bytes")
			}

			// A parallel scan may hand findings and notices over in any order.
			shuffled := testInput(t)
			slices.Reverse(shuffled.Findings)
			slices.Reverse(shuffled.Notices)
			before := slices.Clone(shuffled.Findings)
			if got := render(t, f, shuffled, Options{Color: true}); !bytes.Equal(got, first) {
				t.Errorf("reordered input gave different output:\n%s\nwant:\n%s", got, first)
			}
			if !slices.EqualFunc(before, shuffled.Findings, func(a, b rules.Finding) bool { return a.Span == b.Span && a.RuleID == b.RuleID }) {
				t.Error("Write reordered the caller's findings")
			}
		})
	}
}

func TestTextFormat(t *testing.T) {
	in := testInput(t)
	got := string(render(t, "text", in, Options{}))
	for _, want := range []string{
		"nginx/api.conf:4:48: critical [CORS001] Any site can read credentialed responses",
		"\n    witness: Origin: https://evil.example\n",
		"\n    $ curl -sI -H 'Origin: https://evil.example' https://api.example.com/ | grep",
		"\nnginx/api.conf:5:53: low [CORS010] ",
		"\ndeploy/values.yaml:3:7: notice: could not parse",
		"\nbig.conf: notice: file larger than 10 MiB skipped.\n",
		"\n5 findings (1 critical, 2 medium, 2 low) in 3 files, 2 notices\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("text output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "\x1b[") {
		t.Error("colour codes without Options.Color")
	}
	if strings.Contains(got, "./nginx") {
		t.Error("path kept its ./ prefix")
	}

	colored := string(render(t, "text", in, Options{Color: true}))
	if !strings.Contains(colored, "nginx/api.conf:4:48: \x1b[1;31mcritical\x1b[0m [CORS001] Any site") {
		t.Errorf("coloured output does not colour the severity word only:\n%q", colored)
	}
}

func TestTextSummaryLine(t *testing.T) {
	tests := []struct {
		name     string
		findings []rules.Finding
		notices  int
		want     string
	}{
		{"none", nil, 0, "no findings"},
		{"none with notice", nil, 1, "no findings, 1 notice"},
		{"one", []rules.Finding{{Severity: rules.High, Span: policy.Span{File: "a"}}}, 0, "1 finding (1 high) in 1 file"},
		{"unknown severity", []rules.Finding{
			{Severity: rules.High, Span: policy.Span{File: "a"}},
			{Severity: "bogus", Span: policy.Span{File: "./a"}},
		}, 3, "2 findings (1 high, 1 other) in 1 file, 3 notices"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summaryLine(summarize(tt.findings), tt.notices); got != tt.want {
				t.Errorf("summaryLine = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTextEscapesControlCharacters(t *testing.T) {
	in := &Input{Findings: []rules.Finding{{
		RuleID:   "CORS011",
		Severity: rules.Low,
		Span:     policy.Span{File: "evil\x1b[2J.conf", Start: policy.Pos{Line: 1, Col: 1}},
		Message:  "bad origin \"https://a.example\nfake.conf:1:1: critical [CORS001] forged\x1b[31m\u202e\".",
		Witness:  "Origin: x\ry",
	}}}
	got := string(render(t, "text", in, Options{}))
	if strings.ContainsAny(got, "\x1b\r\u202e") {
		t.Errorf("control characters reached the terminal: %q", got)
	}
	if lines := strings.Count(got, "\n"); lines != 3 {
		t.Errorf("got %d lines, want 3 (finding, witness, summary): %q", lines, got)
	}
	for _, want := range []string{`evil\x1b[2J.conf:1:1:`, `\nfake.conf`, `\u202e`, `Origin: x\ry`} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks escaped %q: %q", want, got)
		}
	}
}
