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
