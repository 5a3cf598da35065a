package python

import "strings"

// settingsField evaluates `settings.FIELD` where `settings` is bound once to
// an instance of a pydantic BaseSettings class defined in this module
// (`settings = Settings()`, or `get_settings()` returning one). The field's
// class-level default is what the service runs with unless the environment
// sets FIELD, so it is an environment fallback (rules.md, development
// origins: `*` there is still reported, a local origin is not).
func (e *evaluator) settingsField(s *Scope, n *Node, depth int) (Value, bool) {
	obj, attr := n.Child("object"), n.Child("attribute")
	if obj == nil || attr == nil || obj.Type != "identifier" {
		return Value{}, false
	}
	cls := e.settingsClass(s, obj)
	if cls == nil {
		return Value{}, false
	}
	field := e.m.Text(attr)
	_, val, ok := cls.Binding(field)
	if !ok {
		return Value{}, false
	}
	if val.Type == "call" {
		// Field(default=...) or Field(value, ...).
		fn := val.Child("function")
		if fn == nil || (e.m.Text(fn) != "Field" && !strings.HasSuffix(e.m.QualName(fn), ".Field")) {
			return Value{}, false
		}
		a := e.m.CallArgs(val)
		switch {
		case a.Keyword("default") != nil:
			val = a.Keyword("default")
		case len(a.Positional) > 0 && e.m.Text(a.Positional[0]) != "...":
			val = a.Positional[0]
		default:
			return Value{}, false
		}
	}
	v := e.eval(cls, val, depth+1)
	if v.Kind == Unknown {
		v.EnvVar = strings.ToUpper(field)
		return v, true
	}
	return markEnv(v, strings.ToUpper(field)), true
}

// settingsClass returns the scope of the BaseSettings class whose instance
// name is bound to, or nil.
func (e *evaluator) settingsClass(s *Scope, name *Node) *Scope {
	var inst *Node
	for sc := s; sc != nil && inst == nil; sc = sc.Parent {
		if _, ok := sc.binds[e.m.Text(name)]; !ok {
			continue
		}
		_, v, ok := sc.Binding(e.m.Text(name))
		if !ok {
			return nil
		}
		inst = v
	}
	if inst == nil || inst.Type != "call" {
		return nil
	}
	fn := inst.Child("function")
	if fn == nil || fn.Type != "identifier" {
		return nil
	}
	def := e.topDefinition(fn)
	if def != nil && def.Type == "function_definition" {
		// get_settings() -> Settings()
		ret := singleReturn(def.Child("body"))
		if ret == nil || ret.Type != "call" || ret.Child("function") == nil || ret.Child("function").Type != "identifier" {
			return nil
		}
		def = e.topDefinition(ret.Child("function"))
	}
	if def == nil || def.Type != "class_definition" || !settingsBase(e.m, def) {
		return nil
	}
	return e.m.ScopeOf(def)
}

// topDefinition returns the function or class definition a module-level
// name refers to, if it is defined once.
func (e *evaluator) topDefinition(name *Node) *Node {
	targets := e.m.Top().Targets(e.m.Text(name))
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
