package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/corslint/corslint/rules"
)

// HTMLInput is what `corslint report --html` renders: one or more scans read
// back from SARIF (ParseAuditScan).
type HTMLInput struct {
	// Scans[0] is the scan the report is about; the others are older scans
	// of the same code, for the trend. When every scan has a time they are
	// put in time order; otherwise the given order is taken as newest first.
	Scans []*AuditScan
}

// WriteHTML renders one self-contained HTML file: inline CSS, JS and SVG, no
// request to any server (a Content-Security-Policy with default-src 'none'
// makes sure of it), every value escaped by html/template. Output is
// deterministic: nothing depends on the clock or on map order.
func WriteHTML(w io.Writer, in *HTMLInput) error {
	if in == nil || len(in.Scans) == 0 || in.Scans[0] == nil {
		return fmt.Errorf("render html report: no scan given")
	}
	view := buildHTMLView(in)
	var buf bytes.Buffer
	if err := htmlPage.Execute(&buf, view); err != nil {
		return fmt.Errorf("render html report: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write html report: %w", err)
	}
	return nil
}

// htmlView is the template's data: everything precomputed and already made
// printable, so the template only lays it out.
type htmlView struct {
	Title       string
	About       string
	CSP         string
	Style       template.CSS
	Script      template.JS
	Total       int
	Files       int
	Severities  []htmlCount
	Rules       []htmlRule
	Trend       *htmlTrend
	Groups      []htmlGroup
	Notices     []string
	ToolVersion string
}

type htmlCount struct {
	Name  string
	Count int
}

type htmlRule struct {
	ID, Name, Short, Severity string
	Count                     int
	Bar                       int // bar length in px, 0..120
}

type htmlGroup struct {
	Name  string
	Files []htmlFile
}

type htmlFile struct {
	Path     string
	Findings []htmlFinding
}

type htmlFinding struct {
	Where                  string
	RuleID, RuleName       string
	Severity               string
	Message                string
	Witness, Curl, Fix     string
	SearchText             string
	HasWitness, HasDetails bool
}

func buildHTMLView(in *HTMLInput) *htmlView {
	cur := in.Scans[0]
	v := &htmlView{
		Title:       "corslint audit report",
		CSP:         htmlCSP(),
		Style:       template.CSS(htmlStyle),
		Script:      template.JS(htmlScript),
		Total:       len(cur.Findings),
		ToolVersion: htmlText(cur.Version),
	}
	about := []string{htmlText(cur.Name)}
	if !cur.Time.IsZero() {
		about = append(about, "scanned "+cur.Time.UTC().Format("2006-01-02 15:04 UTC"))
	}
	if cur.Version != "" {
		about = append(about, "corslint "+htmlText(cur.Version))
	}
	v.About = strings.Join(about, " · ")

	bySev := map[rules.Severity]int{}
	byRule := map[string]int{}
	files := map[string]bool{}
	for _, f := range cur.Findings {
		bySev[f.Severity]++
		byRule[f.RuleID]++
		files[f.File] = true
	}
	v.Files = len(files)
	for _, s := range severities {
		v.Severities = append(v.Severities, htmlCount{Name: string(s), Count: bySev[s]})
	}
	v.Rules = htmlRules(cur, byRule)
	v.Trend = buildTrend(in.Scans)
	v.Groups = htmlGroups(cur)
	for _, n := range cur.Notices {
		v.Notices = append(v.Notices, htmlText(n))
	}
	return v
}

func htmlRules(cur *AuditScan, byRule map[string]int) []htmlRule {
	ids := make([]string, 0, len(byRule))
	most := 1
	for id, n := range byRule {
		ids = append(ids, id)
		most = max(most, n)
	}
	slices.Sort(ids)
	out := make([]htmlRule, 0, len(ids))
	for _, id := range ids {
		m := cur.Rules[id]
		out = append(out, htmlRule{
			ID:       htmlText(id),
			Name:     htmlText(m.Name),
			Short:    htmlText(m.Short),
			Severity: string(m.Severity),
			Count:    byRule[id],
			Bar:      max(2, byRule[id]*120/most),
		})
	}
	return out
}

// htmlGroups groups findings by the first directory below the one all
// their files share (the repository, when several were scanned at once, or
// a top-level directory), then by file, in path order.
func htmlGroups(cur *AuditScan) []htmlGroup {
	common := commonDir(cur.Findings)
	var out []htmlGroup
	for _, f := range cur.Findings {
		group := common
		if i := strings.IndexByte(f.File[len(common):], '/'); i > 0 {
			group = f.File[:len(common)+i+1]
		}
		group = htmlText(firstNonEmpty(group, "(top level)"))
		if len(out) == 0 || out[len(out)-1].Name != group {
			out = append(out, htmlGroup{Name: group})
		}
		g := &out[len(out)-1]
		path := htmlText(firstNonEmpty(f.File, "(no file)"))
		if len(g.Files) == 0 || g.Files[len(g.Files)-1].Path != path {
			g.Files = append(g.Files, htmlFile{Path: path})
		}
		file := &g.Files[len(g.Files)-1]
		file.Findings = append(file.Findings, htmlFindingOf(cur, f))
	}
	return out
}

// commonDir is the longest directory prefix ("a/b/") of every finding's
// file; "" when they share none.
func commonDir(fs []AuditFinding) string {
	if len(fs) == 0 {
		return ""
	}
	prefix := fs[0].File[:strings.LastIndexByte(fs[0].File, '/')+1]
	for _, f := range fs[1:] {
		for !strings.HasPrefix(f.File, prefix) {
			prefix = prefix[:strings.LastIndexByte(strings.TrimSuffix(prefix, "/"), '/')+1]
		}
	}
	return prefix
}

func htmlFindingOf(cur *AuditScan, f AuditFinding) htmlFinding {
	where := ""
	if f.Line > 0 {
		where = fmt.Sprint(f.Line)
		if f.Column > 0 {
			where += fmt.Sprintf(":%d", f.Column)
		}
	}
	h := htmlFinding{
		Where:    where,
		RuleID:   htmlText(f.RuleID),
		RuleName: htmlText(cur.Rules[f.RuleID].Name),
		Severity: string(f.Severity),
		Message:  htmlText(f.Message),
		Witness:  htmlText(f.Witness),
		Curl:     htmlText(f.Curl),
		Fix:      htmlText(f.Fix),
	}
	h.HasWitness = h.Witness != "" || h.Curl != ""
	h.HasDetails = h.HasWitness || h.Fix != ""
	h.SearchText = strings.ToLower(strings.Join([]string{f.File, h.RuleID, h.RuleName, h.Message, h.Witness, h.Fix}, " "))
	return h
}

// htmlText keeps line breaks (the page shows them) but escapes every other
// control character and the bidirectional overrides, which could make a
// value quoted from a scanned file read differently from what it is.
// html/template escapes the markup afterwards.
func htmlText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = printable(l)
	}
	return strings.Join(lines, "\n")
}

// htmlCSP allows nothing but the page's own inline style and script,
// pinned by their hashes, and data: images: the report can never load
// anything from the network, even if a value slipped through escaping.
func htmlCSP() string {
	return fmt.Sprintf("default-src 'none'; style-src '%s'; script-src '%s'; img-src data:; base-uri 'none'; form-action 'none'",
		cspHash(htmlStyle), cspHash(htmlScript))
}

func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// htmlTime is how the trend labels a scan with a known time.
const htmlTime = "2006-01-02 15:04"

// scanLabel names a scan on the trend chart: its time, or its file name
// without the directories (a bar has room for a few words only).
func scanLabel(s *AuditScan) string {
	if !s.Time.IsZero() {
		return s.Time.UTC().Format(htmlTime)
	}
	return htmlText(path.Base(filepath.ToSlash(s.Name)))
}

// chronological returns the scans oldest first: by time when every scan has
// one, otherwise the reverse of the given (newest first) order.
func chronological(scans []*AuditScan) []*AuditScan {
	out := make([]*AuditScan, 0, len(scans))
	for _, s := range scans {
		if s != nil {
			out = append(out, s)
		}
	}
	timed := !slices.ContainsFunc(out, func(s *AuditScan) bool { return s.Time.IsZero() })
	if timed {
		slices.SortStableFunc(out, func(a, b *AuditScan) int { return a.Time.Compare(b.Time) })
		return out
	}
	slices.Reverse(out)
	return out
}
