// Command corslint statically audits CORS configuration. The commands live in
// internal/cli; main only runs them and turns the result into an exit code.
package main

import (
	"os"

	"github.com/corslint/corslint/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
