// Package jsonconf reads JSON configuration (S3 bucket CORS with or without
// the CORSRules wrapper, GCS cors.json, CloudFormation/SAM JSON templates,
// vercel.json, firebase.json) through jsonpos into the format-neutral tree
// of package platform, which maps it. It decides nothing about CORS itself.
package jsonconf

import (
	"bytes"
	"errors"
	"path"
	"strings"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/parsers/jsonpos"
	"github.com/corslint/corslint/parsers/platform"
	"github.com/corslint/corslint/policy"
)

// Parser is the JSON family.
type Parser struct{}

var _ parsers.Parser = Parser{}

// Name implements parsers.Parser.
func (Parser) Name() string { return "jsonconf" }

// Keywords implements parsers.Parser.
func (Parser) Keywords() [][]byte { return platform.Keywords() }

// Claim takes .json files.
func (Parser) Claim(p string, data []byte) bool {
	return strings.EqualFold(path.Ext(p), ".json")
}

// Parse implements parsers.Parser.
func (Parser) Parse(f parsers.File) ([]policy.Policy, []policy.Notice) {
	root, err := jsonpos.Parse(f.Path, f.Data)
	if err != nil {
		if !platformName(f.Path) && !corsMarkers(f.Data) {
			// Many .json files are JSONC (tsconfig, devcontainer, VS Code
			// settings) or not CORS related at all: a syntax error there is
			// none of our business, even when pre-commit names the file.
			return nil, nil
		}
		n := policy.Notice{Level: policy.LevelWarning, Message: "JSON syntax error: " + err.Error(), Span: policy.Span{File: f.Path}}
		var se *jsonpos.SyntaxError
		if errors.As(err, &se) {
			n.Message = "JSON syntax error: " + se.Msg
			n.Span.Start = se.Pos
			n.Span.End = policy.Pos{Line: se.Pos.Line, Col: se.Pos.Col + 1}
		}
		return nil, []policy.Notice{n}
	}
	return platform.Extract(platform.Doc{Root: Convert(root), File: f.Path, Format: "json"})
}

// platformName reports whether a file's name says it is one of the JSON
// configurations this package reads.
func platformName(p string) bool {
	base := strings.ToLower(path.Base(p))
	for _, w := range []string{"cors", "vercel", "firebase", "template", "bucket", "s3", "cloudformation", "cfn"} {
		if strings.Contains(base, w) {
			return true
		}
	}
	return false
}

// corsMarkers reports whether data holds a key only CORS documents use, so
// that a syntax error in it is worth a notice whatever the file's name.
func corsMarkers(data []byte) bool {
	for _, m := range []string{`"CORSRules"`, `"AllowedOrigins"`, `"Access-Control-Allow-`, `"responseHeader"`} {
		if bytes.Contains(data, []byte(m)) {
			return true
		}
	}
	return false
}

// Convert turns a jsonpos tree into a platform tree. CloudFormation
// intrinsics (`{"Ref": ...}`, `{"Fn::GetAtt": ...}`) become Unknown values;
// `{"Fn::Sub": "..."}` becomes the string it builds (platform.SubTemplate).
func Convert(n *jsonpos.Node) *platform.Node {
	if n == nil {
		return nil
	}
	out := &platform.Node{Span: n.Span}
	switch n.Kind {
	case jsonpos.Null:
		out.Kind = platform.Null
	case jsonpos.Bool:
		out.Kind, out.Value = platform.Bool, n.Text
	case jsonpos.Number:
		out.Kind, out.Value = platform.Number, n.Text
	case jsonpos.String:
		out.Kind, out.Value = platform.String, n.Text
		// Without escapes the decoded text is the source between the
		// quotes, so entries of a comma list get their own spans.
		s := n.Span
		if s.Start.Line == s.End.Line && s.End.Col-s.Start.Col-2 == len(n.Text) {
			out.Literal = policy.Pos{Line: s.Start.Line, Col: s.Start.Col + 1}
		}
	case jsonpos.Array:
		out.Kind = platform.List
		for _, it := range n.Items {
			out.Items = append(out.Items, Convert(it))
		}
	case jsonpos.Object:
		if len(n.Members) == 1 {
			k := n.Members[0].Key
			if k == "Fn::Sub" {
				if t, ok := platform.SubTemplate(Convert(n.Members[0].Value)); ok {
					return t
				}
			}
			if k == "Ref" || strings.HasPrefix(k, "Fn::") {
				return &platform.Node{Kind: platform.Unknown, Tag: k, Span: n.Span}
			}
		}
		out.Kind = platform.Map
		for _, m := range n.Members {
			out.Pairs = append(out.Pairs, platform.Pair{Key: m.Key, KeySpan: m.KeySpan, Value: Convert(m.Value)})
		}
	}
	return out
}
