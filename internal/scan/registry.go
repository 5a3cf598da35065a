package scan

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/corslint/corslint/internal/config"
	"github.com/corslint/corslint/internal/walk"
	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/parsers/express"
	"github.com/corslint/corslint/parsers/flask"
	"github.com/corslint/corslint/parsers/jsonconf"
	"github.com/corslint/corslint/parsers/nginx"
	"github.com/corslint/corslint/parsers/tomlconf"
	"github.com/corslint/corslint/parsers/yamlconf"
	"github.com/corslint/corslint/policy"
)

// Default returns every format family corslint knows, modelling the current
// library releases. Parsers are cheap values: grammars and tables are
// initialised inside Parse, only when a file needs them (design.md,
// Performance budget).
func Default() []parsers.Parser {
	return ForConfig(config.Default())
}

// ForConfig returns the parsers with the library versions of cfg's
// `[versions]` table, so the semantics match the user's project.
func ForConfig(cfg *config.Config) []parsers.Parser {
	return []parsers.Parser{
		express.Parser{KoaCorsVersion: cfg.Versions["koa_cors"]},
		nginx.New(),
		flask.Parser{
			FlaskCorsVersion:         cfg.Versions["flask_cors"],
			DjangoCorsHeadersVersion: cfg.Versions["django_cors_headers"],
		},
		yamlconf.Parser{},
		tomlconf.Parser{},
		jsonconf.Parser{},
	}
}

// ParseFile parses one file with every parser that claims it, for `explain`.
// The file's directory is the root for includes.
func ParseFile(path string) ([]policy.Policy, []policy.Notice, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("explain: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, nil, fmt.Errorf("explain: %w", err)
	}
	root, err := walk.FindRoot([]string{abs})
	if err != nil {
		return nil, nil, fmt.Errorf("explain: %w", err)
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil {
		return nil, nil, fmt.Errorf("explain: %w", err)
	}
	sb, err := walk.NewSandbox(root, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("explain: %w", err)
	}
	f := parsers.File{Path: filepath.ToSlash(rel), Data: data, Named: true, Read: sb.Read, Glob: sb.Glob}
	var pols []policy.Policy
	var notices []policy.Notice
	for _, p := range Default() {
		if !p.Claim(f.Path, data) {
			continue
		}
		ps, ns := parseOne(p, f)
		pols = append(pols, ps...)
		notices = append(notices, ns...)
	}
	return pols, notices, nil
}
