package flask

import (
	"fmt"
	"strings"

	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/policy"
)

// appConfig is what one Flask app's config holds of flask-cors' CORS_* keys.
type appConfig struct {
	opts    optSet
	ignored []policy.Ignored
	// reported: the ignored keys were attached to a policy already (one
	// finding per place).
	reported bool
	// external describes a config source outside this file (from_pyfile,
	// from_object("config.Prod")...) that may set CORS_* keys; "" if none.
	external string
}

// flaskOnlyKeys are CORS_* keys only flask-cors reads, which tell a Flask
// config class from a django-configurations one.
var flaskOnlyKeys = map[string]bool{
	"CORS_ORIGINS": true, "CORS_SUPPORTS_CREDENTIALS": true, "CORS_RESOURCES": true,
	"CORS_SEND_WILDCARD": true, "CORS_METHODS": true, "CORS_VARY_HEADER": true,
	"CORS_ALWAYS_SEND": true, "CORS_AUTOMATIC_OPTIONS": true, "CORS_INTERCEPT_EXCEPTIONS": true,
	"CORS_MAX_AGE": true,
}

// djangoKeys are django-cors-headers settings that flask-cors does not read.
var djangoKeys = map[string]bool{
	"CORS_ALLOWED_ORIGINS": true, "CORS_ORIGIN_WHITELIST": true, "CORS_ALLOWED_ORIGIN_REGEXES": true,
	"CORS_ORIGIN_REGEX_WHITELIST": true, "CORS_ALLOW_ALL_ORIGINS": true, "CORS_ORIGIN_ALLOW_ALL": true,
	"CORS_ALLOW_CREDENTIALS": true, "CORS_PREFLIGHT_MAX_AGE": true, "CORS_URLS_REGEX": true,
	"CORS_ALLOW_METHODS": true,
}

// takeIgnored returns the ignored keys the first time only.
func (c *appConfig) takeIgnored() []policy.Ignored {
	if c.reported {
		return nil
	}
	c.reported = true
	return c.ignored
}

func (x *extractor) configFor(app string) *appConfig {
	return x.configs[app]
}

func (x *extractor) config(app string) *appConfig {
	c, ok := x.configs[app]
	if !ok {
		c = &appConfig{opts: optSet{}}
		x.configs[app] = c
	}
	return c
}

// setKey records app.config[key] = value.
func (x *extractor) setKey(app string, key string, keySpan policy.Span, v python.Value) {
	if !strings.HasPrefix(key, "CORS_") {
		return
	}
	c := x.config(app)
	if opt := configKey(key); opt != "" {
		// flask-cors skips config values that are None.
		if v.Kind != python.None {
			c.opts[opt] = python.Option{Key: opt, KeySpan: keySpan, Value: v}
		}
		return
	}
	if x.usesFlaskCors {
		c.ignored = append(c.ignored, policy.Ignored{
			Key: key, Suggest: configSuggest(key),
			Reason: fmt.Sprintf("flask-cors does not read app.config[%q]", key), Span: keySpan,
		})
	}
}

// collectConfig reads app.config writes: item assignment, update(),
// from_mapping(), and from_object() of a class defined in this file.
func (x *extractor) collectConfig() {
	m := x.m
	m.Walk(func(n *python.Node, s *python.Scope) bool {
		switch n.Type {
		case "assignment":
			left := n.Child("left")
			if left == nil || left.Type != "subscript" {
				return true
			}
			app, ok := configReceiver(m, left.Child("value"))
			if !ok {
				return true
			}
			key := m.Eval(s, left.Child("subscript"))
			if key.Kind == python.Str {
				x.setKey(app, key.Str, key.Span, m.Eval(s, n.Child("right")))
			}
		case "call":
			fn := n.Child("function")
			if fn == nil || fn.Type != "attribute" {
				return true
			}
			app, ok := configReceiver(m, fn.Child("object"))
			if !ok {
				return true
			}
			x.configCall(n, s, app, m.Text(fn.Child("attribute")))
		}
		return true
	})
}

// configReceiver returns "app" for the expression `app.config`.
func configReceiver(m *python.Module, n *python.Node) (string, bool) {
	if n == nil || n.Type != "attribute" || m.Text(n.Child("attribute")) != "config" {
		return "", false
	}
	return m.Text(n.Child("object")), true
}

func (x *extractor) configCall(call *python.Node, s *python.Scope, app, method string) {
	m := x.m
	a := m.CallArgs(call)
	switch method {
	case "update", "from_mapping":
		opts, partial := m.Options(s, call)
		for _, p := range a.Positional {
			if testParam(m, s, p) {
				// create_app(test_config=None) ... update(test_config): the
				// overrides tests pass in, not the deployed configuration.
				continue
			}
			d := m.Eval(s, p)
			if d.Kind != python.Dict {
				partial = true
				continue
			}
			more, p := python.DictOptions(d)
			opts = append(opts, more...)
			partial = partial || p
		}
		for _, o := range opts {
			x.setKey(app, o.Key, o.KeySpan, o.Value)
		}
		if partial {
			x.config(app).external = fmt.Sprintf("%s.config.%s(...)", app, method)
		}
	case "from_object":
		if len(a.Positional) == 1 && a.Positional[0].Type == "identifier" {
			if cls := x.classDef(s, m.Text(a.Positional[0])); cls != nil {
				x.usedClasses[cls] = true
				for _, kv := range x.classKeys(cls) {
					x.setKey(app, kv.Key, kv.KeySpan, kv.Value)
				}
				return
			}
		}
		x.config(app).external = m.Text(call)
	case "from_pyfile", "from_envvar", "from_file", "from_prefixed_env":
		x.config(app).external = m.Text(call)
	}
}

// classDef returns the class definition a name refers to in this file.
func (x *extractor) classDef(s *python.Scope, name string) *python.Node {
	for sc := s; sc != nil; sc = sc.Parent {
		targets := sc.Targets(name)
		if len(targets) == 0 {
			continue
		}
		if len(targets) == 1 && targets[0].Parent != nil && targets[0].Parent.Type == "class_definition" {
			return targets[0].Parent
		}
		return nil
	}
	return nil
}

// classKeys returns the CORS_* attributes of a config class, base classes
// defined in this file first so that the subclass wins.
func (x *extractor) classKeys(cls *python.Node) []python.Option {
	return x.classKeysDepth(cls, 0)
}

func (x *extractor) classKeysDepth(cls *python.Node, depth int) []python.Option {
	m := x.m
	sc := m.ScopeOf(cls)
	if sc == nil || depth > 8 {
		return nil
	}
	var out []python.Option
	if supers := cls.Child("superclasses"); supers != nil {
		for _, b := range supers.NamedChildren() {
			if b.Type != "identifier" {
				continue
			}
			if base := x.classDef(m.Top(), m.Text(b)); base != nil && base != cls {
				out = append(out, x.classKeysDepth(base, depth+1)...)
			}
		}
	}
	for _, name := range sc.Names() {
		if !strings.HasPrefix(name, "CORS_") {
			continue
		}
		v, _ := m.Lookup(sc, name, false)
		targets := sc.Targets(name)
		out = append(out, python.Option{Key: name, KeySpan: m.Span(targets[0]), Value: v})
	}
	return out
}

// classPolicies builds a policy for each config class with flask-cors keys
// that no from_object() in this file consumes (it is loaded elsewhere).
func (x *extractor) classPolicies() {
	m := x.m
	m.Walk(func(n *python.Node, s *python.Scope) bool {
		if n.Type != "class_definition" || x.usedClasses[n] || settingsModel(m, n) {
			return true
		}
		keys := x.classKeys(n)
		flaskOnly := false
		for _, k := range keys {
			if djangoKeys[k.Key] {
				return true
			}
			flaskOnly = flaskOnly || flaskOnlyKeys[k.Key]
		}
		if !flaskOnly {
			return true
		}
		opts := optSet{}
		var ignored []policy.Ignored
		for _, k := range keys {
			if opt := configKey(k.Key); opt != "" {
				if k.Value.Kind != python.None {
					opts[opt] = python.Option{Key: opt, KeySpan: k.KeySpan, Value: k.Value}
				}
				continue
			}
			if !x.referenced(k.Key) {
				ignored = append(ignored, policy.Ignored{
					Key: k.Key, Suggest: configSuggest(k.Key),
					Reason: fmt.Sprintf("flask-cors does not read the config key %s", k.Key), Span: k.KeySpan,
				})
			}
		}
		name := m.Text(n.Child("name"))
		for _, r := range resources(opts) {
			merged := opts.copy()
			delete(merged, "resources")
			merged.apply(r.opts, &ignored, "resource option")
			p := build(merged, m.Span(n.Child("name")), fmt.Sprintf("%s (config class %s)", r.scope, name), x.version)
			p.Ignored = ignored
			p.Dev = x.devFile || devClassName(name)
			x.policies = append(x.policies, p)
			ignored = nil
		}
		return true
	})
}

func devClassName(name string) bool {
	low := strings.ToLower(name)
	for _, w := range []string{"dev", "local", "test", "debug"} {
		if strings.HasPrefix(low, w) || strings.Contains(low, "_"+w) {
			return true
		}
	}
	return false
}

// referenced reports whether an identifier is used somewhere besides its
// assignments (then it is a helper constant, not a misspelt option).
func (x *extractor) referenced(name string) bool {
	uses := 0
	x.m.Walk(func(n *python.Node, _ *python.Scope) bool {
		if (n.Type == "identifier" && x.m.Text(n) == name && n.Field != "left") ||
			(n.Type == "string" && strings.Contains(x.m.Text(n), name)) {
			uses++
		}
		return true
	})
	return uses > 0
}

// settingsModel reports whether a class is a pydantic model or settings
// class: its CORS_* fields feed whatever middleware reads them (usually
// Starlette's, in another module), not flask-cors.
func settingsModel(m *python.Module, cls *python.Node) bool {
	supers := cls.Child("superclasses")
	if supers == nil {
		return false
	}
	for _, b := range supers.NamedChildren() {
		q := m.QualName(b)
		if strings.HasPrefix(q, "pydantic") || strings.HasSuffix(q, "BaseSettings") || strings.HasSuffix(q, "BaseModel") {
			return true
		}
	}
	return false
}

// testParam reports whether n is a parameter of the enclosing function whose
// name marks test input (test_config, testing_overrides): Flask's
// application-factory idiom for configuration only tests supply.
func testParam(m *python.Module, s *python.Scope, n *python.Node) bool {
	if n == nil || n.Type != "identifier" {
		return false
	}
	name := m.Text(n)
	test := false
	for _, w := range strings.Split(strings.ToLower(name), "_") {
		test = test || w == "test" || w == "tests" || w == "testing"
	}
	if !test {
		return false
	}
	for sc := s; sc != nil; sc = sc.Parent {
		targets := sc.Targets(name)
		if len(targets) == 0 {
			continue
		}
		for p := targets[0].Parent; p != nil; p = p.Parent {
			switch p.Type {
			case "parameters", "lambda_parameters":
				return true
			case "default_parameter", "typed_default_parameter", "typed_parameter":
				continue
			}
			return false
		}
		return false
	}
	return false
}
