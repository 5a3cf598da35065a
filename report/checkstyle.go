package report

import (
	"bytes"
	"encoding/xml"
	"fmt"

	"github.com/corslint/corslint/rules"
)

// The checkstyle format is Checkstyle's XML report, which reviewdog
// (-f=checkstyle) and Jenkins warnings-ng read (integration.md §9):
//
//	<checkstyle version="4.3">
//	  <file name="nginx/api.conf">
//	    <error line="4" column="48" severity="error" message="..." source="CORS001"/>
//	  </file>
//	</checkstyle>
//
// One <file> per file with findings, in path order. Columns are 1-based UTF-8
// byte offsets, as in every corslint format but SARIF; a column of 0 (unknown)
// is left out. Severity: critical and high are error, medium warning, low
// info. Notices are not written (the CLI prints them on stderr).
type checkstyleReport struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// checkstyleFormatVersion is the report version Checkstyle itself writes
// and its consumers accept.
const checkstyleFormatVersion = "4.3"

func writeCheckstyle(buf *bytes.Buffer, in *Input, _ Options) error {
	out := checkstyleReport{Version: checkstyleFormatVersion}
	var file *checkstyleFile
	for _, f := range in.Findings {
		name := cleanPath(f.Span.File)
		if file == nil || file.Name != name {
			out.Files = append(out.Files, checkstyleFile{Name: name})
			file = &out.Files[len(out.Files)-1]
		}
		file.Errors = append(file.Errors, checkstyleError{
			Line:     max(f.Span.Start.Line, 0),
			Column:   max(f.Span.Start.Col, 0),
			Severity: checkstyleSeverity(f.Severity),
			Message:  findingText(f),
			Source:   f.RuleID,
		})
	}
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(buf)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("encode checkstyle: %w", err)
	}
	buf.WriteByte('\n')
	return nil
}

func checkstyleSeverity(s rules.Severity) string {
	switch sarifLevel(s) {
	case "error":
		return "error"
	case "note":
		return "info"
	}
	return "warning"
}
