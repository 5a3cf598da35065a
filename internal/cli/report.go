package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/corslint/corslint/report"
)

// maxSARIFSize bounds each log `corslint report` reads: GitHub rejects SARIF
// above 10 MB compressed, and a file far larger is not a corslint scan.
const maxSARIFSize = 256 << 20

type reportFlags struct {
	html string
}

func newReportCmd(e *env) *cobra.Command {
	var f reportFlags
	cmd := &cobra.Command{
		Use:   "report --html OUT.html SCAN.sarif [OLDER.sarif ...]",
		Short: "Write an audit report from SARIF scans",
		Long: "Report turns the SARIF file of a scan (corslint scan --format sarif) into one self-contained\n" +
			"HTML page: a summary by severity and rule, then the findings grouped by directory and file,\n" +
			"with the witness, a curl command that reproduces each finding, and the fix. Give older scans\n" +
			"of the same code after the first to add a chart of findings over time, with what each scan\n" +
			"fixed and added; scans are ordered by their run time when every log has one, otherwise the\n" +
			"command line is taken as newest first. The page loads nothing from the network.\n\n" +
			"Exit codes: 0 written, 2 usage or input error.",
		Example: "  corslint scan --format sarif --output scans/2026-03.sarif .\n" +
			"  corslint report --html cors-audit.html scans/2026-03.sarif scans/2026-02.sarif scans/2026-01.sarif",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("report needs at least one SARIF file written by 'corslint scan --format sarif'")
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			return runReport(e, &f, args)
		},
	}
	cmd.Flags().StringVar(&f.html, "html", "", "write the HTML report to this file ('-' for stdout)")
	return cmd
}

func runReport(e *env, f *reportFlags, args []string) error {
	if f.html == "" {
		return usageErr("no output given: use --html OUT.html")
	}
	in := &report.HTMLInput{}
	for _, path := range args {
		scan, err := readScan(path)
		if err != nil {
			return usageErr("%w", err)
		}
		in.Scans = append(in.Scans, scan)
	}
	// Rendered in memory first: an error never leaves half a page behind.
	var buf bytes.Buffer
	if err := report.WriteHTML(&buf, in); err != nil {
		return &exitError{code: ExitError, err: err}
	}
	if f.html == "-" {
		return writeAll(e.stdout, buf.Bytes())
	}
	if err := os.WriteFile(f.html, buf.Bytes(), 0o644); err != nil {
		return &exitError{code: ExitError, err: fmt.Errorf("write report: %w", err)}
	}
	return nil
}

func readScan(path string) (*report.AuditScan, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read scan: %w", err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("read scan %s: is a directory, want a SARIF file", path)
	}
	if st.Size() > maxSARIFSize {
		return nil, fmt.Errorf("read scan %s: file is larger than %d MiB", path, maxSARIFSize>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read scan: %w", err)
	}
	scan, err := report.ParseAuditScan(path, data)
	if err != nil {
		return nil, fmt.Errorf("read scan: %w", err)
	}
	return scan, nil
}

func writeAll(w io.Writer, data []byte) error {
	if _, err := w.Write(data); err != nil {
		return &exitError{code: ExitError, err: fmt.Errorf("write report: %w", err)}
	}
	return nil
}
