package flask

import (
	"fmt"
	"strings"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

// summary is a compact one-line view of a policy's shape, for tables.
func summary(p policy.Policy) string {
	var ms []string
	for _, m := range p.Origins.Matchers {
		s := fmt.Sprintf("%s:%s@%d", m.Kind, m.Value, m.Span.Start.Line)
		if m.Kind == policy.MatchRegex {
			s += "/" + m.Mode.String()
		}
		if m.IgnoreCase {
			s += "/i"
		}
		if m.EnvFallback != "" {
			s += "/env=" + m.EnvFallback
		}
		ms = append(ms, s)
	}
	out := fmt.Sprintf("%s %s/%s@%d", p.Framework, p.Origins.Kind, p.Origins.Emit, p.Origins.Span.Start.Line)
	if len(ms) > 0 {
		out += " [" + strings.Join(ms, " ") + "]"
	}
	if p.Origins.Value != "" {
		out += fmt.Sprintf(" static=%q", p.Origins.Value)
	}
	if p.Origins.Default {
		out += " default"
	}
	if p.Credentials.Value != "" {
		out += fmt.Sprintf(" cred=%q@%d", p.Credentials.Value, p.Credentials.Span.Start.Line)
	}
	out += fmt.Sprintf(" vary=%d", p.Vary.Origin)
	if p.MaxAge.Set {
		out += fmt.Sprintf(" maxage=%d@%d", p.MaxAge.Seconds, p.MaxAge.Span.Start.Line)
		if p.MaxAge.Default {
			out += "(default)"
		}
	}
	if p.PrivateNetwork.Allowed {
		out += " pna"
	}
	for _, i := range p.Ignored {
		out += fmt.Sprintf(" ignored=%s->%s@%d", i.Key, i.Suggest, i.Span.Start.Line)
	}
	if p.Dev {
		out += " dev"
	}
	return out
}

func parse(src string) ([]policy.Policy, []policy.Notice) {
	return Parser{}.Parse(parsers.File{Path: "app.py", Data: []byte(src)})
}

func summaries(src string) []string {
	pols, _ := parse(src)
	var out []string
	for _, p := range pols {
		out = append(out, summary(p))
	}
	return out
}
