package yamlconf

import (
	"bytes"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/corslint/corslint/parsers/platform"
	"github.com/corslint/corslint/policy"
)

// node converts one yaml.v3 node. flow is set inside flow collections,
// where `,]}` end a plain scalar.
func (c *converter) node(n *yaml.Node, depth int, flow bool) *platform.Node {
	c.nodes++
	if c.nodes > maxNodes || depth > maxDepth {
		c.exhausted = true
		return &platform.Node{Kind: platform.Unknown}
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return &platform.Node{Kind: platform.Null}
		}
		return c.node(n.Content[0], depth+1, flow)
	case yaml.AliasNode:
		if n.Alias == nil {
			return &platform.Node{Kind: platform.Unknown, Span: c.startSpan(n)}
		}
		return c.node(n.Alias, depth+1, flow)
	case yaml.ScalarNode:
		return c.scalar(n, flow)
	case yaml.SequenceNode:
		out := &platform.Node{Kind: platform.List, Span: c.startSpan(n)}
		inFlow := flow || n.Style&yaml.FlowStyle != 0
		for _, it := range n.Content {
			out.Items = append(out.Items, c.node(it, depth+1, inFlow))
		}
		return c.tagged(n, out)
	case yaml.MappingNode:
		return c.tagged(n, c.mapping(n, depth, flow || n.Style&yaml.FlowStyle != 0))
	}
	return &platform.Node{Kind: platform.Unknown, Span: c.startSpan(n)}
}

// tagged turns a collection with a custom tag (`!If [...]`, `!Join`) or a
// CloudFormation long-form intrinsic (`{"Ref": ...}`) into an Unknown value;
// a `!Sub [template, vars]` or `{"Fn::Sub": ...}` is the string it builds.
func (c *converter) tagged(n *yaml.Node, out *platform.Node) *platform.Node {
	tag := n.ShortTag()
	if tag == "!Sub" {
		if t, ok := platform.SubTemplate(out); ok {
			return t
		}
	}
	if tag != "!!seq" && tag != "!!map" {
		return &platform.Node{Kind: platform.Unknown, Tag: tag, Span: out.Span}
	}
	if out.Kind == platform.Map && len(out.Pairs) == 1 {
		k := out.Pairs[0].Key
		if k == "Fn::Sub" {
			if t, ok := platform.SubTemplate(out.Pairs[0].Value); ok {
				return t
			}
		}
		if k == "Ref" || strings.HasPrefix(k, "Fn::") {
			return &platform.Node{Kind: platform.Unknown, Tag: k, Span: out.Span}
		}
	}
	return out
}

// mapping converts a map, applying `<<` merge keys (own keys win) and
// reporting duplicate keys.
func (c *converter) mapping(n *yaml.Node, depth int, flow bool) *platform.Node {
	out := &platform.Node{Kind: platform.Map, Span: c.startSpan(n)}
	seen := map[string]bool{}
	var merged []platform.Pair
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" {
			merged = append(merged, c.mergeSource(v, depth)...)
			continue
		}
		key := c.scalar(k, flow)
		name := key.Value
		if k.Kind != yaml.ScalarNode {
			name = ""
		}
		if seen[name] {
			c.duplicate(name, key.Span)
		}
		seen[name] = true
		out.Pairs = append(out.Pairs, platform.Pair{Key: name, KeySpan: key.Span, Value: c.node(v, depth+1, flow)})
	}
	if len(merged) > 0 {
		var keep []platform.Pair
		for _, p := range merged {
			if !seen[p.Key] {
				keep = append(keep, p)
			}
		}
		out.Pairs = append(keep, out.Pairs...)
	}
	return out
}

// mergeSource returns the pairs a `<<` value contributes (a map, or a list
// of maps where earlier ones win).
func (c *converter) mergeSource(v *yaml.Node, depth int) []platform.Pair {
	src := c.node(v, depth+1, false)
	switch src.Kind {
	case platform.Map:
		return src.Pairs
	case platform.List:
		var out []platform.Pair
		have := map[string]bool{}
		for _, it := range src.Items {
			for _, p := range it.Pairs {
				if !have[p.Key] {
					have[p.Key] = true
					out = append(out, p)
				}
			}
		}
		return out
	}
	return nil
}

func (c *converter) duplicate(name string, at policy.Span) {
	if c.templated {
		return // `{{ if }}`/`{{ else }}` branches repeat keys by design
	}
	if c.dups < maxDupNotices {
		c.notice(policy.LevelWarning, at, "duplicate key %q: loaders differ on which value wins; corslint reads the last", name)
	}
	c.dups++
}

// startSpan is a one-byte span at a node's start.
func (c *converter) startSpan(n *yaml.Node) policy.Span {
	off := c.lines.Offset(n.Line+c.lineBase, n.Column)
	return posSpan(c.file, c.lines.Pos(off))
}

// scalar converts a scalar with its exact span and the type yaml.v3
// resolved; custom tags (`!Ref`, `!GetAtt`) are Unknown values, and `!Sub`
// is the string it builds.
func (c *converter) scalar(n *yaml.Node, flow bool) *platform.Node {
	start := c.lines.Offset(n.Line+c.lineBase, n.Column)
	end := c.scalarEnd(start, n.Style, flow)
	out := &platform.Node{Value: n.Value}
	out.Span = policy.Span{File: c.file, Start: c.lines.Pos(start), End: c.lines.Pos(end)}
	switch n.ShortTag() {
	case "!!str", "!!binary", "!!timestamp":
		out.Kind = platform.String
	case "!!int", "!!float":
		out.Kind = platform.Number
	case "!!bool":
		out.Kind = platform.Bool
	case "!!null":
		out.Kind = platform.Null
	case "!Sub":
		// The string a CloudFormation `!Sub` builds, its `${Param}`
		// references left as placeholders (platform.SubTemplate).
		out.Kind = platform.String
		out.Tag = "Fn::Sub"
	default:
		out.Kind = platform.Unknown
		out.Tag = n.ShortTag()
	}
	if n.Kind != yaml.ScalarNode {
		out.Kind = platform.Unknown
	}
	lit := start
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		lit++
	}
	if overlaps(c.masks, start, end) {
		// Restore the text the placeholder stood for.
		out.Templated = true
		if lit <= end {
			raw := string(c.orig[lit:end])
			if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 && len(raw) > 0 {
				raw = raw[:len(raw)-1]
			}
			out.Value = raw
		}
		if out.Kind == platform.Null || out.Kind == platform.Bool || out.Kind == platform.Number {
			out.Kind = platform.String
		}
	}
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0 && lit+len(out.Value) <= len(c.lines.Src) &&
		!strings.ContainsAny(out.Value, "\n\r") {
		src := c.lines.Src[lit : lit+len(out.Value)]
		if out.Templated || bytes.Equal(src, []byte(out.Value)) {
			out.Literal = c.lines.Pos(lit)
		}
	}
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 && !out.Templated {
		out.Runs = c.blockRuns(start, out.Value)
	}
	return out
}

// blockRuns finds where each line of a `|` or `>` block scalar starting at
// off sits in value: a block holds no escapes, so every content line is
// verbatim in the value, in order (folding only turns line breaks into
// spaces).
func (c *converter) blockRuns(off int, value string) []platform.Run {
	src := c.lines.Src
	var runs []platform.Run
	cur := 0
	for at := c.lines.LineEnd(off) + 1; at < len(src) && cur < len(value); {
		end := c.lines.LineEnd(at)
		line := src[at:end]
		text := strings.TrimRight(strings.TrimLeft(string(line), " \t"), " \t\r")
		if text != "" {
			i := strings.Index(value[cur:], text)
			if i < 0 {
				break
			}
			lead := len(line) - len(strings.TrimLeft(string(line), " \t"))
			runs = append(runs, platform.Run{Off: cur + i, Len: len(text), At: c.lines.Pos(at + lead)})
			cur += i + len(text)
		}
		for end < len(src) && src[end] != '\n' {
			end++ // past a CR
		}
		at = end + 1
	}
	return runs
}

// scalarEnd finds the byte just after a scalar that starts at off.
func (c *converter) scalarEnd(off int, style yaml.Style, flow bool) int {
	src := c.lines.Src
	if off >= len(src) {
		return len(src)
	}
	switch {
	case style&yaml.DoubleQuotedStyle != 0:
		for i := off + 1; i < len(src); i++ {
			switch src[i] {
			case '\\':
				i++
			case '"':
				return i + 1
			}
		}
		return len(src)
	case style&yaml.SingleQuotedStyle != 0:
		for i := off + 1; i < len(src); i++ {
			if src[i] == '\'' {
				if i+1 < len(src) && src[i+1] == '\'' {
					i++
					continue
				}
				return i + 1
			}
		}
		return len(src)
	case style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		return c.lines.LineEnd(off)
	}
	end := c.lines.LineEnd(off)
	i := off
	for ; i < end; i++ {
		b := src[i]
		if b == '#' && i > off && (src[i-1] == ' ' || src[i-1] == '\t') {
			break
		}
		if b == ':' && (i+1 == end || src[i+1] == ' ' || src[i+1] == '\t' || (flow && (src[i+1] == ',' || src[i+1] == ']' || src[i+1] == '}'))) {
			break
		}
		if flow && (b == ',' || b == ']' || b == '}') {
			break
		}
	}
	for i > off && (src[i-1] == ' ' || src[i-1] == '\t') {
		i--
	}
	if i == off && off < len(src) && src[off] != '\n' && src[off] != '\r' && src[off] != ' ' {
		i = off + 1 // never an empty span for written text
	}
	return i
}
