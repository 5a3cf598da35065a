package nginx

import "strings"

// dollarVar is the envsubst idiom for a literal `$` in a template: docker
// images and install scripts run `DOLLAR='$' envsubst < site.conf.template`,
// so `${DOLLAR}http_origin` becomes `$http_origin` in the deployed file.
// nginx itself refuses an undefined `$DOLLAR` ("unknown variable"), so a file
// that still holds it is a template, and the deployed meaning is the one to
// judge.
const dollarVar = "${DOLLAR}"

// expandDollar rewrites `${DOLLAR}` to `$` in every argument of the tree,
// unless the configuration defines $DOLLAR itself (`set` or `map`).
func expandDollar(tree []*directive) {
	if !mentionsDollar(tree) || definesDollar(tree) {
		return
	}
	var walk func([]*directive)
	walk = func(ds []*directive) {
		for _, d := range ds {
			for i := range d.args {
				if strings.Contains(d.args[i].text, dollarVar) {
					d.args[i].text = strings.ReplaceAll(d.args[i].text, dollarVar, "$")
				}
			}
			if strings.Contains(d.name, dollarVar) {
				d.name = strings.ReplaceAll(d.name, dollarVar, "$")
			}
			walk(d.children)
		}
	}
	walk(tree)
}

func mentionsDollar(tree []*directive) bool {
	for _, d := range tree {
		if strings.Contains(d.name, dollarVar) {
			return true
		}
		for _, a := range d.args {
			if strings.Contains(a.text, dollarVar) {
				return true
			}
		}
		if mentionsDollar(d.children) {
			return true
		}
	}
	return false
}

func definesDollar(tree []*directive) bool {
	for _, d := range tree {
		switch {
		case d.name == "set" && len(d.args) > 0 && varName(d.args[0].text) == "dollar":
			return true
		case d.name == "map" && len(d.args) == 2 && varName(d.args[1].text) == "dollar":
			return true
		}
		if definesDollar(d.children) {
			return true
		}
	}
	return false
}
