// Package config reads corslint's `.corslint.toml`: rule selection and
// severity overrides, thresholds, trusted domains, sensitive headers,
// development paths, path excludes and per-path ignores. It validates
// everything up front, and every error names the file, the line and the key.
// It knows rule IDs only through a validity test the caller passes, so it
// never imports the rule catalog.
//
// Schema (all keys optional; REFERENCE.md has the full description):
//
//	profile = "default"             # or "audit" (turns on audit-only rules)
//	enable = ["CORS015"]            # rules to turn on
//	disable = ["CORS008"]           # rules to turn off
//	trusted_domains = ["example.com"]
//	sensitive_headers = ["X-Tenant-Secret"]   # added to CORS013's list
//	dev_paths = ["dev", "development", "local", "test"]  # replaces the default
//	exclude = ["vendor/**", "legacy/*.conf"]  # gitignore-style, root-relative
//	max_file_size = "10MiB"         # or a number of bytes
//
//	[rules.CORS012]
//	max_age = 7200                  # CORS012 threshold in seconds
//
//	[severity]
//	CORS008 = "medium"              # critical | high | medium | low
//
//	[[ignore]]
//	path = "config/legacy/*.json"   # gitignore-style, root-relative
//	rules = ["CORS008"]             # required, at least one
//	reason = "public assets"        # required
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	"github.com/corslint/corslint/internal/walk"
)

// FileName is the config file Find looks for.
const FileName = ".corslint.toml"

// Profiles.
const (
	ProfileDefault = "default"
	ProfileAudit   = "audit"
)

// Defaults.
const (
	DefaultMaxAge      int64 = 3600 // CORS012 threshold (rules.md)
	DefaultMaxFileSize       = walk.DefaultMaxFileSize
)

// DefaultDevPaths are the path words that mark a development file (rules.md,
// decisions: development origins).
func DefaultDevPaths() []string { return []string{"dev", "development", "local", "test"} }

// Config is a loaded, validated configuration. Its methods are safe for
// concurrent use.
type Config struct {
	Path             string // the file it came from; "" for Default()
	Profile          string
	Enable           []string
	Disable          []string
	TrustedDomains   []string // lower case
	SensitiveHeaders []string
	DevPaths         []string
	Exclude          []string
	MaxFileSize      int64             // bytes
	MaxAge           int64             // CORS012 threshold, seconds
	Severity         map[string]string // rule ID -> critical|high|medium|low
	Ignores          []Ignore
	// Versions names the library releases whose semantics the parsers model
	// (`[versions]`: flask_cors, django_cors_headers, koa_cors); a missing
	// entry means the current release.
	Versions map[string]string

	exclude *walk.Patterns
	dev     [][]string // DevPaths as word sequences
}

// Ignore is one `[[ignore]]` entry.
type Ignore struct {
	Path   string
	Rules  []string
	Reason string
	Line   int // of its `[[ignore]]` header, for messages

	match *walk.Patterns
}

// Default is the configuration used when there is no file.
func Default() *Config {
	c := &Config{
		Profile:     ProfileDefault,
		DevPaths:    DefaultDevPaths(),
		MaxFileSize: DefaultMaxFileSize,
		MaxAge:      DefaultMaxAge,
		Severity:    map[string]string{},
		Versions:    map[string]string{},
	}
	c.compile()
	return c
}

func (c *Config) compile() {
	c.exclude = walk.CompilePatterns(c.Exclude)
	c.dev = c.dev[:0]
	for _, d := range c.DevPaths {
		if ws := words(d); len(ws) > 0 {
			c.dev = append(c.dev, ws)
		}
	}
	for i := range c.Ignores {
		c.Ignores[i].match = walk.CompilePatterns([]string{c.Ignores[i].Path})
	}
}

// Find looks for FileName in startDir and then in each parent directory up to
// the filesystem root. It returns "" and no error when there is none.
func Find(startDir string) (string, error) {
	dir, err := filepath.Abs(startDir)
	if err != nil {
		return "", fmt.Errorf("find %s: %w", FileName, err)
	}
	for {
		p := filepath.Join(dir, FileName)
		// A parent we may not search cannot hold the user's config; only a
		// regular file counts.
		if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and validates the config file at path. valid tells which rule
// IDs exist; nil accepts CORS001 to CORS021 (rules.md).
func Load(path string, valid func(id string) bool) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("config %s: %w", path, fs.ErrNotExist)
		}
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(path, data, valid)
}

// KnownID is the default rule-ID test: CORS001 to CORS021.
func KnownID(id string) bool {
	if len(id) != 7 || id[:4] != "CORS" {
		return false
	}
	n, err := strconv.Atoi(id[4:])
	return err == nil && id[4] >= '0' && id[4] <= '9' && n >= 1 && n <= 21
}
