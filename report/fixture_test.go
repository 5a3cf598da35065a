package report

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

// Fake catalog entries: the real catalog (rules.All) is written in parallel,
// and golden files must not change every time a rule's help is edited.
func testRules() []rules.Meta {
	return []rules.Meta{
		{
			ID:               "CORS001",
			Name:             "credentialed-untrusted-origin",
			Short:            "An untrusted origin can read credentialed responses.",
			Full:             "Credentials are allowed and some untrusted origin gets Access-Control-Allow-Origin equal to itself or `*`.",
			Help:             "## What goes wrong\nAny site the victim visits can read their authenticated responses.\n```nginx\nadd_header Access-Control-Allow-Origin $http_origin;\n```\nSee [the Fetch standard](https://fetch.spec.whatwg.org/#http-cors-protocol).",
			Severity:         rules.Critical,
			SecuritySeverity: "9.1",
			Tags:             []string{"security", "external/cwe/cwe-942"},
			Precision:        "very-high",
		},
		{
			ID:               "CORS002",
			Name:             "origin-reflected",
			Short:            "Any request origin is echoed back without validation.",
			Full:             "The request Origin is copied into Access-Control-Allow-Origin with no check.",
			Help:             "Reflect only origins you trust.",
			Severity:         rules.Medium,
			SecuritySeverity: "5.3",
			Tags:             []string{"security", "external/cwe/cwe-942"},
			Precision:        "high",
		},
		{
			ID:               "CORS008",
			Name:             "wildcard-origin",
			Short:            "Every origin may read responses.",
			Full:             "Access-Control-Allow-Origin is `*` without credentials.",
			Help:             "Right for public data only.",
			Severity:         rules.Low,
			SecuritySeverity: "2.0",
			Tags:             []string{"external/cwe/cwe-942"}, // "security" is added by the reporter
			Precision:        "very-high",
		},
		{
			ID:               "CORS013",
			Name:             "sensitive-header-exposed",
			Short:            "A sensitive response header is exposed to other origins.",
			Full:             "Access-Control-Expose-Headers lists a header that carries secrets.",
			Help:             "Expose only headers the page needs.",
			Severity:         rules.Medium,
			SecuritySeverity: "5.3",
			Tags:             []string{"security", "external/cwe/cwe-200"},
			Precision:        "high",
		},
	}
}

// testFiles are the scanned files the fixture's spans point into. The JSON
// line carries an accented letter (2 UTF-8 bytes, 1 UTF-16 unit) and an emoji
// (4 bytes, 2 units) before the flagged value.
var testFiles = map[string]string{
	"nginx/api.conf": "server {\n" +
		"    server_name api.example.com;\n" +
		"    location / {\n" +
		"        add_header Access-Control-Allow-Origin $http_origin always;\n" +
		"        add_header Access-Control-Allow-Credentials true always;\n" +
		"    }\n" +
		"}\n",
	"config/cors.json": "{\r\n" +
		"  \"comment\": \"für alle 🚀\", \"origin\": \"*\"\r\n" +
		"}\r\n",
	"app/server.js": "app.use(cors({\n" +
		"  exposedHeaders: ['Authorization'],\n" +
		"}));\n" +
		"api.use(cors({\n" +
		"  exposedHeaders:   ['Authorization'],\n" +
		"}));\n",
}

func readTestFile(rel string) ([]byte, error) {
	s, ok := testFiles[rel]
	if !ok {
		return nil, fmt.Errorf("read %s: %w", rel, fs.ErrNotExist)
	}
	return []byte(s), nil
}

// spanOf locates the n-th (1-based) occurrence of text in file as a byte span.
func spanOf(t *testing.T, file, text string, n int) policy.Span {
	t.Helper()
	lines := strings.Split(testFiles[file], "\n")
	seen := 0
	for i, line := range lines {
		rest, off := line, 0
		for {
			j := strings.Index(rest, text)
			if j < 0 {
				break
			}
			seen++
			if seen == n {
				col := off + j + 1
				return policy.Span{
					File:  file,
					Start: policy.Pos{Line: i + 1, Col: col},
					End:   policy.Pos{Line: i + 1, Col: col + len(text)},
				}
			}
			off += j + len(text)
			rest = rest[j+len(text):]
		}
	}
	t.Fatalf("%q occurrence %d not in %s", text, n, file)
	return policy.Span{}
}

// testInput is the fixed report input behind every golden file.
func testInput(t *testing.T) *Input {
	t.Helper()
	noEnd := spanOf(t, "nginx/api.conf", "true", 1)
	noEnd.End = policy.Pos{}
	noEnd.File = "./nginx/api.conf" // normalised to nginx/api.conf everywhere
	return &Input{
		Version:  "0.1.0",
		Category: "",
		Rules:    testRules(),
		Findings: []rules.Finding{
			{
				RuleID:    "CORS013",
				Severity:  rules.Medium,
				Span:      spanOf(t, "app/server.js", "'Authorization'", 1),
				Message:   "Access-Control-Expose-Headers exposes `Authorization` | tokens* to every allowed origin.",
				Fix:       "Remove Authorization from exposedHeaders.",
				Framework: "express-cors",
				Scope:     "app.use(cors(...))",
				Key:       "'Authorization'",
			},
			{
				RuleID:    "CORS013",
				Severity:  rules.Medium,
				Span:      spanOf(t, "app/server.js", "'Authorization'", 2),
				Message:   "Access-Control-Expose-Headers exposes `Authorization` | tokens* to every allowed origin.",
				Framework: "express-cors",
				Scope:     "api.use(cors(...))",
				Key:       "'Authorization'",
			},
			{
				RuleID:    "CORS008",
				Severity:  rules.Low,
				Span:      spanOf(t, "config/cors.json", `"*"`, 1),
				Message:   "Every origin may read responses: Access-Control-Allow-Origin is *.",
				Framework: "express-cors",
				Scope:     "config/cors.json",
				Key:       `"*"`,
			},
			{
				RuleID:    "CORS001",
				Severity:  rules.Critical,
				Span:      spanOf(t, "nginx/api.conf", "$http_origin", 1),
				Message:   "Any site can read credentialed responses: the request origin is reflected, e.g. https://evil.example.",
				Witness:   "Origin: https://evil.example",
				Curl:      "curl -sI -H 'Origin: https://evil.example' https://api.example.com/ | grep -i '^access-control'",
				Fix:       "Check $http_origin against a map of trusted origins.",
				Framework: "nginx",
				Scope:     "server api.example.com, location /",
				Key:       "$http_origin",
			},
			{
				RuleID:    "CORS010",
				Severity:  rules.Low,
				Span:      noEnd,
				Message:   "A rule outside the catalog still gets a valid SARIF rule.",
				Framework: "nginx",
			},
		},
		Notices: []policy.Notice{
			{Level: policy.LevelError, Message: "file larger than 10 MiB skipped.", Span: policy.Span{File: "big.conf"}},
			{Level: policy.LevelWarning, Message: "could not parse: mapping values are not allowed here.", Span: policy.Span{File: "deploy/values.yaml", Start: policy.Pos{Line: 3, Col: 7}}},
		},
		ReadFile: readTestFile,
	}
}
