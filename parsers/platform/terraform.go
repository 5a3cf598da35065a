package platform

// Terraform JSON (`*.tf.json`, CDKTF's `cdk.tf.json`) writes bucket CORS as
// blocks of a resource: google_storage_bucket's `cors` (GCS semantics) and
// aws_s3_bucket_cors_configuration's or the older aws_s3_bucket's
// `cors_rule` (S3 semantics). The keys are the API's in snake_case.

// terraformBuckets maps the bucket CORS blocks under a Terraform JSON
// `resource` object and reports whether it found any.
func (x *extractor) terraformBuckets(res *Node) bool {
	found := false
	// resource -> type -> name -> attributes
	for _, types := range terraformObjects(res) {
		for _, typ := range types.Pairs {
			for _, names := range terraformObjects(typ.Value) {
				for _, name := range names.Pairs {
					for _, attrs := range terraformObjects(name.Value) {
						if x.terraformBucket(typ.Key, typ.Key+"."+name.Key, attrs) {
							found = true
						}
					}
				}
			}
		}
	}
	return found
}

// terraformBucket maps the CORS blocks of one resource of type typ.
func (x *extractor) terraformBucket(typ, addr string, attrs *Node) bool {
	switch typ {
	case "google_storage_bucket":
		if c := attrs.Get("cors"); c != nil {
			x.gcs(terraformBlocks(c))
			return true
		}
	case "aws_s3_bucket_cors_configuration", "aws_s3_bucket":
		if c := attrs.Get("cors_rule"); c != nil {
			x.s3Rules(terraformBlocks(c), "bucket CORS ("+addr+")")
			return true
		}
	}
	return false
}

// terraformObjects returns the maps of a value Terraform JSON lets be one
// object or a list of objects (`"resource": [{...}, {...}]`).
func terraformObjects(n *Node) []*Node {
	if n == nil {
		return nil
	}
	if n.Kind == Map {
		return []*Node{n}
	}
	var out []*Node
	for _, it := range n.listItems() {
		if it.Kind == Map {
			out = append(out, it)
		}
	}
	return out
}

// terraformBlocks returns a nested block as a list: Terraform JSON writes a
// single block as an object and several as a list of objects.
func terraformBlocks(n *Node) *Node {
	if n != nil && n.Kind == Map {
		return &Node{Kind: List, Items: []*Node{n}, Span: n.Span}
	}
	return n
}
