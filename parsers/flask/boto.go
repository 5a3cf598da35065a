package flask

import (
	"strconv"

	"github.com/corslint/corslint/parsers/platform"
	"github.com/corslint/corslint/parsers/python"
)

// extractBucketCors reads S3 bucket CORS rules set from Python with boto3:
// `s3.put_bucket_cors(Bucket=..., CORSConfiguration={"CORSRules": [...]})`
// or `s3.BucketCors(name).put(CORSConfiguration=...)`. The rules are the
// same document the S3 API takes as JSON, so the platform package maps them
// with S3's semantics (semantics.md 5.7).
func (x *extractor) extractBucketCors() {
	m := x.m
	m.Walk(func(n *python.Node, s *python.Scope) bool {
		if n.Type != "call" {
			return true
		}
		fn := n.Child("function")
		if fn == nil || fn.Type != "attribute" {
			return true
		}
		method := m.Text(fn.Child("attribute"))
		if method != "put_bucket_cors" && method != "put" {
			return true
		}
		cfg := m.CallArgs(n).Keyword("CORSConfiguration")
		if cfg == nil {
			return true
		}
		v := m.Eval(s, cfg)
		if v.Kind != python.Dict {
			return true
		}
		root := toPlatform(v)
		if root.Get("CORSRules") == nil {
			return true
		}
		pols, _ := platform.Extract(platform.Doc{Root: root, File: m.Path, Format: "json"})
		for i := range pols {
			pols[i].Dev = pols[i].Dev || x.devFile || m.InDevBranch(n)
		}
		x.policies = append(x.policies, pols...)
		return true
	})
}

// toPlatform converts an evaluated Python value into the format-neutral
// tree the platform mappings read.
func toPlatform(v python.Value) *platform.Node {
	n := &platform.Node{Span: v.Span}
	switch v.Kind {
	case python.Str:
		n.Kind, n.Value = platform.String, v.Str
	case python.Int:
		n.Kind, n.Value = platform.Number, strconv.FormatInt(v.Int, 10)
	case python.Float:
		n.Kind, n.Value = platform.Number, strconv.FormatFloat(v.Float, 'f', -1, 64)
	case python.Bool:
		n.Kind, n.Value = platform.Bool, strconv.FormatBool(v.Bool)
	case python.None:
		n.Kind = platform.Null
	case python.List:
		n.Kind = platform.List
		for _, it := range v.Items {
			n.Items = append(n.Items, toPlatform(it))
		}
		if v.Partial {
			n.Items = append(n.Items, &platform.Node{Kind: platform.Unknown, Span: v.Span})
		}
	case python.Dict:
		n.Kind = platform.Map
		for _, p := range v.Pairs {
			if p.Key.Kind != python.Str {
				continue
			}
			n.Pairs = append(n.Pairs, platform.Pair{Key: p.Key.Str, KeySpan: p.Key.Span, Value: toPlatform(p.Value)})
		}
	default:
		n.Kind = platform.Unknown
	}
	return n
}
