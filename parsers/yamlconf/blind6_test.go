package yamlconf_test

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// Shapes found by the sixth blind round on platform configs.

// A boolean under a generic block's origin key is a switch, not an origin:
// node-config YAML handed to the cors package (`cors(config.get("cors"))`)
// uses that package's `origin: true` (semantics.md 3.1).
func TestGenericBooleanOriginIsASwitch(t *testing.T) {
	tests := []struct {
		name, block string
		want        policy.OriginKind
	}{
		{"cors package origin true reflects", "cors:\n  origin: true\n  credentials: true\n", policy.OriginEchoAny},
		{"cors package origin false disables", "cors:\n  origin: false\n", policy.OriginNone},
		{"quoted true stays a (malformed) origin", "cors:\n  origin: \"true\"\n", policy.OriginList},
		{"switch under another name is unjudged", "cors:\n  allowed_origins: true\n", policy.OriginUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := one(t, "app:\n  port: 3000\n"+tt.block)
			if p.Origins.Kind != tt.want {
				t.Errorf("origins = %+v, want kind %v", p.Origins, tt.want)
			}
		})
	}
}

// A CloudFormation `!Sub` builds a string whose `${Param}` references are
// placeholders (rules.md decisions): the known text is read, not dropped.
func TestCloudFormationSubIsATemplatedString(t *testing.T) {
	head := "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      CorsConfiguration:\n        CorsRules:\n          - AllowedMethods: [GET]\n            AllowedOrigins:\n"
	tests := []struct {
		name, entry string
		want        string // the matcher value; "" = not readable
	}{
		{"short form", "              - !Sub \"https://*.${DomainName}\"\n", "https://*.${DomainName}"},
		{"short form with vars", "              - !Sub [\"https://*.${D}\", {D: !Ref DomainName}]\n", "https://*.${D}"},
		{"long form", "              - Fn::Sub: \"https://*.${DomainName}\"\n", "https://*.${DomainName}"},
		{"nested intrinsic stays unknown", "              - !Sub [!Ref Tpl, {}]\n", ""},
		{"other intrinsics stay unknown", "              - !ImportValue SiteOrigin\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := one(t, head+tt.entry)
			var got string
			for _, m := range p.Origins.Matchers {
				got = m.Value
			}
			if got != tt.want {
				t.Errorf("matcher value %q, want %q (origins %+v)", got, tt.want, p.Origins)
			}
		})
	}
}

// Kong compares a plain entry with the normalized request origin; `null`
// has no host, so the entry `null` accepts the opaque origin (semantics.md
// 5.5), not a host named `null` on any scheme.
func TestKongNullEntryAcceptsOpaqueOrigin(t *testing.T) {
	p := one(t, "_format_version: \"3.0\"\nplugins:\n  - name: cors\n    config:\n      origins:\n        - https://a.example.com\n        - \"null\"\n")
	ms := p.Origins.Matchers
	if len(ms) != 2 || ms[1].Kind != policy.MatchNull || ms[1].HostOnly {
		t.Fatalf("matchers = %+v, want the second to be the null origin", ms)
	}
	if ok, err := ms[1].Match("null"); err != nil || !ok {
		t.Errorf("null entry does not accept Origin: null (%v)", err)
	}
	if ok, _ := ms[1].Match("http://null"); ok {
		t.Errorf("null entry accepts http://null")
	}
}
