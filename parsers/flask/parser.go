// Package flask reads CORS policies from Python source: flask-cors (CORS(),
// init_app, @cross_origin, app.config and config classes), CORS headers set
// by hand in Flask hooks and views, and, through the starlette and django
// packages, Starlette/FastAPI CORSMiddleware and django-cors-headers
// settings. It translates with each library's real semantics
// (semantics.md 4) and never judges: that is the rules' job.
package flask

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/parsers/django"
	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/parsers/starlette"
	"github.com/corslint/corslint/policy"
)

// Parser is the Python family. The zero value models DefaultFlaskCorsVersion
// and the current django-cors-headers (django.Version).
type Parser struct {
	// FlaskCorsVersion selects the flask-cors release whose semantics apply
	// (private-network defaults changed in 4.0.2 and 5.0.0).
	FlaskCorsVersion string
	// DjangoCorsHeadersVersion selects the django-cors-headers release
	// (default headers changed in 4.0.0, Allow-Credentials on rejected
	// origins stopped in 4.3.0); "" means django.Version.
	DjangoCorsHeadersVersion string
}

var _ parsers.Parser = Parser{}

// Name is the family name.
func (Parser) Name() string { return "flask" }

var keywords = [][]byte{
	[]byte("flask_cors"), []byte("cross_origin"), []byte("CORSMiddleware"),
	[]byte("corsheaders"), []byte("CORS_"), []byte("Access-Control-"),
	// Lower-case header names: ASGI requires them in raw header tuples
	// ((b"access-control-allow-origin", ...)), and werkzeug/Starlette
	// header maps are case-insensitive, so code often writes them so.
	[]byte("access-control-"),
	// boto3 S3 bucket CORS rules.
	[]byte("CORSRules"),
	// google-cloud-storage: bucket.cors = [...].
	[]byte(".cors ="),
	// An app factory binding a flask-cors extension built in another
	// module (extensions.py: cors = CORS()).
	[]byte("cors.init_app("),
	// werkzeug response properties: response.access_control_allow_origin = ...
	[]byte(".access_control_"),
}

// Keywords are the prefilter strings: one must occur in a claimed file.
func (Parser) Keywords() [][]byte { return keywords }

// Claim takes .py files (and .pyw) holding one of the keywords.
func (Parser) Claim(path string, data []byte) bool {
	low := strings.ToLower(path)
	if !strings.HasSuffix(low, ".py") && !strings.HasSuffix(low, ".pyw") {
		return false
	}
	for _, k := range keywords {
		if bytes.Contains(data, k) {
			return true
		}
	}
	return false
}

// Parse builds the policies of one Python file.
func (p Parser) Parse(f parsers.File) (pols []policy.Policy, notices []policy.Notice) {
	defer func() {
		// Never let one odd file stop a scan (design.md, bad input).
		if r := recover(); r != nil {
			pols = nil
			notices = append(notices, policy.Notice{
				Level:   policy.LevelError,
				Message: fmt.Sprintf("internal error while reading Python file: %v", r),
				Span:    policy.Span{File: f.Path},
			})
		}
	}()
	m, notices := python.Parse(f.Path, f.Data)
	if m == nil {
		return nil, notices
	}
	// Settings imported by name (`from .settings import CORS_ORIGINS`) are
	// judged where they are written.
	m.SetReader(f.Read)
	version := p.FlaskCorsVersion
	if version == "" {
		version = DefaultFlaskCorsVersion
	}
	x := &extractor{
		m:           m,
		version:     version,
		devFile:     python.DevPath(f.Path),
		configs:     map[string]*appConfig{},
		usedClasses: map[*python.Node]bool{},
		read:        f.Read,
	}
	x.lambdaStyle = lambdaStyle(m)
	// A module that imports a test framework is one whatever its name
	// (helpers under qa/, checks shipped beside the code): its header
	// dicts are fixtures and expected values.
	x.testFile = testPath(f.Path) || importsModule(m, "pytest") || importsModule(m, "unittest")
	x.usesFlaskCors = m.ImportedFrom("CORS", "flask_cors") || m.ImportedFrom("cross_origin", "flask_cors") || importsModule(m, "flask_cors")
	x.collectConfig()
	x.extractFlaskCors()
	x.classPolicies()
	x.extractManual()
	x.extractBucketCors()
	x.extractGCSCors()
	pols = x.policies
	for _, sp := range starlette.Extract(m) {
		sp.Dev = sp.Dev || x.devFile
		pols = append(pols, sp)
	}
	var imported []*python.Module
	if len(m.StarFrom) > 0 && f.Read != nil && assignsCorsSetting(m) {
		for _, sub := range python.StarModules(m, f.Read) {
			// settings.py ending in `from .local_settings import *`: what a
			// development file sets is not the production view.
			if x.devFile || !python.DevPath(sub.Path) {
				imported = append(imported, sub)
			}
		}
	}
	for _, dp := range django.ExtractSplit(m, p.DjangoCorsHeadersVersion, imported) {
		if x.devFile {
			markDevFile(&dp, f.Path)
		}
		pols = append(pols, dp)
	}
	return pols, notices
}

// markDevFile marks what a development file (settings/local.py) decides as
// development. Origins it star-imports from a shared module (base.py) are
// not: production reads them too, so a local origin there is still
// CORS007.
func markDevFile(p *policy.Policy, file string) {
	shared := false
	for i := range p.Origins.Matchers {
		if p.Origins.Matchers[i].Span.File == file {
			p.Origins.Matchers[i].Dev = true
		} else {
			shared = true
		}
	}
	if !shared {
		p.Dev = true
	}
}

// assignsCorsSetting reports whether m assigns a CORS_* name at module
// level: only then are its star imports worth reading (split settings).
func assignsCorsSetting(m *python.Module) bool {
	for _, name := range m.Top().Names() {
		if strings.HasPrefix(name, "CORS_") {
			return true
		}
	}
	return false
}

func importsModule(m *python.Module, mod string) bool {
	for _, q := range m.Imports {
		if q == mod || strings.HasPrefix(q, mod+".") {
			return true
		}
	}
	for _, s := range m.StarImports {
		if s == mod {
			return true
		}
	}
	return false
}

// extractor holds the state of one Parse call.
type extractor struct {
	m             *python.Module
	version       string
	devFile       bool
	usesFlaskCors bool
	configs       map[string]*appConfig
	usedClasses   map[*python.Node]bool
	policies      []policy.Policy
	// lambdaStyle: the file returns AWS Lambda proxy responses (a dict with
	// a "statusCode" key), whose headers the runtime serialises as JSON.
	lambdaStyle bool
	// testFile: a test module; headers it builds by hand are fixtures and
	// expectations, not a service's policy.
	testFile bool
	// read reads another file under the scan root (nil when the caller
	// gives no access), for names imported from sibling modules.
	read func(rel string) ([]byte, error)
	// locals binds a generator's loop variable to a known value while an
	// origin check inside `any(... for o in ALLOWED)` is classified.
	locals map[string]python.Value
	// params are helper-function parameters that stand for the request
	// origin while the helper's test is classified (helpers.go).
	params []originParam
}

// eval evaluates n with the loop variables of the check being classified.
func (x *extractor) eval(s *python.Scope, n *python.Node) python.Value {
	if len(x.locals) > 0 {
		return x.m.EvalWith(s, n, x.locals)
	}
	return x.m.Eval(s, n)
}

// testPath reports whether a path is a test module: test_*.py, *_test.py,
// tests.py, conftest.py, or a file under a tests/ or test/ folder.
func testPath(p string) bool {
	segs := strings.Split(strings.ToLower(p), "/")
	base := segs[len(segs)-1]
	if strings.HasPrefix(base, "test_") || strings.HasSuffix(base, "_test.py") || base == "tests.py" || base == "conftest.py" {
		return true
	}
	for _, s := range segs[:len(segs)-1] {
		if s == "tests" || s == "test" || s == "testing" {
			return true
		}
	}
	return false
}

// lambdaStyle reports whether m builds an AWS Lambda proxy response: a dict
// literal with a "statusCode" key.
func lambdaStyle(m *python.Module) bool {
	found := false
	m.Walk(func(n *python.Node, _ *python.Scope) bool {
		if found {
			return false
		}
		if n.Type == "pair" {
			if k := n.Child("key"); k != nil && k.Type == "string" {
				if v := m.Eval(m.Top(), k); v.Kind == python.Str && v.Str == "statusCode" {
					found = true
				}
			}
		}
		return true
	})
	return found
}
