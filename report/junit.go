package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"

	"github.com/corslint/corslint/rules"
)

// The junit format is JUnit XML as GitLab (reports:junit) and Jenkins read it
// (integration.md §9): testsuites > testsuite (one per file) > testcase (one
// per finding) > failure. A clean scan is one suite with one passing test
// case, since Jenkins' junit step fails on a report without any test. Notices
// go into a "corslint notices" suite's system-err. encoding/xml escapes every
// value, and replaces characters XML cannot carry at all (most C0 controls)
// with U+FFFD.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name      string          `xml:"name,attr"`
	Tests     int             `xml:"tests,attr"`
	Failures  int             `xml:"failures,attr"`
	Errors    int             `xml:"errors,attr"`
	Cases     []junitCase     `xml:"testcase"`
	SystemErr *junitCharacter `xml:"system-err,omitempty"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      string        `xml:"line,attr,omitempty"`
	Failure   *junitFailure `xml:"failure,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type junitCharacter struct {
	Text string `xml:",chardata"`
}

func writeJUnit(buf *bytes.Buffer, in *Input, _ Options) error {
	out := junitSuites{Name: toolName}
	var suite *junitSuite
	for _, f := range in.Findings {
		file := cleanPath(f.Span.File)
		if suite == nil || suite.Name != file {
			out.Suites = append(out.Suites, junitSuite{Name: file})
			suite = &out.Suites[len(out.Suites)-1]
		}
		suite.Cases = append(suite.Cases, junitCaseOf(file, f))
		suite.Tests++
		suite.Failures++
	}
	if len(in.Findings) == 0 {
		out.Suites = append(out.Suites, junitSuite{Name: toolName, Tests: 1,
			Cases: []junitCase{{Name: "no CORS findings", Classname: toolName}}})
	}
	for _, s := range out.Suites {
		out.Tests += s.Tests
		out.Failures += s.Failures
	}
	if len(in.Notices) > 0 {
		lines := make([]string, 0, len(in.Notices))
		for _, n := range in.Notices {
			lines = append(lines, noticeLevel(n.Level)+": "+noticeText(n))
		}
		out.Suites = append(out.Suites, junitSuite{Name: toolName + " notices",
			SystemErr: &junitCharacter{Text: strings.Join(lines, "\n")}})
	}

	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(buf)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("encode junit: %w", err)
	}
	buf.WriteByte('\n')
	return nil
}

// junitCaseOf names a test case after the rule and position, so each
// finding has its own row in GitLab's and Jenkins' test views.
func junitCaseOf(file string, f rules.Finding) junitCase {
	c := junitCase{
		Name:      f.RuleID + " " + position(f.Span),
		Classname: firstNonEmpty(file, toolName),
		File:      file,
		Failure: &junitFailure{
			Message: firstNonEmpty(strings.TrimSpace(f.Message), "corslint rule "+f.RuleID+" matched."),
			Type:    f.RuleID,
			Text:    fmt.Sprintf("%s: %s [%s]\n%s", position(f.Span), f.Severity, f.RuleID, findingText(f)),
		},
	}
	if f.Span.Start.Line > 0 {
		c.Line = strconv.Itoa(f.Span.Start.Line)
	}
	return c
}
