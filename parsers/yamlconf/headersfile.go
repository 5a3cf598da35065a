package yamlconf

import (
	"strings"

	"github.com/corslint/corslint/parsers/platform"
	"github.com/corslint/corslint/policy"
)

// readHeadersFile reads a `_headers` file (Netlify, Cloudflare Pages): a
// path line at the start of a line, then indented `Name: value` lines that
// apply to it; `#` starts a comment line. It builds the same tree as
// netlify.toml's `[[headers]]` tables (`for` and `values`), so the platform
// mapping treats both alike. A header named twice keeps both values (they
// are sent as two fields). Cloudflare's `! Name` detach lines remove a
// header and are skipped.
func readHeadersFile(file string, data []byte) *platform.Node {
	lines := platform.NewLines(data)
	blocks := &platform.Node{Kind: platform.List, Span: policy.Span{File: file}}
	root := &platform.Node{Kind: platform.Map, Span: policy.Span{File: file},
		Pairs: []platform.Pair{{Key: "headers", Value: blocks}}}
	var values *platform.Node
	span := func(from, to int) policy.Span {
		return policy.Span{File: file, Start: lines.Pos(from), End: lines.Pos(to)}
	}
	for off := 0; off < len(data); {
		end := lines.LineEnd(off)
		next := end
		for next < len(data) && data[next] != '\n' {
			next++
		}
		next++
		line := string(data[off:end])
		trimmed := strings.TrimSpace(line)
		lead := len(line) - len(strings.TrimLeft(line, " \t"))
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#") || strings.HasPrefix(trimmed, "!"):
		case lead == 0:
			at := span(off, off+len(trimmed))
			values = &platform.Node{Kind: platform.Map, Span: at}
			blocks.Items = append(blocks.Items, &platform.Node{Kind: platform.Map, Span: at, Pairs: []platform.Pair{
				{Key: "for", KeySpan: at, Value: &platform.Node{Kind: platform.String, Value: trimmed, Span: at, Literal: at.Start}},
				{Key: "values", KeySpan: at, Value: values},
			}})
		case values != nil:
			name, val, ok := strings.Cut(trimmed, ":")
			if !ok {
				break
			}
			name = strings.TrimSpace(name)
			val = strings.TrimSpace(val)
			nameAt := off + lead
			valAt := off + lead + strings.Index(trimmed, ":") + 1
			for valAt < end && (data[valAt] == ' ' || data[valAt] == '\t') {
				valAt++
			}
			vs := span(valAt, valAt+len(val))
			values.Pairs = append(values.Pairs, platform.Pair{Key: name, KeySpan: span(nameAt, nameAt+len(name)),
				Value: &platform.Node{Kind: platform.String, Value: val, Span: vs, Literal: vs.Start}})
		}
		off = next
	}
	return root
}
