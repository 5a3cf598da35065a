package rules

import (
	"reflect"
	"testing"
)

func TestRegexAlternatives(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"no group", `^https://app\.example\.com$`, []string{`^https://app\.example\.com$`}},
		{"alternation", `https://(app|admin).example.com`,
			[]string{`https://(app|admin).example.com`, `https://app.example.com`, `https://admin.example.com`}},
		{"non-capturing", `^https://(?:www\.)?example\.com$`,
			[]string{`^https://(?:www\.)?example\.com$`, `^https://www\.example\.com$`, `^https://example\.com$`}},
		{"two groups", `(a|b)\.(c|d)\.com`,
			[]string{`(a|b)\.(c|d)\.com`, `a\.c\.com`, `a\.d\.com`, `b\.c\.com`, `b\.d\.com`}},
		{"pattern group left alone", `^https://(.+\.)?example\.com$`, []string{`^https://(.+\.)?example\.com$`}},
		{"repeated group left alone", `^https://(ab)+\.example\.com$`, []string{`^https://(ab)+\.example\.com$`}},
		{"later literal group still found", `^https?://([a-z]+\.)?(eu|us)\.example\.com$`,
			[]string{`^https?://([a-z]+\.)?(eu|us)\.example\.com$`, `^https?://([a-z]+\.)?eu\.example\.com$`, `^https?://([a-z]+\.)?us\.example\.com$`}},
		{"escaped paren", `^https://\(a|b\)\.example\.com$`, []string{`^https://\(a|b\)\.example\.com$`}},
		{"inline flag", `(?i)^https://example\.com$`, []string{`(?i)^https://example\.com$`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := regexAlternatives(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("regexAlternatives(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestRegexAlternativesBounded(t *testing.T) {
	in := ""
	for i := 0; i < 10; i++ {
		in += `(a|b)`
	}
	if got := regexAlternatives(in); len(got) > maxAlternatives+1 {
		t.Fatalf("%d spellings, want at most %d", len(got), maxAlternatives+1)
	}
}
