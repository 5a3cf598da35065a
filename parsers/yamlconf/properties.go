package yamlconf

import (
	"regexp"
	"strings"

	"github.com/corslint/corslint/parsers/platform"
	"github.com/corslint/corslint/policy"
)

// indexedKey is a Spring list element written `key[0]=value`.
var indexedKey = regexp.MustCompile(`^(.*)\[(\d+)\]$`)

// readProperties reads a Java .properties file (Spring Boot
// application.properties) into a flat map of dotted keys; `key[n]` entries
// become one list under `key`. It handles `=`, `:` and blank separators,
// `#`/`!` comments and no line continuations (Spring CORS settings never
// need them).
func readProperties(file string, data []byte) *platform.Node {
	lines := platform.NewLines(data)
	root := &platform.Node{Kind: platform.Map, Span: policy.Span{File: file}}
	lists := map[string]*platform.Node{}
	off := 0
	for off < len(data) {
		end := lines.LineEnd(off)
		next := end
		for next < len(data) && data[next] != '\n' {
			next++
		}
		next++
		line := string(data[off:end])
		trimmed := strings.TrimLeft(line, " \t")
		lead := len(line) - len(trimmed)
		if trimmed == "" || trimmed[0] == '#' || trimmed[0] == '!' {
			off = next
			continue
		}
		sep := strings.IndexAny(trimmed, "=: \t")
		if sep < 0 {
			sep = len(trimmed)
		}
		key := trimmed[:sep]
		rest := strings.TrimLeft(trimmed[sep:], " \t")
		if rest != "" && (rest[0] == '=' || rest[0] == ':') {
			rest = strings.TrimLeft(rest[1:], " \t")
		}
		value := strings.TrimRight(rest, " \t")
		keyAt := off + lead
		valAt := end - len(strings.TrimLeft(line[lead+sep:], " \t=:")) // start of the value
		for valAt < end && (data[valAt] == ' ' || data[valAt] == '\t') {
			valAt++
		}
		keySpan := policy.Span{File: file, Start: lines.Pos(keyAt), End: lines.Pos(keyAt + len(key))}
		val := &platform.Node{Kind: platform.String, Value: value, Literal: lines.Pos(valAt),
			Span: policy.Span{File: file, Start: lines.Pos(valAt), End: lines.Pos(valAt + len(value))}}
		if m := indexedKey.FindStringSubmatch(key); m != nil {
			l := lists[m[1]]
			if l == nil {
				l = &platform.Node{Kind: platform.List, Span: keySpan}
				lists[m[1]] = l
				root.Pairs = append(root.Pairs, platform.Pair{Key: m[1], KeySpan: keySpan, Value: l})
			}
			l.Items = append(l.Items, val)
		} else {
			root.Pairs = append(root.Pairs, platform.Pair{Key: key, KeySpan: keySpan, Value: val})
		}
		off = next
	}
	return root
}
