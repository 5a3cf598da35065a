package express

import (
	"fmt"
	"strings"

	"github.com/corslint/corslint/policy"
)

// The JS/TS front end: it finds the places that enable CORS in a source
// file and hands their options, evaluated into the value model, to the
// library's builder. Framework names (design.md, Formats): express-cors,
// nestjs, fastify-cors, koa-cors, socket.io, and express for headers set by
// hand (manual.go).

// Module names of the libraries.
var (
	corsModules    = map[string]bool{"cors": true}
	koaModules     = map[string]bool{"@koa/cors": true, "koa-cors": true, "kcors": true, "koa2-cors": true}
	fastifyModules = map[string]bool{"@fastify/cors": true, "fastify-cors": true}
	// nextCorsModules wrap the cors package for Next.js API routes.
	nextCorsModules = map[string]bool{"nextjs-cors": true}
)

// routeMethods are the Express router methods that take middleware.
var routeMethods = map[string]string{
	"use": "", "all": "ALL", "get": "GET", "post": "POST", "put": "PUT", "patch": "PATCH",
	"delete": "DELETE", "del": "DELETE", "head": "HEAD", "options": "OPTIONS",
}

// extractor holds the state of one source file's Parse.
type extractor struct {
	f        *jsfile
	koaVer   string
	policies []policy.Policy
	// byOptions merges cors() calls that share one options object (the same
	// `corsOptions` for app.options('*', ...) and app.use(...)): one place,
	// one policy.
	byOptions map[policy.Span]int
	nest      flavor
	// sioLegacy: the nearest package.json declares socket.io 2 or older,
	// whose servers allow every origin by default (semantics.md §3.3).
	sioLegacy bool
}

// parseSource parses a JS/TS file and builds its policies.
func parseJS(file string, src []byte, koaVersion string, read func(string) ([]byte, error)) ([]policy.Policy, []policy.Notice) {
	root, notices, err := parseSource(file, src)
	if err != nil {
		return nil, append(notices, policy.Notice{Level: policy.LevelError, Message: err.Error(), Span: policy.Span{File: file}})
	}
	x := &extractor{f: newJSFile(file, src, root), koaVer: koaVersion, byOptions: map[policy.Span]int{}}
	x.sioLegacy = socketIOLegacy(file, src, read)
	if read != nil {
		x.f.mods = newModLoader(read)
	}
	x.nest = flavor{framework: "nestjs", version: "cors " + Version}
	if x.usesNestFastify() {
		x.nest = flavor{framework: "nestjs", version: "@fastify/cors 11", fastify: true}
	}
	walk(root, func(n *node) bool {
		switch n.typ {
		case "call_expression":
			x.call(n)
		case "new_expression":
			x.newExpr(n)
		}
		return true
	})
	x.configOptions()
	x.manual()
	for i := range x.policies {
		x.policies[i].Dev = x.policies[i].Dev || x.f.devFile
	}
	return x.policies, append(notices, x.f.notices...)
}

// usesNestFastify: a NestJS app on the Fastify adapter hands enableCors
// options to @fastify/cors (semantics.md §3.2).
func (x *extractor) usesNestFastify() bool {
	for _, mod := range x.f.imports {
		if strings.HasPrefix(mod, "@nestjs/platform-fastify") {
			return true
		}
	}
	return false
}

// moduleOf returns the module an expression refers to: an imported name,
// `require('m')`, `import('m')`, or "".
func (x *extractor) moduleOf(n *node) string {
	n = unwrap(n)
	if n == nil {
		return ""
	}
	f := x.f
	if n.typ == "identifier" {
		if mod, ok := f.imports[f.text(n)]; ok {
			return mod
		}
		return ""
	}
	if n.typ == "member_expression" {
		// require('socket.io').Server, cors.default
		mod := x.moduleOf(n.child("object"))
		if mod == "" || strings.Contains(mod, "#") {
			return ""
		}
		if p := f.text(n.child("property")); p != "default" {
			return mod + "#" + p
		}
		return mod
	}
	return f.requiredModule(n)
}

func (x *extractor) call(n *node) {
	f := x.f
	fn := unwrap(n.child("function"))
	if fn == nil {
		return
	}
	args := callArgs(n)
	mod := x.moduleOf(fn)
	switch {
	case corsModules[mod]:
		x.corsCall(n, args, corsFlavor)
		return
	case koaModules[mod]:
		x.koaCall(n, args)
		return
	case mod == "socket.io":
		x.socketIO(n, args)
		return
	case mod == "hono/cors#cors" || strings.HasPrefix(mod, "https://deno.land/x/hono") && strings.HasSuffix(mod, "#cors"):
		x.honoCall(n, args)
		return
	case nextCorsModules[mod]:
		// nextjs-cors: NextCors(req, res, options) runs the cors package.
		if len(args) >= 3 {
			x.corsCall(n, args[2:], corsFlavor)
		}
		return
	}
	if fn.typ == "identifier" {
		switch name := f.text(fn); {
		case name == "cors" && len(f.binds[name]) == 0 && mod == "":
			// Not imported here (a global, or passed in): the Express
			// middleware unless the file is a Koa app.
			if x.importsModule("koa") {
				x.koaCall(n, args)
			} else {
				x.corsCall(n, args, corsFlavor)
			}
		case name == "WebSocketGateway":
			// NestJS gateways run socket.io: its options go to the cors
			// package.
			if len(args) > 0 {
				x.socketOptions(f.eval(args[len(args)-1], 0), n)
			}
		}
		return
	}
	if fn.typ == "call_expression" && x.moduleOf(fn) == "socket.io" {
		x.socketIO(n, args) // require('socket.io')(server, opts)
		return
	}
	if fn.typ != "member_expression" {
		return
	}
	switch method := f.text(fn.child("property")); method {
	case "enableCors":
		var opts *value
		if len(args) > 0 {
			opts = f.eval(args[0], 0)
		}
		x.build(n, opts, x.nest, "all routes", nil)
	case "create":
		if f.text(fn.child("object")) == "NestFactory" && len(args) >= 2 {
			x.nestCreate(n, args)
		}
	case "register":
		if len(args) >= 1 && fastifyModules[x.moduleOf(args[0])] {
			x.fastifyRegister(n, args)
		}
	}
}

func (x *extractor) importsModule(m string) bool {
	for _, mod := range x.f.imports {
		if mod == m || strings.HasPrefix(mod, m+"#") {
			return true
		}
	}
	return false
}

func (x *extractor) newExpr(n *node) {
	c := unwrap(n.child("constructor"))
	if c == nil {
		return
	}
	mod := x.moduleOf(c)
	if mod == "socket.io#Server" || mod == "socket.io" {
		x.socketIO(n, callArgs(n))
	}
}

// corsCall is cors(opts) of the cors package: `app.use(cors(opts))`,
// per-route `app.get('/x', cors(opts), h)`, `app.options('*', cors())`.
func (x *extractor) corsCall(n *node, args []*node, fl flavor) {
	var opts *value
	if len(args) > 0 {
		opts = x.f.eval(args[0], 0)
	}
	scope, preflight := x.scopeOf(n)
	x.build(n, opts, fl, scope, &preflight)
}

// scopeOf names what a middleware call covers from the router call it is
// passed to, and whether that call only takes preflights (app.options).
func (x *extractor) scopeOf(n *node) (string, bool) {
	f := x.f
	p := n.parent
	if p == nil || p.typ != "arguments" || p.parent == nil || p.parent.typ != "call_expression" {
		return allRoutes, false
	}
	route := p.parent
	fn := unwrap(route.child("function"))
	if fn == nil || fn.typ != "member_expression" {
		return allRoutes, false
	}
	verb, ok := routeMethods[f.text(fn.child("property"))]
	if !ok {
		return allRoutes, false
	}
	path := ""
	if a := callArgs(route); len(a) > 0 && a[0] != n {
		if v := f.eval(a[0], 0); v.kind == vString {
			path = v.text
		} else if v.kind == vRegExp {
			path = "/" + v.text + "/"
		}
	}
	switch {
	case verb == "" && path == "":
		return allRoutes, false
	case verb == "":
		return path, false
	case path == "":
		return verb + " routes", verb == "OPTIONS"
	}
	return verb + " " + path, verb == "OPTIONS"
}

// build makes the policy of one cors/@fastify/cors options value.
func (x *extractor) build(call *node, opts *value, fl flavor, scope string, preflightOnly *bool) {
	f := x.f
	span := f.span(call)
	key := span
	if opts != nil && !opts.span.IsZero() && opts.kind == vObject {
		key = opts.span
	}
	if i, ok := x.byOptions[key]; ok {
		p := &x.policies[i]
		if !strings.Contains(", "+p.Scope+", ", ", "+scope+", ") {
			p.Scope += ", " + scope
		}
		p.PreflightOnly = p.PreflightOnly && preflightOnly != nil && *preflightOnly
		return
	}
	var p policy.Policy
	switch {
	case opts == nil || opts.kind == vObject:
		x.readOriginFunc(opts)
		p = buildPolicy(opts, scope, fl, span)
	case opts.kind == vBool && opts.text == "true":
		// `cors: true` (NestFactory, socket.io): the package defaults.
		p = buildPolicy(nil, scope, fl, span)
	case opts.kind != vUnknown && opts.kind != vFunc && !truthy(opts):
		return // `cors: false`: CORS off
	case opts.kind == vFunc && opts.fn != nil && x.readDelegate(opts.fn, fl, scope, span, &p):
	default:
		p = unknownPolicy(fl, scope, span, opts)
		if opts.kind == vFunc {
			f.notices = append(f.notices, policy.Notice{Level: policy.LevelNote,
				Message: "CORS options computed per request by a function; corslint cannot evaluate them", Span: opts.span})
		}
	}
	p.PreflightOnly = preflightOnly != nil && *preflightOnly
	p.Dev = f.inDevBranch(call)
	x.byOptions[key] = len(x.policies)
	x.policies = append(x.policies, p)
}

// unknownPolicy is CORS enabled with options corslint cannot read.
func unknownPolicy(fl flavor, scope string, span policy.Span, opts *value) policy.Policy {
	note := opts.note
	if note == "" {
		note = "options corslint cannot evaluate"
	}
	return policy.Policy{
		Framework: fl.framework, Version: fl.version, Scope: scope, Span: span,
		Origins:  policy.Origins{Kind: policy.OriginUnknown, Note: "the CORS options are " + note, Span: opts.span},
		OnErrors: true,
	}
}

// readOriginFunc reads an origin function of an options object in place,
// so the builder sees its shape.
func (x *extractor) readOriginFunc(opts *value) {
	o := opts.get("origin")
	if o == nil || o.kind != vFunc || o.fn == nil {
		return
	}
	oo, note := x.f.originCallback(o.fn)
	o.origins = &oo
	if note != "" {
		x.f.notices = append(x.f.notices, policy.Notice{Level: policy.LevelWarning, Message: note, Span: o.span})
	}
}

// koaCall is cors(opts) of @koa/cors.
func (x *extractor) koaCall(n *node, args []*node) {
	f := x.f
	var opts *value
	if len(args) > 0 {
		opts = f.eval(args[0], 0)
	}
	scope, _ := x.scopeOf(n)
	var p policy.Policy
	if opts != nil && opts.kind != vObject && opts.kind != vUndefined && opts.kind != vNull {
		p = unknownPolicy(flavor{framework: "koa-cors", version: versionLabel(x.koaVer)}, scope, f.span(n), opts)
	} else {
		if opts != nil && opts.kind != vObject {
			opts = nil
		}
		var notices []policy.Notice
		p, notices = f.buildKoa(opts, scope, f.span(n), x.koaVer)
		f.notices = append(f.notices, notices...)
	}
	p.Dev = f.inDevBranch(n)
	x.policies = append(x.policies, p)
}

// nestCreate reads NestFactory.create(AppModule, [adapter,] { cors }).
func (x *extractor) nestCreate(n *node, args []*node) {
	f := x.f
	fl := x.nest
	for _, a := range args[1:] {
		if t := f.text(a); strings.Contains(t, "FastifyAdapter") {
			fl = flavor{framework: "nestjs", version: "@fastify/cors 11", fastify: true}
		}
	}
	opts := f.eval(args[len(args)-1], 0)
	if opts.kind != vObject {
		return
	}
	m := opts.lookup("cors")
	if m == nil {
		return
	}
	x.build(n, m.value, fl, "all routes", nil)
}

// socketIO reads `new Server(http, { cors })`, `require('socket.io')(http,
// opts)`: socket.io 3+ passes `cors` to the cors package (semantics.md
// §3.3); without it the HTTP transport sends no CORS headers.
func (x *extractor) socketIO(n *node, args []*node) {
	var opts *value
	for i := len(args) - 1; i >= 0; i-- {
		if v := x.f.eval(args[i], 0); v.kind == vObject {
			opts = v
			break
		}
	}
	if x.sioLegacy {
		x.socketIOLegacy(n, opts)
		return
	}
	if opts != nil {
		x.socketOptions(opts, n)
	}
}

// socketIOLegacy reads a socket.io 2 server: without `origins` its polling
// transport echoes every request origin with credentials (semantics.md
// §3.3), reported at the call that creates the server.
func (x *extractor) socketIOLegacy(n *node, opts *value) {
	sp := x.f.span(n)
	if opts != nil && opts.lookup("origins") != nil {
		x.f.notices = append(x.f.notices, policy.Notice{Level: policy.LevelNote,
			Message: "socket.io 2 `origins` option is not evaluated", Span: opts.lookup("origins").value.span})
		return
	}
	def := &value{kind: vObject, span: sp, members: []member{
		{key: "origin", keySpan: sp, value: &value{kind: vBool, text: "true", span: sp}},
		{key: "credentials", keySpan: sp, value: &value{kind: vBool, text: "true", span: sp}},
	}}
	fl := flavor{framework: "socket.io", version: "2 (from package.json; default: every origin with credentials)"}
	x.build(n, def, fl, "socket.io HTTP transport", nil)
}

func (x *extractor) socketOptions(opts *value, n *node) {
	if opts.kind != vObject {
		return
	}
	m := opts.lookup("cors")
	if m == nil {
		return
	}
	fl := flavor{framework: "socket.io", version: "4 (cors " + Version + ")"}
	x.build(n, m.value, fl, "socket.io HTTP transport", nil)
}

// fastifyRegister reads fastify.register(cors, opts).
func (x *extractor) fastifyRegister(n *node, args []*node) {
	fl := flavor{framework: "fastify-cors", version: "11", fastify: true}
	var opts *value
	if len(args) >= 2 {
		opts = x.f.eval(args[1], 0)
		if opts.kind == vFunc {
			// Fastify calls function options with the instance; what they
			// return is the delegator `(req, callback)`: options per request.
			if d := fastifyDelegator(x.f, opts); d != nil {
				x.build(n, d, fl, allRoutes, nil)
				return
			}
			x.policies = append(x.policies, unknownPolicy(fl, allRoutes, x.f.span(n), opts))
			x.f.notices = append(x.f.notices, policy.Notice{Level: policy.LevelNote,
				Message: fmt.Sprintf("@fastify/cors options computed per request by %s; corslint cannot evaluate them", "a delegator function"), Span: opts.span})
			return
		}
		if d := opts.get("delegator"); opts.kind == vObject && d != nil && d.kind == vFunc && d.fn != nil {
			// The `delegator` option replaces the static options.
			x.build(n, d, fl, allRoutes, nil)
			return
		}
	}
	x.build(n, opts, fl, allRoutes, nil)
}

// fastifyDelegator is the delegator a function passed as @fastify/cors
// options returns (`(instance) => (req, cb) => ...`), as a function value;
// nil when it returns something else.
func fastifyDelegator(f *jsfile, opts *value) *value {
	if opts.fn == nil {
		return nil
	}
	rets := returns(opts.fn)
	if len(rets) != 1 {
		return nil
	}
	if d := f.eval(rets[0], 0); d.kind == vFunc && d.fn != nil {
		return d
	}
	return nil
}
