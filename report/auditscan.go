package report

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/corslint/corslint/rules"
)

// AuditScan is one SARIF log read back for the HTML audit report
// (`corslint report --html`): its corslint runs' results, with what the
// report shows of each.
type AuditScan struct {
	Name    string    // where it came from (the file name), shown when Time is unknown
	Time    time.Time // the run's invocation end (or start) time; zero when the log has none
	Version string    // corslint's semanticVersion in the log
	Rules   map[string]AuditRule
	// Findings are in file, line, column and rule order.
	Findings []AuditFinding
	Notices  []string // tool notifications, as "location: message"
}

// AuditRule is a rule's metadata as the log registered it.
type AuditRule struct {
	ID, Name, Short  string
	Severity         rules.Severity // band of its security-severity score
	SecuritySeverity string
}

// AuditFinding is one result.
type AuditFinding struct {
	RuleID   string
	Severity rules.Severity
	File     string // percent-decoded, relative to the scan root
	Line     int    // 0 when unknown
	Column   int    // UTF-16 column as SARIF counts it; 0 when unknown
	Message  string
	Witness  string
	Curl     string
	Fix      string
	// Fingerprint is corslint/v1; the trend compares scans on it.
	Fingerprint string
}

// auditLog is the part of SARIF 2.1.0 the report reads. Plain JSON, as in
// internal/baseline: logs of any corslint version must load, and unknown
// fields are ignored.
type auditLog struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name            string      `json:"name"`
				SemanticVersion string      `json:"semanticVersion"`
				Rules           []auditRule `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			StartTimeUTC  string `json:"startTimeUtc"`
			EndTimeUTC    string `json:"endTimeUtc"`
			Notifications []struct {
				Message   auditMessage    `json:"message"`
				Locations []auditLocation `json:"locations"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		Results []auditResult `json:"results"`
	} `json:"runs"`
}

type auditRule struct {
	ID               string       `json:"id"`
	Name             string       `json:"name"`
	ShortDescription auditMessage `json:"shortDescription"`
	Properties       struct {
		SecuritySeverity string `json:"security-severity"`
	} `json:"properties"`
	DefaultConfiguration struct {
		Level string `json:"level"`
	} `json:"defaultConfiguration"`
}

type auditMessage struct {
	Text string `json:"text"`
}

type auditLocation struct {
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
		Region struct {
			StartLine   int `json:"startLine"`
			StartColumn int `json:"startColumn"`
		} `json:"region"`
	} `json:"physicalLocation"`
}

type auditResult struct {
	RuleID              string            `json:"ruleId"`
	Level               string            `json:"level"`
	Message             auditMessage      `json:"message"`
	Locations           []auditLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	BaselineState       string            `json:"baselineState"`
	Properties          struct {
		Witness string `json:"witness"`
		Curl    string `json:"curl"`
		Fix     string `json:"fix"`
	} `json:"properties"`
}

// ParseAuditScan reads a SARIF log written by `corslint scan --format sarif`.
// Runs of other tools are ignored, and so are results a baseline run marked
// absent (fixed before that scan). A log without a corslint run is an error.
func ParseAuditScan(name string, data []byte) (*AuditScan, error) {
	var doc auditLog
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: not a SARIF log: %w", name, err)
	}
	if doc.Version != "2.1.0" {
		return nil, fmt.Errorf("%s: not a SARIF 2.1.0 log (version %q)", name, doc.Version)
	}
	scan := &AuditScan{Name: name, Rules: map[string]AuditRule{}}
	runs := 0
	for _, run := range doc.Runs {
		if run.Tool.Driver.Name != toolName {
			continue
		}
		runs++
		scan.Version = firstNonEmpty(scan.Version, run.Tool.Driver.SemanticVersion)
		for _, r := range run.Tool.Driver.Rules {
			if _, dup := scan.Rules[r.ID]; r.ID == "" || dup {
				continue
			}
			scan.Rules[r.ID] = AuditRule{
				ID:               r.ID,
				Name:             r.Name,
				Short:            r.ShortDescription.Text,
				Severity:         scoreBand(r.Properties.SecuritySeverity, r.DefaultConfiguration.Level),
				SecuritySeverity: r.Properties.SecuritySeverity,
			}
		}
		for _, inv := range run.Invocations {
			if scan.Time.IsZero() {
				scan.Time = sarifTime(firstNonEmpty(inv.EndTimeUTC, inv.StartTimeUTC))
			}
			for _, n := range inv.Notifications {
				text := strings.TrimSpace(n.Message.Text)
				if len(n.Locations) > 0 {
					if file := decodeURI(n.Locations[0].PhysicalLocation.ArtifactLocation.URI); file != "" {
						text = file + ": " + text
					}
				}
				scan.Notices = append(scan.Notices, text)
			}
		}
		for _, r := range run.Results {
			if r.BaselineState == StateAbsent {
				continue
			}
			scan.Findings = append(scan.Findings, scan.finding(r))
		}
	}
	if runs == 0 {
		return nil, errors.New(name + ": no corslint run in the SARIF log")
	}
	sortAuditFindings(scan.Findings)
	return scan, nil
}

func (s *AuditScan) finding(r auditResult) AuditFinding {
	f := AuditFinding{
		RuleID:      r.RuleID,
		Message:     r.Message.Text,
		Witness:     r.Properties.Witness,
		Curl:        r.Properties.Curl,
		Fix:         r.Properties.Fix,
		Fingerprint: r.PartialFingerprints[FingerprintKey],
	}
	if len(r.Locations) > 0 {
		pl := r.Locations[0].PhysicalLocation
		f.File = decodeURI(pl.ArtifactLocation.URI)
		f.Line, f.Column = max(pl.Region.StartLine, 0), max(pl.Region.StartColumn, 0)
	}
	// The level says error for both critical and high: the rule's score
	// tells them apart, unless a severity override moved the finding to
	// another level, which then decides.
	f.Severity = levelBand(r.Level)
	if band := s.Rules[r.RuleID].Severity; sarifLevel(band) == levelOf(r.Level) {
		f.Severity = band
	}
	return f
}

// scoreBand is the severity band of a security-severity score (rules.md:
// 9.0+ critical, 7.0-8.9 high, 4.0-6.9 medium, below low), or of the level
// when the score is missing.
func scoreBand(score, level string) rules.Severity {
	v, err := strconv.ParseFloat(score, 64)
	switch {
	case err != nil:
		return levelBand(level)
	case v >= 9:
		return rules.Critical
	case v >= 7:
		return rules.High
	case v >= 4:
		return rules.Medium
	}
	return rules.Low
}

// levelBand is the highest band a SARIF level stands for.
func levelBand(level string) rules.Severity {
	switch levelOf(level) {
	case "error":
		return rules.High
	case "note", "none":
		return rules.Low
	}
	return rules.Medium
}

// levelOf applies SARIF's default level.
func levelOf(l string) string {
	if l == "" {
		return "warning"
	}
	return l
}

// sarifTime reads a SARIF date-time (RFC 3339 UTC); anything else is
// unknown.
func sarifTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}

// decodeURI turns a relative SARIF URI back into the path it encodes; a URI
// that does not decode is shown as written.
func decodeURI(uri string) string {
	p, err := url.PathUnescape(uri)
	if err != nil {
		return uri
	}
	return p
}

func sortAuditFindings(fs []AuditFinding) {
	slices.SortStableFunc(fs, func(a, b AuditFinding) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.RuleID, b.RuleID),
		)
	})
}
