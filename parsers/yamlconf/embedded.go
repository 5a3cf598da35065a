package yamlconf

import (
	"bytes"
	"strings"

	"github.com/corslint/corslint/parsers/platform"
)

// embeddedConfigs returns, for each Kubernetes ConfigMap entry that holds a
// whole YAML or JSON file as a block scalar (`envoy.yaml: |`, the usual way
// to ship an Envoy, Traefik or Kong configuration to a pod), a copy of data
// in which only that block's lines are kept and every other line is blank.
// Reading the copy gives spans that are exact in the original file, since
// lines and columns do not move; YAML allows the root to be indented.
func embeddedConfigs(root *platform.Node, data []byte) [][]byte {
	if root == nil || root.Kind != platform.Map {
		return nil
	}
	if k := root.Get("kind"); k == nil || k.Value != "ConfigMap" {
		return nil
	}
	d := root.Get("data")
	if d == nil || d.Kind != platform.Map {
		return nil
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	var out [][]byte
	for _, p := range d.Pairs {
		if !embeddedName(p.Key) || p.Value == nil || p.Value.Kind != platform.String {
			continue
		}
		if b := blockLines(lines, p.KeySpan.Start.Line, p.KeySpan.Start.Col-1); b != nil {
			out = append(out, b)
		}
	}
	return out
}

// embeddedName reports whether a ConfigMap key names a YAML or JSON file.
func embeddedName(key string) bool {
	k := strings.ToLower(key)
	return strings.HasSuffix(k, ".yaml") || strings.HasSuffix(k, ".yml") || strings.HasSuffix(k, ".json")
}

// blockLines keeps the lines of the block scalar whose key sits on line
// keyLine (1-based) at indentation indent: the following lines that are
// blank or indented deeper. It returns nil when the key's value is not a
// block scalar (`|` or `>`), whose content would not be the raw lines.
func blockLines(lines [][]byte, keyLine, indent int) []byte {
	if keyLine < 1 || keyLine > len(lines) || indent < 0 {
		return nil
	}
	head := lines[keyLine-1]
	colon := bytes.IndexByte(head[min(indent, len(head)):], ':')
	if colon < 0 {
		return nil
	}
	rest := bytes.TrimSpace(head[min(indent, len(head))+colon+1:])
	if len(rest) == 0 || (rest[0] != '|' && rest[0] != '>') {
		return nil
	}
	var b bytes.Buffer
	kept := 0
	for i, l := range lines {
		line := i + 1
		inBlock := line > keyLine && line == keyLine+1+kept && (len(bytes.TrimSpace(l)) == 0 || leading(l) > indent)
		if inBlock {
			kept++
			b.Write(l)
			continue
		}
		if bytes.HasSuffix(l, []byte("\n")) {
			b.WriteByte('\n')
		}
	}
	if kept == 0 {
		return nil
	}
	return b.Bytes()
}

// leading counts the spaces that indent a line.
func leading(l []byte) int {
	return len(l) - len(bytes.TrimLeft(l, " "))
}
