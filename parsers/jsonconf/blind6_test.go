package jsonconf

import (
	"testing"

	"github.com/corslint/corslint/parsers"
)

// `{"Fn::Sub": ...}` builds a string whose `${Param}` references are
// placeholders (rules.md decisions): its known text is read, not dropped.
func TestFnSubIsATemplatedString(t *testing.T) {
	tests := []struct {
		name, origin string
		want         string // the matcher value; "" = not readable
	}{
		{"string", `{"Fn::Sub": "https://*.${DomainName}"}`, "https://*.${DomainName}"},
		{"template with vars", `{"Fn::Sub": ["https://*.${D}", {"D": {"Ref": "DomainName"}}]}`, "https://*.${D}"},
		{"nested intrinsic", `{"Fn::Sub": [{"Ref": "Tpl"}, {}]}`, ""},
		{"other intrinsic", `{"Fn::ImportValue": "SiteOrigin"}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := `{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"CorsConfiguration": {"CorsRules": [` +
				`{"AllowedMethods": ["GET"], "AllowedOrigins": [` + tt.origin + `]}]}}}}}`
			pols, ns := Parser{}.Parse(parsers.File{Path: "template.json", Data: []byte(doc)})
			if len(pols) != 1 {
				t.Fatalf("got %d policies (notices %v), want 1", len(pols), ns)
			}
			var got string
			for _, m := range pols[0].Origins.Matchers {
				got = m.Value
			}
			if got != tt.want {
				t.Errorf("matcher value %q, want %q (origins %+v)", got, tt.want, pols[0].Origins)
			}
		})
	}
}
