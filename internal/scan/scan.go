// Package scan is corslint's driver: walk the tree once, read each file once,
// prefilter cheaply, parse candidates in parallel, run the rules, apply
// suppressions and config, and return findings in a deterministic order. It
// prints nothing; the CLI and reporters decide what the user sees.
package scan

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/corslint/corslint/internal/config"
	"github.com/corslint/corslint/internal/suppress"
	"github.com/corslint/corslint/internal/walk"
	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

// Options configures one scan.
type Options struct {
	// Paths are files or directories; empty means ".".
	Paths  []string
	Config *config.Config
	// Profile, Enable and Disable come from flags and win over the config.
	Profile string
	Enable  []string
	Disable []string
	// Parsers defaults to ForConfig(Config).
	Parsers []parsers.Parser
	// Workers bounds parallel parsing; 0 means GOMAXPROCS.
	Workers int
	// Timings, when set, is called once for every file read, with its
	// root-relative path and the time spent reading, parsing and checking
	// it (`--verbose`). Calls come from the parsing goroutines, one at a
	// time, in no particular order.
	Timings func(path string, d time.Duration)
}

// Result is a finished scan.
type Result struct {
	// Root is the absolute directory every path is relative to.
	Root     string
	Files    int // files read
	Policies []policy.Policy
	Findings []rules.Finding
	Notices  []policy.Notice
	// Suppressed counts findings dropped by inline comments or config ignores.
	Suppressed int

	sandbox *walk.Sandbox
}

// ReadFile reads a scanned file by its root-relative path (reporters use it
// to convert columns).
func (r *Result) ReadFile(rel string) ([]byte, error) {
	return r.sandbox.Read(rel)
}

// Run scans opts.Paths.
func Run(opts Options) (*Result, error) {
	cfg := opts.Config
	if cfg == nil {
		cfg = config.Default()
	}
	ps := opts.Parsers
	if ps == nil {
		ps = ForConfig(cfg)
	}
	pf := newPrefilter(ps)
	enabled := enabledFunc(cfg, opts)
	ctx := ruleContext(cfg)
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}

	paths := opts.Paths
	if len(paths) == 0 {
		paths = []string{"."}
	}
	root, err := walk.FindRoot(paths)
	if err != nil {
		return nil, fmt.Errorf("scan: %w", err)
	}
	sandbox, err := walk.NewSandbox(root, cfg.MaxFileSize)
	if err != nil {
		return nil, fmt.Errorf("scan: %w", err)
	}

	var (
		mu       sync.Mutex
		results  []fileResult
		wnotices []policy.Notice
		wg       sync.WaitGroup
	)
	jobs := make(chan walk.Entry, workers*4)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for e := range jobs {
				start := time.Now()
				fr := scanFile(e, sandbox, pf, cfg, ctx, enabled)
				took := time.Since(start)
				mu.Lock()
				results = append(results, fr)
				if opts.Timings != nil {
					opts.Timings(fr.path, took)
				}
				mu.Unlock()
			}
		}()
	}
	_, err = walk.Stream(paths, walk.Options{
		Root:        root,
		MaxFileSize: cfg.MaxFileSize,
		Excluded:    cfg.Excluded,
		Notice: func(n policy.Notice) {
			mu.Lock()
			wnotices = append(wnotices, n)
			mu.Unlock()
		},
	}, func(e walk.Entry) error {
		jobs <- e
		return nil
	})
	close(jobs)
	wg.Wait()
	if err != nil {
		return nil, fmt.Errorf("scan: %w", err)
	}

	sort.Slice(results, func(i, j int) bool { return results[i].path < results[j].path })
	covered := coveredFiles(results)
	res := &Result{Root: root, Notices: wnotices, sandbox: sandbox}
	for _, fr := range results {
		if covered[fr.path] {
			// The file was also read in context, through another file's
			// include (an nginx conf.d snippet): that reading is the
			// truth, and the standalone one would repeat or contradict it.
			fr.policies, fr.findings = nil, nil
		}
		res.Files++
		res.Policies = append(res.Policies, fr.policies...)
		res.Findings = append(res.Findings, fr.findings...)
		res.Notices = append(res.Notices, fr.notices...)
		res.Suppressed += fr.suppressed
	}
	res.Findings = dedupe(res.Findings)
	sortFindings(res.Findings)
	res.Notices = dedupeNotices(res.Notices)
	sortNotices(res.Notices)
	return res, nil
}

// scanFile reads, prefilters, parses and checks one file.
func scanFile(e walk.Entry, sb *walk.Sandbox, pf *prefilter, cfg *config.Config, ctx *rules.Context, enabled func(string) bool) fileResult {
	fr := fileResult{path: e.Rel}
	data, err := os.ReadFile(e.Abs)
	if err != nil {
		fr.notices = append(fr.notices, policy.Notice{Level: policy.LevelError, Message: fmt.Sprintf("cannot read file: %v", unwrapPathErr(err)), Span: policy.Span{File: e.Rel}})
		return fr
	}
	cands := pf.candidates(data)
	if len(cands) == 0 {
		return fr
	}
	var claimers []parsers.Parser
	for _, p := range cands {
		if p.Claim(e.Rel, data) {
			claimers = append(claimers, p)
		}
	}
	if len(claimers) == 0 {
		return fr
	}
	if walk.IsBinary(data) {
		if e.Named {
			fr.notices = append(fr.notices, policy.Notice{Level: policy.LevelWarning, Message: "skipped: binary or non-UTF-8 file", Span: policy.Span{File: e.Rel}})
		}
		return fr
	}
	fr.claimed = true
	f := parsers.File{Path: e.Rel, Data: data, Named: e.Named, Read: sb.Read, Glob: sb.Glob}
	dev := cfg.IsDevPath(e.Rel)
	for _, p := range claimers {
		pols, notices := parseOne(p, f)
		fr.notices = append(fr.notices, notices...)
		for i := range pols {
			if dev {
				pols[i].Dev = true
			}
			fs, n := checkOne(ctx, &pols[i], enabled)
			fr.notices = append(fr.notices, n...)
			fr.findings = append(fr.findings, fs...)
		}
		fr.policies = append(fr.policies, pols...)
	}
	for i := range fr.findings {
		fd := &fr.findings[i]
		if sev, ok := cfg.Severity[fd.RuleID]; ok {
			fd.Severity = rules.Severity(sev)
		}
		fd.Key = spanText(data, fd.Span)
	}
	applySuppressions(&fr, data, cfg, enabled)
	return fr
}

func unwrapPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// applySuppressions drops findings silenced by config ignores or inline
// comments, and reports inline directives that silenced nothing.
func applySuppressions(fr *fileResult, data []byte, cfg *config.Config, enabled func(string) bool) {
	dirs, notices := suppress.ParseWith(fr.path, data, knownRule)
	fr.notices = append(fr.notices, notices...)
	kept := fr.findings[:0]
	for _, fd := range fr.findings {
		if cfg.Ignored(fd.Span.File, fd.RuleID) {
			fr.suppressed++
			continue
		}
		kept = append(kept, fd)
	}
	res := suppress.Apply(dirs, kept, enabled)
	fr.findings = res.Kept
	fr.suppressed += len(res.Suppressed)
	for _, u := range res.Unused {
		fr.notices = append(fr.notices, u.Notice())
	}
}

func knownRule(id string) bool {
	_, ok := rules.ByID(id)
	return ok
}

// coveredFiles returns the files whose constructs appear in policies built
// from another file: files read through an include.
func coveredFiles(results []fileResult) map[string]bool {
	covered := map[string]bool{}
	for _, fr := range results {
		for i := range fr.policies {
			for _, f := range policyFiles(&fr.policies[i]) {
				if f != fr.path && f != "" {
					covered[f] = true
				}
			}
		}
	}
	return covered
}

// policyFiles lists the files a policy's spans point into.
func policyFiles(p *policy.Policy) []string {
	fs := []string{p.Span.File, p.Origins.Span.File, p.Credentials.Span.File, p.MaxAge.Span.File}
	for _, d := range p.Directives {
		fs = append(fs, d.Span.File)
	}
	for _, m := range p.Origins.Matchers {
		fs = append(fs, m.Span.File)
	}
	return fs
}

// dedupe drops exact repeats (one rule, one place, one message), which two
// parsers claiming one file could otherwise produce.
func dedupe(fs []rules.Finding) []rules.Finding {
	type key struct {
		id   string
		span policy.Span
		msg  string
	}
	seen := map[key]bool{}
	out := fs[:0]
	for _, f := range fs {
		k := key{f.RuleID, f.Span, f.Message}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}

// dedupeNotices drops repeats: a file read alone and through an include
// reports the same include loop or syntax error twice.
func dedupeNotices(ns []policy.Notice) []policy.Notice {
	seen := map[policy.Notice]bool{}
	out := ns[:0]
	for _, n := range ns {
		if seen[n] {
			continue
		}
		seen[n] = true
		out = append(out, n)
	}
	return out
}

func sortFindings(fs []rules.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Span.File != b.Span.File {
			return a.Span.File < b.Span.File
		}
		if a.Span.Start.Line != b.Span.Start.Line {
			return a.Span.Start.Line < b.Span.Start.Line
		}
		if a.Span.Start.Col != b.Span.Start.Col {
			return a.Span.Start.Col < b.Span.Start.Col
		}
		if a.RuleID != b.RuleID {
			return a.RuleID < b.RuleID
		}
		return a.Message < b.Message
	})
}

func sortNotices(ns []policy.Notice) {
	sort.SliceStable(ns, func(i, j int) bool {
		a, b := ns[i].Span, ns[j].Span
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Start.Line != b.Start.Line {
			return a.Start.Line < b.Start.Line
		}
		return ns[i].Message < ns[j].Message
	})
}

// enabledFunc decides rule selection: flags over config over the profile.
func enabledFunc(cfg *config.Config, opts Options) func(string) bool {
	profile := cfg.Profile
	if opts.Profile != "" {
		profile = opts.Profile
	}
	on := map[string]bool{}
	for _, id := range cfg.Enable {
		on[id] = true
	}
	for _, id := range cfg.Disable {
		on[id] = false
	}
	for _, id := range opts.Enable {
		on[id] = true
	}
	for _, id := range opts.Disable {
		on[id] = false
	}
	// Decide every rule once: Meta builds help text, too costly per policy.
	for _, r := range rules.All() {
		m := r.Meta()
		if _, set := on[m.ID]; !set {
			on[m.ID] = !m.AuditOnly || profile == "audit"
		}
	}
	return func(id string) bool { return on[id] }
}

func ruleContext(cfg *config.Config) *rules.Context {
	ctx := rules.DefaultContext()
	if cfg.MaxAge > 0 {
		ctx.MaxAge = cfg.MaxAge
	}
	ctx.TrustedDomains = cfg.TrustedDomains
	ctx.SensitiveHeaders = cfg.SensitiveHeaders
	return ctx
}
