package jsonconf

import (
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

// Terraform JSON (CDKTF's cdk.tf.json, hand-written *.tf.json) holds bucket
// CORS as resource blocks with snake_case keys.
func TestTerraformBuckets(t *testing.T) {
	tests := []struct {
		name string
		src  string
		fw   []string
		kind []policy.OriginKind
		max  []int64
	}{
		{"gcs cors list", `{"resource": {"google_storage_bucket": {"assets": {"name": "a", "cors": [
			{"origin": ["*"], "method": ["GET"], "response_header": ["Content-Type"], "max_age_seconds": 86400}]}}}}`,
			[]string{"gcs"}, []policy.OriginKind{policy.OriginAny}, []int64{86400}},
		{"s3 cors_rule as one object", `{"resource": {"aws_s3_bucket_cors_configuration": {"uploads": {"bucket": "b",
			"cors_rule": {"allowed_origins": ["https://*.example.com"], "allowed_methods": ["PUT"], "max_age_seconds": 600}}}}}`,
			[]string{"aws-s3"}, []policy.OriginKind{policy.OriginList}, []int64{600}},
		{"legacy aws_s3_bucket, resource as a list", `{"resource": [{"aws_s3_bucket": {"old": {"cors_rule": [
			{"allowed_origins": ["https://a.example.com"], "allowed_methods": ["GET"]},
			{"allowed_origins": ["*"], "allowed_methods": ["GET"]}]}}}]}`,
			[]string{"aws-s3", "aws-s3"}, []policy.OriginKind{policy.OriginList, policy.OriginAny}, []int64{0, 0}},
		{"other resources are not CORS", `{"resource": {"google_compute_instance": {"vm": {"cors": [{"origin": ["*"], "method": ["GET"]}]}}}}`,
			nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, ns := Parser{}.Parse(parsers.File{Path: "main.tf.json", Data: []byte(tt.src)})
			if len(ns) != 0 || len(pols) != len(tt.fw) {
				t.Fatalf("got %d policies, notices %v; want %d", len(pols), ns, len(tt.fw))
			}
			for i, p := range pols {
				if p.Framework != tt.fw[i] || p.Origins.Kind != tt.kind[i] || p.MaxAge.Seconds != tt.max[i] {
					t.Errorf("policy %d = %s %v max %d, want %s %v max %d", i, p.Framework, p.Origins.Kind, p.MaxAge.Seconds,
						tt.fw[i], tt.kind[i], tt.max[i])
				}
			}
		})
	}
}
