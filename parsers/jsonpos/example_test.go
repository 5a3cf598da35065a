package jsonpos_test

import (
	"fmt"

	"github.com/corslint/corslint/parsers/jsonpos"
)

func ExampleParse() {
	src := "{\n  \"origin\": [\"https://app.example.com\", true]\n}"
	root, err := jsonpos.Parse("cors.json", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	origin := root.Lookup("origin")
	fmt.Println("key at", origin.KeySpan.Start.Line, origin.KeySpan.Start.Col)
	for _, it := range origin.Value.Items {
		fmt.Printf("%s %q at %d:%d-%d\n", it.Kind, it.Text, it.Span.Start.Line, it.Span.Start.Col, it.Span.End.Col)
	}

	_, err = jsonpos.Parse("bad.json", []byte(`{"origin": "*",}`))
	fmt.Println(err)
	// Output:
	// key at 2 3
	// string "https://app.example.com" at 2:14-39
	// boolean "true" at 2:41-45
	// bad.json:1:16: unexpected character '}' in object, expected a string key
}
