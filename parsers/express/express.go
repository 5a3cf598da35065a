// Package express translates the CORS configuration of Node.js servers into
// policies, with each library's real semantics (semantics.md §3): options of
// the `cors` middleware (expressjs/cors 2.8.x, used by Express, NestJS on
// Express and socket.io) kept in JSON ("Express-style JSON": a top-level
// options object, one under a `cors` key, or per-route entries), and JS/TS
// source: cors(), NestJS enableCors and NestFactory, @fastify/cors, @koa/cors,
// hono's cors, socket.io servers, options kept in configuration modules, and
// headers set by hand or written as data (Fetch Response inits, Lambda proxy
// results, next.config.js headers()). Both front ends produce one
// value model (value.go) that the option builders read, so each library's
// semantics are written once. The parser only translates; it never judges
// (rules do).
package express

import (
	"bytes"
	"fmt"
	"path"
	"strings"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

// Framework and Version name the semantics the policies follow.
const (
	Framework = "express-cors"
	Version   = "2.8"
)

// Parser reads Express-style JSON cors options and JS/TS source. The zero
// value is ready to use.
type Parser struct {
	// KoaCorsVersion is the @koa/cors release whose semantics apply (the
	// default origin changed in 5.0.0); "" means DefaultKoaCorsVersion.
	KoaCorsVersion string
}

var _ parsers.Parser = Parser{}

// New returns the parser with its default assumptions.
func New() Parser { return Parser{} }

// Name implements parsers.Parser.
func (Parser) Name() string { return "express" }

// Keywords implements parsers.Parser: every file Claim accepts holds one of
// them (an options object needs `origin`, `credentials` or a `cors` key; the
// capitalised forms catch header-name and camel-case keys such as
// `Access-Control-Allow-Origin` or `allowCredentials`; source needs `cors`,
// `Cors`, `CORS` or a header name).
func (Parser) Keywords() [][]byte {
	return [][]byte{
		[]byte("origin"), []byte("Origin"), []byte("credentials"), []byte("Credentials"), []byte("cors"),
		[]byte("Access-Control-Allow-Origin"), []byte("enableCors"), []byte("Cors"), []byte("CORS"),
		[]byte("access-control-allow-origin"),
	}
}

// foreignMarkers are keys of JSON CORS documents that belong to the platform
// parser (S3 CORSRules, GCS bucket cors entries, Kong decK files, Envoy and
// Istio route configs, CloudFormation templates), whose `origin`,
// `credentials` or `cors` keys would otherwise look like ours.
var foreignMarkers = [][]byte{
	[]byte(`"CORSRules"`), []byte(`"AllowedOrigins"`), []byte(`"responseHeader"`), []byte(`"maxAgeSeconds"`),
	[]byte(`"_format_version"`), []byte(`"allow_origin_string_match"`), []byte(`"allowOrigins"`),
	[]byte(`"AWSTemplateFormatVersion"`),
	// Azure App Service / ARM templates: siteConfig.cors {allowedOrigins,
	// supportCredentials} is Azure's own CORS, not the cors package.
	[]byte(`"supportCredentials"`), []byte(`"siteConfig"`),
}

// Claim implements parsers.Parser: a .json file with an `origin` or
// `credentials` key, or a `cors` key holding an object, and none of the
// markers of another format. Parse then keeps only objects that really look
// like cors options, so a claimed file may still yield no policy.
func (Parser) Claim(p string, data []byte) bool {
	if sourceFile(p) {
		return claimSource(p, data)
	}
	if !strings.EqualFold(path.Ext(p), ".json") {
		return false
	}
	for _, m := range foreignMarkers {
		if bytes.Contains(data, m) {
			return false
		}
	}
	return hasKey(data, "origin", 0) || hasKey(data, "credentials", 0) || hasKey(data, "cors", '{')
}

// hasKey reports whether data holds `"key"` followed by optional white space
// and a colon (and then, when next is not 0, optional white space and next).
// It is a byte scan, not a parse: cheap, and good enough to pick candidates.
func hasKey(data []byte, key string, next byte) bool {
	quoted := []byte(`"` + key + `"`)
	for rest := data; ; {
		i := bytes.Index(rest, quoted)
		if i < 0 {
			return false
		}
		rest = rest[i+len(quoted):]
		after := bytes.TrimLeft(rest, " \t\r\n")
		if len(after) == 0 || after[0] != ':' {
			continue
		}
		if next == 0 {
			return true
		}
		if after = bytes.TrimLeft(after[1:], " \t\r\n"); len(after) > 0 && after[0] == next {
			return true
		}
	}
}

// Parse implements parsers.Parser. A panic on odd input becomes a notice
// naming the file (design.md, Bad input).
func (p Parser) Parse(f parsers.File) (pols []policy.Policy, notices []policy.Notice) {
	if !sourceFile(f.Path) {
		switch role := nodeConfigRole(f); role {
		case "env":
			return nil, nil // names of environment variables, not values
		default:
			return parseJSON(f.Path, f.Data, role)
		}
	}
	defer func() {
		if r := recover(); r != nil {
			pols = nil
			notices = append(notices, policy.Notice{
				Level:   policy.LevelError,
				Message: fmt.Sprintf("internal error while reading JS/TS source: %v", r),
				Span:    policy.Span{File: f.Path},
			})
		}
	}()
	if skipSource(f.Path, f.Data) {
		return nil, nil
	}
	v := p.KoaCorsVersion
	if v == "" {
		v = koaCorsVersion(f)
	}
	if v == "" {
		v = DefaultKoaCorsVersion
	}
	return parseJS(f.Path, f.Data, v, f.Read)
}
