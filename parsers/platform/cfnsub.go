package platform

// SubTemplate reads the argument of a CloudFormation `Fn::Sub` (`!Sub`):
// the string it builds, with its `${Param}` references left as placeholders.
// rules.md ("Template placeholders") judges the known parts of such a value:
// `!Sub "https://*.${DomainName}"` still trusts every subdomain. The long
// form `[template, {vars}]` gives its template; anything else (a nested
// intrinsic) is not readable, and ok is false.
func SubTemplate(arg *Node) (*Node, bool) {
	if arg == nil {
		return nil, false
	}
	if arg.Kind == List && len(arg.Items) > 0 {
		arg = arg.Items[0]
	}
	if arg == nil || arg.Kind != String {
		return nil, false
	}
	out := *arg
	out.Tag = "Fn::Sub"
	return &out, true
}
