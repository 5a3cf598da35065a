package python

import "strings"

// settingsField evaluates `settings.FIELD` where `settings` is bound once to
// an instance of a class defined in this module (`settings = Settings()`,
// or `get_settings()` returning one), or `Config.FIELD` on the class
// itself. For a pydantic BaseSettings class the field's class-level default
// is what the service runs with unless the environment sets FIELD, so it is
// an environment fallback (rules.md, development origins: `*` there is
// still reported, a local origin is not). For any other class (a plain
// config class, a dataclass or pydantic model built without arguments) the
// class attribute is the value, unless the class has an __init__ that may
// assign it differently. `settings` may also come from `from app.core.config
// import settings` (the FastAPI project layout): the field is then judged in
// the module that defines the class, and points there.
func (e *evaluator) settingsField(s *Scope, n *Node, depth int) (Value, bool) {
	obj, attr := n.Child("object"), n.Child("attribute")
	if obj == nil || attr == nil || obj.Type != "identifier" {
		return Value{}, false
	}
	return e.settingsFieldOf(s, e.m.Text(obj), e.m.Text(attr), depth)
}

// settingsFieldOf is settingsField for the object name and field name.
func (e *evaluator) settingsFieldOf(s *Scope, obj, field string, depth int) (Value, bool) {
	cls, env := e.settingsClass(s, obj)
	if cls == nil {
		if _, imported := e.m.FromImports[obj]; imported && definingScope(s, obj) == e.m.top {
			return e.m.viaImport(obj, func(sub *Module, name string) (Value, bool) {
				se := evaluator{m: sub, visiting: map[*Node]bool{}}
				return se.settingsFieldOf(sub.top, name, field, depth+1)
			})
		}
		// settings = get_settings(), with get_settings (or Settings) from
		// another module.
		fn, args, ok := e.instanceCall(s, obj)
		if !ok || args || definingScope(e.m.top, fn) == nil {
			return Value{}, false
		}
		if _, imported := e.m.FromImports[fn]; !imported {
			return Value{}, false
		}
		return e.m.viaImport(fn, func(sub *Module, name string) (Value, bool) {
			se := evaluator{m: sub, visiting: map[*Node]bool{}}
			cls, env := se.callClass(name, false)
			if cls == nil {
				return Value{}, false
			}
			return se.fieldValue(cls, env, field, depth+1)
		})
	}
	return e.fieldValue(cls, env, field, depth)
}

// fieldValue evaluates a class attribute of a settings or config class, as
// an environment fallback for a pydantic BaseSettings class (env).
func (e *evaluator) fieldValue(cls *Scope, env bool, field string, depth int) (Value, bool) {
	_, val, ok := cls.Binding(field)
	if !ok {
		return Value{}, false
	}
	if val.Type == "call" {
		// pydantic Field(default=...) or Field(value, ...); dataclasses
		// field(default=...).
		fn := val.Child("function")
		if fn == nil {
			return Value{}, false
		}
		name := e.m.Text(fn)
		isField := name == "Field" || strings.HasSuffix(e.m.QualName(fn), ".Field")
		isDataclassField := name == "field" || e.m.QualName(fn) == "dataclasses.field"
		if !isField && !isDataclassField {
			return Value{}, false
		}
		a := e.m.CallArgs(val)
		switch {
		case a.Keyword("default") != nil:
			val = a.Keyword("default")
		case isField && len(a.Positional) > 0 && e.m.Text(a.Positional[0]) != "...":
			val = a.Positional[0]
		default:
			return Value{}, false
		}
	}
	v := e.eval(cls, val, depth+1)
	if !env {
		return v, true
	}
	if v.Kind == Unknown {
		v.EnvVar = strings.ToUpper(field)
		return v, true
	}
	return markEnv(v, strings.ToUpper(field)), true
}

// settingsClass returns the scope of the class whose instance (or which)
// name is bound to, or nil; env is true for a pydantic BaseSettings class,
// whose fields the environment overrides.
func (e *evaluator) settingsClass(s *Scope, name string) (cls *Scope, env bool) {
	if def := e.topDefinition(name); def != nil && def.Type == "class_definition" {
		// `Config.ORIGINS`: the name is a class defined here.
		if settingsBase(e.m, def) || hasInit(e.m, def) {
			return nil, false
		}
		return e.m.ScopeOf(def), false
	}
	fn, args, ok := e.instanceCall(s, name)
	if !ok {
		return nil, false
	}
	return e.callClass(fn, args)
}

// instanceCall returns the function name and whether arguments are passed
// when name is bound once to a call of a plain name (`settings = Settings()`).
func (e *evaluator) instanceCall(s *Scope, name string) (fn string, args, ok bool) {
	sc := definingScope(s, name)
	if sc == nil {
		return "", false, false
	}
	_, inst, ok := sc.Binding(name)
	if !ok || inst.Type != "call" {
		return "", false, false
	}
	f := inst.Child("function")
	if f == nil || f.Type != "identifier" {
		return "", false, false
	}
	return e.m.Text(f), hasArgs(inst), true
}

// callClass returns the scope of the class that a call of fn (with args or
// not) instantiates: the class itself, or a factory function returning
// one (get_settings() -> Settings()); nil when it is neither.
func (e *evaluator) callClass(fn string, args bool) (cls *Scope, env bool) {
	def := e.topDefinition(fn)
	if def != nil && def.Type == "function_definition" {
		// get_settings() -> Settings()
		ret := singleReturn(def.Child("body"))
		if ret == nil || ret.Type != "call" || ret.Child("function") == nil || ret.Child("function").Type != "identifier" {
			return nil, false
		}
		args = hasArgs(ret)
		def = e.topDefinition(e.m.Text(ret.Child("function")))
	}
	if def == nil || def.Type != "class_definition" {
		return nil, false
	}
	if settingsBase(e.m, def) {
		return e.m.ScopeOf(def), true
	}
	if args || hasInit(e.m, def) {
		// Settings(origins=...) or an __init__ may set other values.
		return nil, false
	}
	return e.m.ScopeOf(def), false
}

// hasArgs reports whether a call passes any argument.
func hasArgs(call *Node) bool {
	a := call.Child("arguments")
	return a != nil && len(a.NamedChildren()) > 0
}

// hasInit reports whether a class body defines __init__.
func hasInit(m *Module, def *Node) bool {
	body := def.Child("body")
	if body == nil {
		return false
	}
	for _, st := range body.NamedChildren() {
		if st.Type == "decorated_definition" {
			st = st.Child("definition")
		}
		if st != nil && st.Type == "function_definition" && m.Text(st.Child("name")) == "__init__" {
			return true
		}
	}
	return false
}

// topDefinition returns the function or class definition a module-level
// name refers to, if it is defined once.
func (e *evaluator) topDefinition(name string) *Node {
	targets := e.m.Top().Targets(name)
	if len(targets) != 1 || targets[0].Parent == nil {
		return nil
	}
	return targets[0].Parent
}

// settingsBase reports whether a class derives from pydantic's BaseSettings.
func settingsBase(m *Module, def *Node) bool {
	sup := def.Child("superclasses")
	if sup == nil {
		return false
	}
	for _, b := range sup.NamedChildren() {
		if t := m.Text(b); t == "BaseSettings" || strings.HasSuffix(t, ".BaseSettings") {
			return true
		}
	}
	return false
}

// definingScope returns the innermost scope from s outwards that binds name,
// or nil.
func definingScope(s *Scope, name string) *Scope {
	for sc := s; sc != nil; sc = sc.Parent {
		if _, ok := sc.binds[name]; ok {
			return sc
		}
	}
	return nil
}
