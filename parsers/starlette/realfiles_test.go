package starlette

import (
	"testing"

	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/policy"
)

// Shapes found by running corslint on real public files
// (testdata/python/real_*).

// TestUnknownRegexKeepsList: a regex corslint cannot read (behind a feature
// flag, from a helper in another module) only adds origins, so the literal
// allow_origins list is still judged; without a list, or with an empty one,
// the origins stay unknown.
func TestUnknownRegexKeepsList(t *testing.T) {
	head := "from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\n" +
		"from app.config import settings\napp = FastAPI()\n"
	tests := []struct {
		name string
		call string
		kind policy.OriginKind
		want []string
	}{
		{"flagged regex", "app.add_middleware(CORSMiddleware, allow_origins=['http://localhost:3000', 'https://a.example.com'],\n" +
			"    allow_origin_regex=r'https://.*\\.b\\.example' if settings.PREVIEW else None, allow_credentials=True)\n",
			policy.OriginList, []string{"http://localhost:3000", "https://a.example.com"}},
		{"imported regex", "app.add_middleware(CORSMiddleware, allow_origins=['https://a.example.com'], allow_origin_regex=settings.REGEX)\n",
			policy.OriginList, []string{"https://a.example.com"}},
		{"empty list", "app.add_middleware(CORSMiddleware, allow_origins=[], allow_origin_regex=settings.REGEX)\n",
			policy.OriginUnknown, nil},
		{"no list", "app.add_middleware(CORSMiddleware, allow_origin_regex=settings.REGEX)\n",
			policy.OriginUnknown, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, _ := python.Parse("main.py", []byte(head+tc.call))
			ps := Extract(m)
			if len(ps) != 1 {
				t.Fatalf("%d policies, want 1", len(ps))
			}
			o := ps[0].Origins
			if o.Kind != tc.kind {
				t.Fatalf("origins %+v, want kind %v", o, tc.kind)
			}
			for _, origin := range tc.want {
				if !accepted(t, o, origin) {
					t.Errorf("%s rejected", origin)
				}
			}
			if tc.kind == policy.OriginList && accepted(t, o, "https://attacker.example") {
				t.Error("https://attacker.example accepted")
			}
		})
	}
}

func accepted(t *testing.T, o policy.Origins, origin string) bool {
	t.Helper()
	for _, m := range o.Matchers {
		ok, err := m.Match(origin)
		if err != nil {
			t.Fatalf("match %q: %v", m.Value, err)
		}
		if ok {
			return true
		}
	}
	return false
}
