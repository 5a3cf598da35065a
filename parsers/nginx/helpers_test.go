package nginx

import (
	"encoding/json"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

// tree is an in-memory scan root.
type tree map[string]string

func (t tree) file(path string) parsers.File {
	m := fstest.MapFS{}
	for k, v := range t {
		m[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return parsers.File{
		Path: path,
		Data: []byte(t[path]),
		Read: func(rel string) ([]byte, error) { return fs.ReadFile(m, rel) },
		Glob: func(p string) ([]string, error) { return fs.Glob(m, p) },
	}
}

// parseOne parses a single-file tree.
func parseOne(t *testing.T, path, src string) ([]policy.Policy, []policy.Notice) {
	t.Helper()
	return New().Parse(tree{path: src}.file(path))
}

// summary renders the parts of a policy the semantics decide, compactly, for
// table tests: `origins | credentials | flags`.
func summary(p policy.Policy) string {
	s := p.Origins.Kind.String()
	switch p.Origins.Kind {
	case policy.OriginList:
		s += "["
		for i, m := range p.Origins.Matchers {
			if i > 0 {
				s += " "
			}
			s += m.Kind.String() + ":" + m.Value
			if m.IgnoreCase {
				s += "/i"
			}
		}
		s += "]"
	case policy.OriginStatic:
		s += "(" + p.Origins.Value + ")"
	case policy.OriginAny:
		s += "(" + p.Origins.Emit.String() + ")"
	}
	for _, f := range p.Origins.ExtraFields {
		s += " +field(" + f.Value
		if f.Echo {
			s += ",echo"
		}
		s += ")"
	}
	if p.Credentials.Set {
		s += " creds=" + p.Credentials.Value
		if p.Credentials.Always {
			s += "(always)"
		}
	}
	if p.Vary.Origin == policy.VaryAlways {
		s += " vary"
	}
	if p.OnErrors {
		s += " onerrors"
	}
	if p.PreflightOnly {
		s += " preflight-only"
	}
	if p.PreflightStatus != 0 {
		s += " status=" + itoa(p.PreflightStatus)
	}
	for _, d := range p.Dropped {
		s += " dropped@" + itoa(d.Block.Start.Line) + "("
		for i, h := range d.Headers {
			if i > 0 {
				s += ","
			}
			s += h
		}
		s += ")from" + itoa(d.From.Start.Line)
	}
	return s
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// summaries is summary for each policy, prefixed by its span line.
func summaries(pols []policy.Policy) []string {
	out := make([]string, 0, len(pols))
	for _, p := range pols {
		out = append(out, itoa(p.Span.Start.Line)+": "+summary(p))
	}
	return out
}
