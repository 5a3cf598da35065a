// Package parsers defines what every format family implements: which files it
// claims and how it turns one into policy.Policy values. Parsers translate
// configuration with the framework's real semantics; they never judge it (that
// is the rules' job) and never print anything.
package parsers

import "github.com/corslint/corslint/policy"

// File is one input file as the scan driver hands it to a parser.
type File struct {
	// Path is relative to the scan root, with forward slashes; it is what
	// spans carry.
	Path string
	// Data is the whole file; parsers must not keep it after Parse returns.
	Data []byte
	// Named is true when the user named the file on the command line (or
	// pre-commit passed it): claim it on content even if its name is unusual.
	Named bool
	// Read returns another file under the scan root by a path relative to
	// the root (nginx includes); it refuses paths outside the root.
	Read func(rel string) ([]byte, error)
	// Glob lists files under the scan root matching a root-relative pattern.
	Glob func(pattern string) ([]string, error)
}

// Parser is one format family.
type Parser interface {
	// Name is a short stable name (nginx, express, flask, yamlconf...).
	Name() string
	// Keywords are byte strings one of which must occur in a file for Claim
	// to be asked at all (the cheap prefilter); nil means "ask always".
	Keywords() [][]byte
	// Claim reports whether the parser wants the file, from its path and
	// content. It must be cheap: no full parse.
	Claim(path string, data []byte) bool
	// Parse builds the policies of one file. Bad input yields notices, never
	// a panic or an error that stops the scan.
	Parse(f File) ([]policy.Policy, []policy.Notice)
}
