package scan

import (
	"bytes"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

// fileResult is everything one file contributes; results are merged in path
// order so output does not depend on scheduling.
type fileResult struct {
	path     string
	claimed  bool
	policies []policy.Policy
	findings []rules.Finding
	notices  []policy.Notice
	// unusedSuppressions counts `corslint:ignore` directives that matched
	// nothing; they are already turned into notices.
	suppressed int
}

// prefilter is the cheap keyword test that keeps most files from ever being
// parsed. Keywords are asked once per scan, not once per file.
type prefilter struct {
	parsers  []parsers.Parser
	keywords [][][]byte // per parser; nil means "always a candidate"
}

func newPrefilter(ps []parsers.Parser) *prefilter {
	pf := &prefilter{parsers: ps, keywords: make([][][]byte, len(ps))}
	for i, p := range ps {
		pf.keywords[i] = p.Keywords()
	}
	return pf
}

// candidates returns the parsers whose keywords occur in data.
func (pf *prefilter) candidates(data []byte) []parsers.Parser {
	var out []parsers.Parser
	for i, p := range pf.parsers {
		kws := pf.keywords[i]
		if kws == nil {
			out = append(out, p)
			continue
		}
		for _, kw := range kws {
			if bytes.Contains(data, kw) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// parseOne runs one parser on one file, turning a panic into a notice naming
// the file: bad input must never stop the scan (design.md, Bad input).
func parseOne(p parsers.Parser, f parsers.File) (pols []policy.Policy, notices []policy.Notice) {
	defer func() {
		if r := recover(); r != nil {
			pols = nil
			notices = append(notices, policy.Notice{
				Level:   policy.LevelError,
				Message: fmt.Sprintf("internal error in the %s parser (please report it): %v\n%s", p.Name(), r, firstFrames(debug.Stack(), 12)),
				Span:    policy.Span{File: f.Path},
			})
		}
	}()
	return p.Parse(f)
}

// checkOne runs the rules on one policy with the same panic guard.
func checkOne(ctx *rules.Context, p *policy.Policy, enabled func(string) bool) (fs []rules.Finding, notices []policy.Notice) {
	defer func() {
		if r := recover(); r != nil {
			fs = nil
			notices = append(notices, policy.Notice{
				Level:   policy.LevelError,
				Message: fmt.Sprintf("internal error while checking a %s policy (please report it): %v\n%s", p.Framework, r, firstFrames(debug.Stack(), 12)),
				Span:    p.Span,
			})
		}
	}()
	return rules.Run(ctx, p, enabled), nil
}

func firstFrames(stack []byte, n int) string {
	lines := strings.Split(string(stack), "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// spanText returns the source text a span covers, whitespace collapsed: the
// fingerprint key that survives line moves (integration.md 1.1).
func spanText(data []byte, s policy.Span) string {
	if s.Start.Line == 0 {
		return ""
	}
	start, ok1 := offset(data, s.Start)
	end, ok2 := offset(data, s.End)
	if !ok1 {
		return ""
	}
	if !ok2 || end < start {
		end = start
	}
	const maxKey = 512
	if end-start > maxKey {
		end = start + maxKey
	}
	return strings.Join(strings.Fields(string(data[start:end])), " ")
}

// offset converts a 1-based line and byte column into a byte offset.
func offset(data []byte, p policy.Pos) (int, bool) {
	line, off := 1, 0
	for line < p.Line {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return 0, false
		}
		off += i + 1
		line++
	}
	o := off + p.Col - 1
	if p.Col < 1 || o > len(data) {
		return 0, false
	}
	return o, true
}

// errNoIncludes is what a parser sees when it tries to read another file in
// a context with no file tree (help examples).
var errNoIncludes = errors.New("no other files are readable here")
