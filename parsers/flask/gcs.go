package flask

import (
	"github.com/corslint/corslint/parsers/platform"
	"github.com/corslint/corslint/parsers/python"
)

// extractGCSCors reads Google Cloud Storage bucket CORS entries set with
// google-cloud-storage: `bucket.cors = [{"origin": [...], "method": [...],
// "responseHeader": [...], "maxAgeSeconds": N}]` followed by
// bucket.patch() or update(). The entries are the document the JSON API
// takes, so the platform package maps them with GCS semantics
// (semantics.md 5.11).
func (x *extractor) extractGCSCors() {
	m := x.m
	m.Walk(func(n *python.Node, s *python.Scope) bool {
		if n.Type != "assignment" {
			return true
		}
		left := n.Child("left")
		if left == nil || left.Type != "attribute" || m.Text(left.Child("attribute")) != "cors" {
			return true
		}
		right := n.Child("right")
		if right == nil {
			return true
		}
		v := m.Eval(s, right)
		if v.Kind != python.List {
			return true
		}
		// A list the platform mapping does not read as GCS entries (anything
		// else called `cors`) gives nothing.
		pols, _ := platform.Extract(platform.Doc{Root: toPlatform(v), File: m.Path, Format: "json"})
		for _, p := range pols {
			if p.Framework != "gcs" {
				continue
			}
			p.Dev = p.Dev || x.devFile || m.InDevBranch(n)
			x.policies = append(x.policies, p)
		}
		return true
	})
}
