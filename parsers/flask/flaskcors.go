package flask

import (
	"fmt"
	"strings"

	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/policy"
)

// corsExtension reports whether a call's callee is flask-cors' CORS class.
func corsExtension(m *python.Module, fn *python.Node) bool {
	return flaskCorsName(m, fn, "CORS")
}

func crossOrigin(m *python.Module, fn *python.Node) bool {
	return flaskCorsName(m, fn, "cross_origin")
}

func flaskCorsName(m *python.Module, fn *python.Node, name string) bool {
	q := m.QualName(fn)
	switch q {
	case "flask_cors." + name, "flask_cors.extension." + name, "flask_cors.decorator." + name, "flask.ext.cors." + name:
		return true
	case name:
		return m.ImportedFrom(name, "flask_cors")
	}
	return false
}

// extractFlaskCors finds CORS(app, ...), CORS() + init_app, and
// @cross_origin(...) and builds one policy per resource.
func (x *extractor) extractFlaskCors() {
	m := x.m
	m.Walk(func(n *python.Node, s *python.Scope) bool {
		if n.Type != "call" {
			return true
		}
		fn := n.Child("function")
		switch {
		case fn == nil:
		case corsExtension(m, fn):
			x.extensionCall(n, s)
		case crossOrigin(m, fn):
			x.decoratorCall(n, s)
		case fn.Type == "attribute" && m.Text(fn.Child("attribute")) == "init_app":
			x.initApp(n, s, fn.Child("object"))
		}
		return true
	})
}

// extensionCall handles CORS(app, **options). Without an app, the options
// wait for init_app.
func (x *extractor) extensionCall(call *python.Node, s *python.Scope) {
	a := x.m.CallArgs(call)
	app := a.Keyword("app")
	if app == nil && len(a.Positional) > 0 {
		app = a.Positional[0]
	}
	if app == nil || app.Type == "none" {
		return
	}
	x.emitExtension(call, app, []optionCall{{x.m, s, call}})
}

// optionCall is a call whose keyword arguments are flask-cors options,
// with the module and scope they are evaluated in (the CORS() constructor
// may sit in another file than init_app).
type optionCall struct {
	m    *python.Module
	s    *python.Scope
	call *python.Node
}

// initApp handles `cors.init_app(app, **options)` where cors = CORS(...):
// init_app options win over the constructor's.
func (x *extractor) initApp(call *python.Node, s *python.Scope, obj *python.Node) {
	if obj == nil || obj.Type != "identifier" {
		return
	}
	ctor := x.constructor(s, x.m.Text(obj))
	if ctor.call == nil {
		return
	}
	a := x.m.CallArgs(call)
	app := a.Keyword("app")
	if app == nil && len(a.Positional) > 0 {
		app = a.Positional[0]
	}
	if app == nil {
		return
	}
	x.emitExtension(call, app, []optionCall{ctor, {x.m, s, call}})
}

// constructor finds the CORS(...) call an extension object was built
// with: in this file (cors = CORS()), or in the module it is imported from
// (`from .extensions import cors`, the app-factory layout). A zero
// optionCall means the name is not a flask-cors extension.
func (x *extractor) constructor(s *python.Scope, name string) optionCall {
	if ctor := x.bindingCall(s, name); ctor != nil {
		if corsExtension(x.m, ctor.Child("function")) {
			return optionCall{x.m, s, ctor}
		}
		return optionCall{}
	}
	sub, orig := python.ImportedModule(x.m, name, x.read)
	if sub == nil {
		return optionCall{}
	}
	_, v, ok := sub.Top().Binding(orig)
	if !ok || v.Type != "call" || !corsExtension(sub, v.Child("function")) {
		return optionCall{}
	}
	return optionCall{sub, sub.Top(), v}
}

// bindingCall returns the call a name is bound to (once), looking outwards.
func (x *extractor) bindingCall(s *python.Scope, name string) *python.Node {
	for sc := s; sc != nil; sc = sc.Parent {
		if _, v, ok := sc.Binding(name); ok {
			if v.Type == "call" {
				return v
			}
			return nil
		}
		if len(sc.Targets(name)) > 0 {
			return nil
		}
	}
	return nil
}

// emitExtension merges defaults < app.config < each option call in order
// < resource options, one policy per resource (semantics.md 4.1).
func (x *extractor) emitExtension(call *python.Node, app *python.Node, optionCalls []optionCall) {
	m := x.m
	var ignored []policy.Ignored
	opts := optSet{}
	cfg := x.configFor(m.Text(app))
	partial := false
	for _, c := range optionCalls {
		o, p := c.m.Options(c.s, c.call)
		partial = partial || p
		opts.apply(o, &ignored, "option")
	}
	base := optSet{}
	if cfg != nil {
		base = cfg.opts.copy()
		ignored = append(ignored, cfg.takeIgnored()...)
	}
	for k, v := range opts {
		base[k] = v
	}
	enable := m.Span(call)
	dev := m.InDevBranch(call)
	external := ""
	if cfg != nil {
		external = cfg.external
	}
	for _, r := range resources(base) {
		merged := base.copy()
		delete(merged, "resources")
		merged.apply(r.opts, &ignored, "resource option")
		p := build(merged, enable, r.scope, x.version)
		if (partial || external != "") && p.Origins.Default {
			note := "origins may be set by **options that cannot be evaluated"
			if external != "" {
				note = "origins may be set by app.config loaded from " + external
			}
			p.Origins = policy.Origins{Kind: policy.OriginUnknown, Note: note, Span: enable}
		}
		p.Ignored = ignored
		p.Dev = dev || x.devFile
		x.policies = append(x.policies, p)
		ignored = nil // reported once, on the first resource
	}
}

type resource struct {
	scope string
	opts  []python.Option
}

// resources splits the `resources` option: a path pattern, a list of them,
// or a dict of pattern -> options.
func resources(opts optSet) []resource {
	op, ok := opts["resources"]
	if !ok {
		return []resource{{scope: "/*"}}
	}
	v := op.Value
	switch v.Kind {
	case python.Str, python.Regex:
		return []resource{{scope: fixPattern(v.Str)}}
	case python.List:
		var out []resource
		for _, it := range v.Items {
			if it.Kind == python.Str || it.Kind == python.Regex {
				out = append(out, resource{scope: fixPattern(it.Str)})
			}
		}
		if len(out) > 0 {
			return out
		}
	case python.Dict:
		var out []resource
		for _, pr := range v.Pairs {
			if pr.Key.Kind != python.Str && pr.Key.Kind != python.Regex {
				continue
			}
			r := resource{scope: fixPattern(pr.Key.Str)}
			if pr.Value.Kind == python.Dict {
				r.opts, _ = python.DictOptions(pr.Value)
			}
			out = append(out, r)
		}
		if len(out) > 0 {
			return out
		}
	}
	return []resource{{scope: "resources set in code"}}
}

func fixPattern(p string) string {
	if p == "*" {
		return "/*"
	}
	return p
}

// decoratorCall handles @cross_origin(**options) on a view. Positional
// arguments are silently ignored by flask-cors: a classic mistake is
// @cross_origin("https://app.example"), which leaves the default '*'.
func (x *extractor) decoratorCall(call *python.Node, s *python.Scope) {
	m := x.m
	var ignored []policy.Ignored
	a := m.CallArgs(call)
	for _, pos := range a.Positional {
		ignored = append(ignored, policy.Ignored{
			Key: m.Text(pos), Suggest: "origins",
			Reason: "cross_origin ignores positional arguments; pass origins=...",
			Span:   m.Span(pos),
		})
	}
	opts := optSet{}
	o, partial := m.Options(s, call)
	opts.apply(o, &ignored, "option")
	scope, app := x.viewScope(call)
	base := optSet{}
	cfg := x.configFor(app)
	if cfg == nil && len(x.configs) == 1 {
		// A view of a blueprint still reads the one app's config.
		for _, c := range x.configs {
			cfg = c
		}
	}
	if cfg != nil {
		base = cfg.opts.copy()
		ignored = append(ignored, cfg.takeIgnored()...)
	}
	for k, v := range opts {
		base[k] = v
	}
	delete(base, "resources")
	p := build(base, m.Span(call), scope, x.version)
	if partial && p.Origins.Default {
		p.Origins = policy.Origins{Kind: policy.OriginUnknown, Note: "origins may be set by **options that cannot be evaluated", Span: m.Span(call)}
	}
	p.Ignored = ignored
	p.Dev = m.InDevBranch(call) || x.devFile
	x.policies = append(x.policies, p)
}

// routeMethods are the decorator names that register a Flask view.
var routeMethods = map[string]bool{"route": true, "get": true, "post": true, "put": true, "delete": true, "patch": true}

// viewScope names the route(s) of the view a decorator call decorates, and
// the app or blueprint receiving them.
func (x *extractor) viewScope(call *python.Node) (scope, app string) {
	m := x.m
	dec := call.Parent
	if dec == nil || dec.Type != "decorator" || dec.Parent == nil {
		return "view", ""
	}
	def := dec.Parent
	var routes []string
	for _, d := range def.Children {
		if d.Type != "decorator" {
			continue
		}
		for _, c := range d.NamedChildren() {
			if c.Type != "call" || c.Child("function") == nil || c.Child("function").Type != "attribute" {
				continue
			}
			fn := c.Child("function")
			if !routeMethods[m.Text(fn.Child("attribute"))] {
				continue
			}
			a := m.CallArgs(c)
			if len(a.Positional) > 0 {
				if v := m.Eval(m.Top(), a.Positional[0]); v.Kind == python.Str {
					routes = append(routes, v.Str)
					app = m.Text(fn.Child("object"))
				}
			}
		}
	}
	if len(routes) > 0 {
		return strings.Join(routes, ", "), app
	}
	if d := def.Child("definition"); d != nil {
		return fmt.Sprintf("view %s", m.Text(d.Child("name"))), app
	}
	return "view", app
}
