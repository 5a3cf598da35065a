// Package platformtest holds the annotated-testdata test of the platform
// families (yamlconf, tomlconf, jsonconf) run through the real scan. It is a
// package of its own so that the parsers' unit tests never depend on the
// scan driver and every other parser it links.
package platformtest
