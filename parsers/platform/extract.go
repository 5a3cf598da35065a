package platform

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// Doc is one document of a configuration file.
type Doc struct {
	Root *Node
	// File is the path spans carry; Format is yaml, toml or json.
	File   string
	Format string
}

// extractor collects the policies and notices of one document.
type extractor struct {
	doc     Doc
	pols    []policy.Policy
	notices []policy.Notice
}

// Extract detects which platform a document configures, by content, and
// returns its policies. A document no mapping recognises yields nothing and
// no notice: most YAML, TOML and JSON files are not CORS configuration.
func Extract(d Doc) ([]policy.Policy, []policy.Notice) {
	if d.Root == nil {
		return nil, nil
	}
	x := &extractor{doc: d}
	x.dispatch(d.Root)
	return x.pols, x.notices
}

func (x *extractor) dispatch(root *Node) {
	switch root.Kind {
	case List:
		switch {
		case isS3Rules(root):
			x.s3Rules(root, "bucket CORS")
		case isGCSRules(root):
			x.gcs(root)
		}
		return
	case Map:
	default:
		return
	}
	switch {
	case root.Get("apiVersion") != nil && root.Get("kind") != nil:
		x.kubernetes(root)
	case root.Get("AWSTemplateFormatVersion") != nil || root.Get("Transform") != nil ||
		isCFNResources(root.Get("Resources")):
		x.cloudFormation(root)
	case root.Get("service") != nil && root.Get("provider") != nil:
		x.serverless(root)
	case root.Get("CORSRules") != nil:
		x.s3Rules(root.Get("CORSRules"), "bucket CORS")
	case isGCSRules(root.Get("cors")):
		x.gcs(root.Get("cors"))
	default:
		if !x.platformFiles(root) {
			x.generic(root)
		}
	}
}

// platformFiles handles documents recognised by a top-level shape that may
// combine with others (a Traefik file also holding routers, a decK file).
// It reports whether any platform claimed the document.
func (x *extractor) platformFiles(root *Node) bool {
	claimed := x.annotationMaps(root)
	if x.openAPICors(root, "HTTP API (OpenAPI definition)") {
		claimed = true
	}
	if x.openAPIRest(root, "REST API (OpenAPI definition)") {
		claimed = true
	}
	if mw := root.Path("http", "middlewares"); mw != nil && mw.Kind == Map {
		x.traefikMiddlewares(mw)
		claimed = true
	}
	if x.traefikLabels(root) {
		claimed = true
	}
	if hasKey(root, "virtual_hosts") {
		x.envoy(root)
		claimed = true
	}
	if root.Get("_format_version") != nil || root.Get("plugins") != nil || root.Get("services") != nil {
		if x.kongDeck(root) {
			claimed = true
		}
	}
	if root.Get("spring") != nil || root.Get("management") != nil || hasDottedPrefix(root, "spring.", "management.") {
		// Spring files also hold the application's own `cors:` blocks
		// (`app.cors.allowed-origins`), so they stay open to the generic
		// mapping, which skips the blocks Spring itself reads.
		x.spring(root)
	}
	if x.staticHeaders(root) {
		claimed = true
	}
	if x.terraformBuckets(root.Get("resource")) {
		claimed = true
	}
	return claimed
}

// kubernetes dispatches one Kubernetes object by apiVersion and kind.
func (x *extractor) kubernetes(root *Node) {
	api := root.Get("apiVersion").Text()
	kind := root.Get("kind").Text()
	switch {
	case kind == "List":
		for _, it := range root.Get("items").listItems() {
			if it.Kind == Map && it.Get("kind") != nil {
				x.kubernetes(it)
			}
		}
	case kind == "Ingress":
		x.ingressNginx(root)
	case kind == "VirtualService" && strings.HasPrefix(api, "networking.istio.io/"):
		x.istio(root)
	case kind == "Middleware" && strings.HasPrefix(api, "traefik."):
		x.traefikHeaders(root.Path("spec", "headers"), objectName(root, "Middleware"))
	case (kind == "KongPlugin" || kind == "KongClusterPlugin") && root.Get("plugin").Text() == "cors":
		if kongDisabled(root.Get("disabled"), true) {
			return
		}
		x.kong(root.Get("config"), root.Pair("plugin"), objectName(root, kind))
	default:
		// Annotations carried in an object's spec reach an Ingress later
		// (a Flux HelmRelease's values, an operator's custom resource);
		// the object's own metadata.annotations configure nothing.
		x.annotationMaps(root.Get("spec"))
		// Other custom resources configure CORS with a `cors:` block of
		// their own (Envoy Gateway SecurityPolicy, Emissary Mapping, a
		// HelmRelease's chart values): the documented generic block.
		x.generic(root.Get("spec"))
	}
}

// objectName is "Kind namespace/name" for scopes.
func objectName(root *Node, kind string) string {
	name := root.Path("metadata", "name").Text()
	if ns := root.Path("metadata", "namespace").Text(); ns != "" {
		name = ns + "/" + name
	}
	if name == "" {
		return kind
	}
	return kind + " " + name
}

// mapPairs returns a Map's pairs (nil otherwise).
func (n *Node) mapPairs() []Pair {
	if n == nil || n.Kind != Map {
		return nil
	}
	return n.Pairs
}

// listItems returns a List's items (nil otherwise).
func (n *Node) listItems() []*Node {
	if n == nil || n.Kind != List {
		return nil
	}
	return n.Items
}

// hasKey reports whether key occurs as a Map key anywhere under n.
func hasKey(n *Node, key string) bool {
	found := false
	walk(n, func(m *Node) bool {
		if m.Get(key) != nil {
			found = true
		}
		return !found
	})
	return found
}

// walk visits every Map and List under n, depth first, until visit
// returns false.
func walk(n *Node, visit func(*Node) bool) bool {
	if n == nil {
		return true
	}
	if n.Kind != Map && n.Kind != List {
		return true
	}
	if !visit(n) {
		return false
	}
	for _, p := range n.Pairs {
		if !walk(p.Value, visit) {
			return false
		}
	}
	for _, it := range n.Items {
		if !walk(it, visit) {
			return false
		}
	}
	return true
}

// settingSpan is where a user changes a setting: the scalar value, or the
// key when the value is a collection.
func settingSpan(p *Pair) policy.Span {
	if p == nil {
		return policy.Span{}
	}
	if p.Value != nil && (p.Value.IsScalar() || p.Value.Kind == Unknown) && !p.Value.Span.IsZero() {
		return p.Value.Span
	}
	return p.KeySpan
}

func (x *extractor) add(p policy.Policy) {
	x.pols = append(x.pols, p)
}

// listSetting builds a header list written by the user.
func listSetting(p *Pair, comma bool) policy.List {
	if p == nil {
		return policy.List{}
	}
	items := Items(p.Value, comma)
	if len(items) == 0 {
		return policy.List{}
	}
	l := policy.List{Mode: policy.ListValues, Values: Values(items), Explicit: true, Span: settingSpan(p)}
	if p.Value.IsScalar() {
		l.Raw = strings.TrimSpace(p.Value.Value)
	}
	return l
}

// reflectStar turns a list holding `*` into reflection, for platforms that
// echo the request's header list or method for `*` (Envoy, Spring, S3).
func reflectStar(l policy.List) policy.List {
	if l.Mode == policy.ListValues && containsFold(l.Values, "*") {
		l.Mode = policy.ListReflect
		l.Values = nil
	}
	return l
}

// defaultList is a platform default list.
func defaultList(span policy.Span, values ...string) policy.List {
	return policy.List{Mode: policy.ListValues, Values: values, Default: true, Span: span}
}

// unknownOrigins is the shape for origins corslint cannot read
// (intrinsics, placeholders).
func unknownOrigins(span policy.Span, why string) policy.Origins {
	return policy.Origins{Kind: policy.OriginUnknown, Note: why, Span: span}
}

// credentialsSetting reads a boolean credentials setting.
func credentialsSetting(p *Pair) policy.Credentials {
	if p == nil {
		return policy.Credentials{}
	}
	c := policy.Credentials{Set: true, Span: settingSpan(p)}
	if b, ok := BoolOf(p.Value); ok && b {
		c.Value = "true"
	}
	return c
}

// maxAgeSetting reads an integer seconds setting.
func maxAgeSetting(p *Pair) policy.MaxAge {
	if p == nil {
		return policy.MaxAge{}
	}
	m := policy.MaxAge{Set: true, Span: settingSpan(p)}
	s := strings.TrimSpace(p.Value.Text())
	if v, ok := DurationSeconds(s); ok {
		m.Seconds = v
	} else {
		m.Raw = s
	}
	return m
}

// Keywords are the byte strings one of which every platform mapping needs
// (the scan's cheap prefilter): CORS setting names in their various cases,
// Traefik's accessControl*, raw header names, S3/GCS bucket CORS keys.
func Keywords() [][]byte {
	return [][]byte{
		[]byte("cors"), []byte("Cors"), []byte("CORS"),
		[]byte("accessControl"), []byte("Access-Control"), []byte("access-control"),
		[]byte("accesscontrol"), []byte("ACCESSCONTROL"),
		[]byte("responseHeader"), []byte("AllowedOrigins"), []byte("allowOrigins"),
		// A GCS cors.json entry may hold only origin, method and
		// maxAgeSeconds: none of the words above.
		[]byte(`"origin"`),
	}
}
