// Package tomlconf reads TOML configuration (Traefik dynamic configuration,
// netlify.toml `[[headers]]`, generic `[cors]` tables) into the
// format-neutral tree of package platform, which maps it. It decides nothing
// about CORS itself.
package tomlconf

import (
	"path"
	"strings"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/parsers/platform"
	"github.com/corslint/corslint/policy"
)

// Parser is the TOML family.
type Parser struct{}

var _ parsers.Parser = Parser{}

// Name implements parsers.Parser.
func (Parser) Name() string { return "tomlconf" }

// Keywords implements parsers.Parser.
func (Parser) Keywords() [][]byte { return platform.Keywords() }

// Claim takes .toml files except corslint's own configuration.
func (Parser) Claim(p string, data []byte) bool {
	return strings.EqualFold(path.Ext(p), ".toml") && path.Base(p) != ".corslint.toml"
}

// Parse implements parsers.Parser.
func (Parser) Parse(f parsers.File) ([]policy.Policy, []policy.Notice) {
	root, notice := Read(f.Path, f.Data)
	if notice != nil {
		return nil, []policy.Notice{*notice}
	}
	return platform.Extract(platform.Doc{Root: root, File: f.Path, Format: "toml"})
}
