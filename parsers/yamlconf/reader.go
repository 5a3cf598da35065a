package yamlconf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/corslint/corslint/parsers/platform"
	"github.com/corslint/corslint/policy"
)

// Limits against hostile input: yaml.v3 does not expand aliases when it
// builds nodes, but our conversion does, so it counts every node it makes
// (billion laughs), and it bounds nesting.
const (
	maxNodes        = 1 << 18
	maxDepth        = 200
	maxDupNotices   = 10
	maxErrorNotices = 10
)

var errLine = regexp.MustCompile(`^yaml: line (\d+): `)

// Result is what Read makes of a file.
type Result struct {
	Docs    []*platform.Node
	Notices []policy.Notice
	// Templated: the file holds template actions (Helm); parse problems
	// are then expected and reported once, gently.
	Templated bool
	// Broken: the file or one of its documents could not be parsed.
	Broken bool
}

// Read parses a YAML stream (or JSON, a YAML subset) into node trees, one
// per document. Documents that do not parse are skipped with a notice;
// the others are still read.
func Read(file string, data []byte) Result {
	var res Result
	if !utf8.Valid(data) {
		res.Notices = append(res.Notices, policy.Notice{Level: policy.LevelWarning,
			Message: "file is not valid UTF-8; skipped", Span: policy.Span{File: file}})
		res.Broken = true
		return res
	}
	masked, spans := maskTemplates(data)
	res.Templated = len(spans) > 0
	c := &converter{file: file, lines: platform.NewLines(masked), orig: data, masks: spans, templated: res.Templated}
	for _, ch := range splitDocuments(masked) {
		root, err := parseChunk(masked[ch.start:ch.end])
		if err != nil {
			c.parseError(err, ch.firstLine)
			res.Broken = true
			continue
		}
		if root == nil || root.Kind == 0 {
			continue
		}
		if root.Kind == yaml.DocumentNode {
			if len(root.Content) == 0 {
				continue
			}
			root = root.Content[0]
		}
		c.lineBase = ch.firstLine - 1
		c.nodes = 0
		c.exhausted = false
		n := c.node(root, 0, false)
		if c.exhausted {
			res.Broken = true
			c.notice(policy.LevelWarning, posSpan(file, policy.Pos{Line: ch.firstLine, Col: 1}),
				"document too large or alias expansion too deep; read only in part")
		}
		res.Docs = append(res.Docs, n)
	}
	res.Notices = append(res.Notices, c.notices...)
	return res
}

// parseChunk runs yaml.v3 on one document, turning a panic into an error.
func parseChunk(src []byte) (n *yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			n, err = nil, fmt.Errorf("yaml: internal error: %v", r)
		}
	}()
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil {
		return nil, err
	}
	return &root, nil
}

// chunk is one document of a stream: bytes [start, end) starting at the
// 1-based line firstLine.
type chunk struct {
	start, end, firstLine int
}

// splitDocuments cuts a stream at `---` lines so that one broken document
// does not hide the others (yaml.v3 stops a stream at its first error).
// `...` end markers are blanked in place.
func splitDocuments(src []byte) []chunk {
	var out []chunk
	cur := chunk{start: 0, firstLine: 1}
	line := 1
	for off := 0; off < len(src); {
		end := bytes.IndexByte(src[off:], '\n')
		next := len(src)
		if end >= 0 {
			next = off + end + 1
		}
		text := strings.TrimRight(string(src[off:next]), "\r\n")
		if off > cur.start && (text == "---" || strings.HasPrefix(text, "--- ") || strings.HasPrefix(text, "---\t")) {
			cur.end = off
			out = append(out, cur)
			cur = chunk{start: off, firstLine: line}
		}
		if strings.TrimRight(text, " \t") == "..." {
			for j := off; j < off+3; j++ {
				src[j] = ' '
			}
		}
		off = next
		line++
	}
	cur.end = len(src)
	return append(out, cur)
}

// converter turns yaml.v3 nodes into platform nodes with byte spans.
type converter struct {
	file      string
	lines     *platform.Lines
	orig      []byte // the file before masking, to restore template text
	masks     []span
	templated bool
	lineBase  int // lines before the current document
	nodes     int
	exhausted bool
	dups      int
	errors    int
	notices   []policy.Notice
}

func posSpan(file string, p policy.Pos) policy.Span {
	return policy.Span{File: file, Start: p, End: policy.Pos{Line: p.Line, Col: p.Col + 1}}
}

func (c *converter) notice(level policy.Level, span policy.Span, format string, args ...any) {
	c.notices = append(c.notices, policy.Notice{Level: level, Message: fmt.Sprintf(format, args...), Span: span})
}

// parseError reports a document that does not parse. In templated files
// one gentle note stands for all of them.
func (c *converter) parseError(err error, firstLine int) {
	msg := err.Error()
	line := firstLine
	if m := errLine.FindStringSubmatch(msg); m != nil {
		if n, convErr := strconv.Atoi(m[1]); convErr == nil {
			line = firstLine + n - 1
		}
		msg = strings.TrimPrefix(msg, m[0])
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	span := policy.Span{File: c.file, Start: policy.Pos{Line: line, Col: 1}, End: policy.Pos{Line: line, Col: 2}}
	if c.templated {
		if c.errors == 0 {
			c.notice(policy.LevelNote, span, "template file: a document could not be read past its placeholders (%s)", msg)
		}
		c.errors++
		return
	}
	if c.errors < maxErrorNotices {
		c.notice(policy.LevelWarning, span, "YAML syntax error: %s", msg)
	}
	c.errors++
}
