// Package cli holds corslint's cobra commands: flags become options, errors
// become exit codes. It does no scanning or formatting itself.
package cli

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"time"

	"github.com/spf13/cobra"
)

// Exit codes (integration.md §6): findings and errors never share a code.
const (
	ExitOK       = 0 // nothing at or above --fail-on
	ExitFindings = 1 // findings at or above --fail-on
	ExitError    = 2 // usage, config or internal error
)

// devVersion is reported when the binary carries no module version (go run,
// a local build); releases get theirs from the module's build info.
const devVersion = "0.1.0-dev"

// Version returns the tool's semantic version.
func Version() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			return v
		}
	}
	return devVersion
}

// exitError carries an exit code through cobra's error return.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// findingsExit signals exit 1 without an error message.
var errFindings = &exitError{code: ExitFindings}

// env is what the commands need from the process, injected for tests.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// isTTY reports whether w is a terminal (colour, progress).
	isTTY func(w io.Writer) bool
	// now is the clock: scan start and end times in reports (gitlab).
	now func() time.Time
}

// Main runs corslint with args and returns the exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return execute(&env{stdin: stdin, stdout: stdout, stderr: stderr, isTTY: isTerminal, now: time.Now}, args)
}

// execute runs corslint in e, whose clock and terminal test may be fakes.
func execute(e *env, args []string) int {
	stderr := e.stderr
	root := newRoot(e)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(stderr, "corslint: %v\n", ee.err)
		}
		return ee.code
	}
	fmt.Fprintf(stderr, "corslint: %v\n", err)
	return ExitError
}

func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:           "corslint",
		Short:         "Statically audit CORS configuration",
		Long:          "corslint reads CORS configuration (nginx, Express-style cors options, Flask, platform configs),\ncomputes what each policy answers to a browser, and reports what is dangerous or broken.",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       Version(),
	}
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetIn(e.stdin)
	root.SetFlagErrorFunc(flagError)
	root.AddCommand(newScanCmd(e), newExplainCmd(e), newRulesCmd(e), newVersionCmd(e), newInventoryCmd(e))
	root.AddCommand(newReportCmd(e))
	addCompletions(root)
	return root
}

func newVersionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print corslint's version",
		Args:  cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(e.stdout, "corslint %s\n", Version())
			return err
		},
	}
}

// usageErr marks an error as a usage error (exit 2).
func usageErr(format string, a ...any) error {
	return &exitError{code: ExitError, err: fmt.Errorf(format, a...)}
}
