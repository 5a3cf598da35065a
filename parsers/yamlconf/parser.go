// Package yamlconf reads YAML configuration (Kubernetes manifests, Helm
// templates, Istio, Envoy, Traefik, Kong, Spring, Serverless, SAM and
// CloudFormation templates, generic `cors:` blocks) through yaml.v3 nodes
// into the format-neutral tree of package platform, with byte-exact spans.
// It decides nothing about CORS itself: platform maps the trees.
package yamlconf

import (
	"bytes"
	"path"
	"regexp"
	"strings"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/parsers/platform"
	"github.com/corslint/corslint/policy"
)

// Parser is the YAML family.
type Parser struct{}

var _ parsers.Parser = Parser{}

// Name implements parsers.Parser.
func (Parser) Name() string { return "yamlconf" }

// Keywords implements parsers.Parser: every mapping needs one of these.
func (Parser) Keywords() [][]byte { return platform.Keywords() }

// springCORSProperty finds a Spring CORS key at the start of a line:
// spring.config.name, profile folders and copied snippets give Spring
// properties files other names than application*.properties.
var springCORSProperty = regexp.MustCompile(`(?m)^[ \t]*(?:management\.endpoints\.web\.cors\.|spring\.cloud\.gateway\.[^=:\n]*cors)`)

// Claim takes .yaml/.yml files (Helm templates included), Spring
// application*.properties / bootstrap*.properties (and other .properties
// files holding Spring CORS keys), Netlify / Cloudflare
// Pages `_headers` files, and extensionless files whose content starts like
// a Kubernetes or CloudFormation document.
func (Parser) Claim(p string, data []byte) bool {
	if path.Base(p) == "_headers" {
		return true
	}
	switch strings.ToLower(path.Ext(p)) {
	case ".yaml", ".yml":
		return true
	case ".properties":
		base := path.Base(p)
		return strings.HasPrefix(base, "application") || strings.HasPrefix(base, "bootstrap") ||
			springCORSProperty.Match(data)
	case "":
		return bytes.HasPrefix(data, []byte("apiVersion:")) || bytes.HasPrefix(data, []byte("AWSTemplateFormatVersion:"))
	}
	return false
}

// Parse implements parsers.Parser.
func (Parser) Parse(f parsers.File) ([]policy.Policy, []policy.Notice) {
	if path.Base(f.Path) == "_headers" {
		return platform.Extract(platform.Doc{Root: readHeadersFile(f.Path, f.Data), File: f.Path, Format: "headers"})
	}
	if strings.EqualFold(path.Ext(f.Path), ".properties") {
		root := readProperties(f.Path, f.Data)
		return platform.Extract(platform.Doc{Root: root, File: f.Path, Format: "properties"})
	}
	res := Read(f.Path, f.Data)
	notices := res.Notices
	var pols []policy.Policy
	for _, d := range res.Docs {
		ps, ns := platform.Extract(platform.Doc{Root: d, File: f.Path, Format: "yaml"})
		pols = append(pols, ps...)
		notices = append(notices, ns...)
		// A ConfigMap may carry a whole gateway configuration as a string;
		// its parse problems are not the manifest's, so only policies count.
		for _, buf := range embeddedConfigs(d, f.Data) {
			for _, ed := range Read(f.Path, buf).Docs {
				ps, _ := platform.Extract(platform.Doc{Root: ed, File: f.Path, Format: "yaml"})
				pols = append(pols, ps...)
			}
		}
	}
	if len(pols) == 0 && !res.Broken && !f.Named {
		// A YAML file that is not CORS configuration is skipped silently.
		return nil, nil
	}
	return pols, notices
}
