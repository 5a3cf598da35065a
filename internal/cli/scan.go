package cli

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/corslint/corslint/internal/config"
	"github.com/corslint/corslint/internal/scan"
	"github.com/corslint/corslint/report"
	"github.com/corslint/corslint/rules"
)

type scanFlags struct {
	format   string
	output   string
	failOn   string
	profile  string
	enable   []string
	disable  []string
	category string
	config   string
	noColor  bool
	quiet    bool
	baseline string
	verbose  bool
}

func newScanCmd(e *env) *cobra.Command {
	var f scanFlags
	cmd := &cobra.Command{
		Use:   "scan [paths...]",
		Short: "Scan files and directories for CORS problems",
		Long: "Scan walks the given paths (default: the current directory), honouring .gitignore,\n" +
			"parses every CORS configuration it recognises and reports findings.\n\n" +
			"Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or internal error.",
		RunE: func(_ *cobra.Command, args []string) error {
			return runScan(e, &f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "output format: "+strings.Join(report.Formats(), "|"))
	fl.StringVarP(&f.output, "output", "o", "", "write the report to this file instead of stdout")
	fl.StringVar(&f.failOn, "fail-on", "low", "exit 1 when a finding is at or above: critical|high|medium|low|none")
	fl.StringVar(&f.profile, "profile", "", "rule profile: default|audit (audit turns on audit-only rules)")
	fl.StringSliceVar(&f.enable, "enable", nil, "enable a rule by ID (repeatable, comma-separated)")
	fl.StringSliceVar(&f.disable, "disable", nil, "disable a rule by ID (repeatable, comma-separated)")
	fl.StringVar(&f.category, "category", "corslint", "SARIF automationDetails category (code-scanning category)")
	fl.StringVar(&f.config, "config", "", "config file (default: .corslint.toml found from the scan root upwards)")
	fl.BoolVar(&f.noColor, "no-color", false, "never colour the text output")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "do not print tool notices on stderr")
	fl.StringVar(&f.baseline, "baseline", "", "previous SARIF report: mark findings new/unchanged/updated, list fixed ones, fail only on new ones")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "print the time spent on each file, and the total, on stderr")
	return cmd
}

// failRank maps --fail-on to the lowest severity rank that fails the run.
func failRank(s string) (int, error) {
	switch strings.ToLower(s) {
	case "none":
		return 99, nil
	case "critical", "high", "medium", "low":
		return rules.Severity(strings.ToLower(s)).Rank(), nil
	}
	return 0, fmt.Errorf("invalid --fail-on %q: want critical, high, medium, low or none", s)
}

func runScan(e *env, f *scanFlags, args []string) error {
	if len(args) == 0 {
		args = []string{"."}
	}
	rank, err := failRank(f.failOn)
	if err != nil {
		return usageErr("%w", err)
	}
	if !validFormat(f.format) {
		return usageErr("unknown --format %q: want one of %s", f.format, strings.Join(report.Formats(), ", "))
	}
	opts, err := buildOptions(args, f.config, f.profile, f.enable, f.disable)
	if err != nil {
		return err
	}
	baseLog, err := readBaseline(f.baseline)
	if err != nil {
		return err
	}
	var timings *fileTimings
	var prog *progress
	switch {
	case f.verbose:
		timings = &fileTimings{}
		opts.Timings = timings.add
	case !f.quiet && e.isTTY(e.stderr):
		prog = newProgress(e.stderr, e.now)
		opts.Timings = prog.file
	}
	started := e.now()
	res, err := scan.Run(opts)
	if prog != nil {
		prog.done()
	}
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	finished := e.now()
	timings.print(e.stderr, finished.Sub(started))
	base := compareBaseline(baseLog, res.Findings)

	out := e.stdout
	var file *os.File
	if f.output != "" {
		file, err = os.Create(f.output)
		if err != nil {
			return &exitError{code: ExitError, err: fmt.Errorf("create report: %w", err)}
		}
		out = file
	}
	bw := bufio.NewWriter(out)
	in := &report.Input{
		Version:  Version(),
		Category: f.category,
		Rules:    metas(),
		Findings: res.Findings,
		Notices:  res.Notices,
		ReadFile: res.ReadFile,
		Baseline: base,
		Started:  started,
		Finished: finished,
	}
	color := f.output == "" && !f.noColor && e.isTTY(e.stdout) && os.Getenv("NO_COLOR") == ""
	werr := report.Write(bw, f.format, in, report.Options{Color: color})
	if werr == nil {
		werr = bw.Flush()
	}
	if file != nil {
		if cerr := file.Close(); werr == nil {
			werr = cerr
		}
	}
	if werr != nil {
		return &exitError{code: ExitError, err: fmt.Errorf("write report: %w", werr)}
	}
	// Notices go to stderr unless the text report already carries them on
	// stdout, so machine formats stay clean and nothing is lost.
	if !f.quiet && (f.format != "text" || f.output != "") {
		for _, n := range res.Notices {
			fmt.Fprintf(e.stderr, "%s: %s: %s\n", noticePos(n), n.Level, n.Message)
		}
	}
	if failing(base, res.Findings, rank) {
		return errFindings
	}
	return nil
}

func validFormat(s string) bool {
	for _, f := range report.Formats() {
		if f == s {
			return true
		}
	}
	return false
}

func metas() []rules.Meta {
	all := rules.All()
	out := make([]rules.Meta, len(all))
	for i, r := range all {
		out[i] = r.Meta()
	}
	return out
}

// buildOptions merges the config file and flags into scan options; flags win.
func buildOptions(paths []string, cfgPath, profile string, enable, disable []string) (scan.Options, error) {
	var cfg *config.Config
	var err error
	if cfgPath != "" {
		cfg, err = config.Load(cfgPath, knownRule)
	} else {
		cfg, err = findConfig(paths)
	}
	if err != nil {
		return scan.Options{}, usageErr("%w", err)
	}
	for _, id := range append(append([]string(nil), enable...), disable...) {
		if _, ok := rules.ByID(strings.ToUpper(strings.TrimSpace(id))); !ok {
			return scan.Options{}, unknownRuleErr(id)
		}
	}
	if profile != "" && profile != "default" && profile != "audit" {
		return scan.Options{}, usageErr("unknown --profile %q: want default or audit", profile)
	}
	return scan.Options{
		Paths:   paths,
		Config:  cfg,
		Profile: profile,
		Enable:  upper(enable),
		Disable: upper(disable),
	}, nil
}

func findConfig(paths []string) (*config.Config, error) {
	start := paths[0]
	if st, err := os.Stat(start); err == nil && !st.IsDir() {
		start = dirOf(start)
	}
	p, err := config.Find(start)
	if err != nil {
		return nil, err
	}
	if p == "" {
		return config.Default(), nil
	}
	return config.Load(p, knownRule)
}

func knownRule(id string) bool {
	_, ok := rules.ByID(id)
	return ok
}

func dirOf(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		if i == 0 {
			return "/"
		}
		return p[:i]
	}
	return "."
}

func upper(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, strings.ToUpper(strings.TrimSpace(id)))
	}
	return out
}
