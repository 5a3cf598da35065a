// Package baseline compares a scan with a previous SARIF log (`corslint scan
// --baseline previous.sarif`, integration.md §8). Results are matched on
// partialFingerprints["corslint/v1"], which holds no line, absolute path or
// version, so a finding survives lines inserted above it, another checkout
// and a new release. Each finding becomes new, unchanged (same level and
// message) or updated; baseline results no longer found become absent.
package baseline

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/corslint/corslint/report"
	"github.com/corslint/corslint/rules"
)

// maxFileSize bounds what Load reads: GitHub rejects SARIF above 10 MB
// compressed, and a baseline far larger than that is not one of ours.
const maxFileSize = 256 << 20

// Entry is one result of the baseline log.
type Entry struct {
	Fingerprint string
	RuleID      string
	Level       string // as written; "" means SARIF's default, warning
	Message     string
	URI         string
	StartLine   int
	StartColumn int
	EndLine     int
	EndColumn   int
}

// Log is a parsed baseline: its results that carry a corslint/v1 fingerprint.
type Log struct {
	Entries []Entry
	// Skipped counts results without a corslint/v1 fingerprint (another
	// tool's, or hand-edited), which can never match.
	Skipped int
}

// sarifLog is the part of SARIF 2.1.0 a baseline needs. Plain JSON rather
// than a SARIF library: any valid log, from any corslint version, must load,
// and unknown fields are ignored.
type sarifLog struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name string `json:"name"`
			} `json:"driver"`
		} `json:"tool"`
		Results []sarifResult `json:"results"`
	} `json:"runs"`
}

type sarifResult struct {
	RuleID  string `json:"ruleId"`
	Level   string `json:"level"`
	Message struct {
		Text string `json:"text"`
	} `json:"message"`
	Locations []struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI string `json:"uri"`
			} `json:"artifactLocation"`
			Region struct {
				StartLine   int `json:"startLine"`
				StartColumn int `json:"startColumn"`
				EndLine     int `json:"endLine"`
				EndColumn   int `json:"endColumn"`
			} `json:"region"`
		} `json:"physicalLocation"`
	} `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	BaselineState       string            `json:"baselineState"`
}

// Load reads a SARIF file written by `corslint scan --format sarif`.
func Load(path string) (*Log, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	if st.Size() > maxFileSize {
		return nil, fmt.Errorf("read baseline %s: file is larger than %d MiB", path, maxFileSize>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	log, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	return log, nil
}

// Parse reads a SARIF log's corslint results. Runs of other tools are
// ignored; results marked absent in the log (it may itself be the output of
// a baseline run) were already gone and are left out.
func Parse(data []byte) (*Log, error) {
	var doc sarifLog
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("not a SARIF log: %w", err)
	}
	if doc.Version != "2.1.0" {
		return nil, fmt.Errorf("not a SARIF 2.1.0 log (version %q)", doc.Version)
	}
	out := &Log{}
	corslintRuns := 0
	for _, run := range doc.Runs {
		if run.Tool.Driver.Name != "corslint" {
			continue
		}
		corslintRuns++
		for _, r := range run.Results {
			if r.BaselineState == report.StateAbsent {
				continue
			}
			fp := r.PartialFingerprints[report.FingerprintKey]
			if fp == "" {
				out.Skipped++
				continue
			}
			e := Entry{Fingerprint: fp, RuleID: r.RuleID, Level: r.Level, Message: r.Message.Text}
			if len(r.Locations) > 0 {
				pl := r.Locations[0].PhysicalLocation
				e.URI = pl.ArtifactLocation.URI
				e.StartLine, e.StartColumn = pl.Region.StartLine, pl.Region.StartColumn
				e.EndLine, e.EndColumn = pl.Region.EndLine, pl.Region.EndColumn
			}
			out.Entries = append(out.Entries, e)
		}
	}
	if corslintRuns == 0 {
		return nil, errors.New("no corslint run in the SARIF log")
	}
	return out, nil
}

// Compare matches findings against the baseline. A finding whose
// fingerprint is in the baseline is unchanged when its SARIF level and
// message are the same, updated otherwise; any other finding is new. Every
// baseline entry left unmatched is absent.
func Compare(log *Log, findings []rules.Finding) *report.Baseline {
	byPrint := make(map[string]int, len(log.Entries))
	for i, e := range log.Entries {
		if _, dup := byPrint[e.Fingerprint]; !dup {
			byPrint[e.Fingerprint] = i
		}
	}
	used := make([]bool, len(log.Entries))
	out := &report.Baseline{States: make(map[string]string, len(findings))}
	for i, fp := range report.Fingerprints(findings) {
		j, ok := byPrint[fp]
		if !ok || used[j] {
			out.States[fp] = report.StateNew
			continue
		}
		used[j] = true
		e := log.Entries[j]
		f := findings[i]
		if levelOf(e.Level) == report.SARIFLevel(f.Severity) && e.Message == f.Message {
			out.States[fp] = report.StateUnchanged
		} else {
			out.States[fp] = report.StateUpdated
		}
	}
	for j, e := range log.Entries {
		if used[j] {
			continue
		}
		out.Absent = append(out.Absent, report.AbsentResult{
			RuleID: e.RuleID, Level: e.Level, Message: e.Message, URI: e.URI, Fingerprint: e.Fingerprint,
			StartLine: e.StartLine, StartColumn: e.StartColumn, EndLine: e.EndLine, EndColumn: e.EndColumn,
		})
	}
	return out
}

// levelOf applies SARIF's default level.
func levelOf(l string) string {
	if l == "" {
		return "warning"
	}
	return l
}

// CountNew counts the findings at or above minRank that the baseline marks
// new: with --baseline, only those fail the run (integration.md §6).
func CountNew(b *report.Baseline, findings []rules.Finding, minRank int) int {
	n := 0
	for i, fp := range report.Fingerprints(findings) {
		if findings[i].Severity.Rank() >= minRank && b.State(fp) == report.StateNew {
			n++
		}
	}
	return n
}
