package cli

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/corslint/corslint/internal/scan"
	"github.com/corslint/corslint/report"
)

type inventoryFlags struct {
	format string
	output string
	config string
	quiet  bool
}

func newInventoryCmd(e *env) *cobra.Command {
	var f inventoryFlags
	cmd := &cobra.Command{
		Use:   "inventory [paths...]",
		Short: "List every CORS policy found, secure or not",
		Long: "Inventory walks the given paths (default: the current directory) like scan and lists\n" +
			"every CORS policy it finds, whether or not a rule flags it: where it is, which framework's\n" +
			"semantics apply, what it covers, its origin rule, credentials, methods, headers and max-age.\n" +
			"It is for periodic audits; it never fails on findings.\n\n" +
			"Exit codes: 0 listed, 2 usage or internal error.",
		Example: "  corslint inventory\n" +
			"  corslint inventory --format csv --output cors-inventory.csv repoA repoB",
		RunE: func(_ *cobra.Command, args []string) error {
			return runInventory(e, &f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "table", "output format: "+strings.Join(report.InventoryFormats(), "|"))
	fl.StringVarP(&f.output, "output", "o", "", "write the inventory to this file instead of stdout")
	fl.StringVar(&f.config, "config", "", "config file (default: .corslint.toml found from the scan root upwards)")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "do not print tool notices on stderr")
	return cmd
}

func runInventory(e *env, f *inventoryFlags, args []string) error {
	if len(args) == 0 {
		args = []string{"."}
	}
	known := false
	for _, name := range report.InventoryFormats() {
		known = known || name == f.format
	}
	if !known {
		return usageErr("unknown --format %q: want one of %s", f.format, strings.Join(report.InventoryFormats(), ", "))
	}
	opts, err := buildOptions(args, f.config, "", nil, nil)
	if err != nil {
		return err
	}
	res, err := scan.Run(opts)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}

	out := e.stdout
	var file *os.File
	if f.output != "" {
		file, err = os.Create(f.output)
		if err != nil {
			return &exitError{code: ExitError, err: fmt.Errorf("create inventory: %w", err)}
		}
		out = file
	}
	bw := bufio.NewWriter(out)
	werr := report.WriteInventory(bw, f.format, &report.InventoryInput{Version: Version(), Policies: res.Policies})
	if werr == nil {
		werr = bw.Flush()
	}
	if file != nil {
		if cerr := file.Close(); werr == nil {
			werr = cerr
		}
	}
	if werr != nil {
		return &exitError{code: ExitError, err: fmt.Errorf("write inventory: %w", werr)}
	}
	// Notices (unparsable files...) go to stderr: a policy in a file that
	// could not be read is missing from the list, and the user should know.
	if !f.quiet {
		for _, n := range res.Notices {
			fmt.Fprintf(e.stderr, "%s: %s: %s\n", noticePos(n), n.Level, n.Message)
		}
	}
	return nil
}
