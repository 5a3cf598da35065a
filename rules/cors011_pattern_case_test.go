package rules

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

func TestMalformedPatternCase(t *testing.T) {
	pcre := func(v string, icase bool) policy.Matcher {
		m := re(v, policy.DialectPCRE, policy.ModeSearch, 10)
		m.IgnoreCase = icase
		return m
	}
	runRuleCases(t, []ruleCase{
		{"upper case host in a case-sensitive regex", "CORS011",
			newPolicy(list(pcre(`^https://www\.MyShop\.example$`, false))), []int{10}, []string{"`https://www.myshop.example`", "never matches"}},
		{"upper case behind an optional group", "CORS011",
			newPolicy(list(pcre(`^https://(www\.)?MyShop\.example$`, false))), []int{10}, nil},
		{"case-insensitive regex", "CORS011", newPolicy(list(pcre(`^https://www\.MyShop\.example$`, true))), nil, nil},
		{"inline (?i) flag", "CORS011", newPolicy(list(pcre(`(?i)^https://www\.MyShop\.example$`, false))), nil, nil},
		{"lower-case host", "CORS011", newPolicy(list(pcre(`^https://www\.myshop\.example$`, false))), nil, nil},
		// Upper case only in classes or escapes is not a host spelling.
		{"classes and escapes", "CORS011", newPolicy(list(pcre(`^https://[A-Za-z0-9-]+\.example\.com(:\d+)?$`, false))), nil, nil},
		{"js regex without the i flag", "CORS011", newPolicy(list(jsRe(`^https:\/\/Admin\.example\.com$`, 10))), []int{10}, []string{"`https://Admin.example.com`"}},
	})
}
