package express

import (
	"fmt"
	"os"
	"testing"

	"github.com/corslint/corslint/parsers"
)

func TestZZDebug(t *testing.T) {
	p := os.Getenv("ZZ_FILE")
	if p == "" {
		t.Skip()
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	pols, notes := New().Parse(parsers.File{Path: p, Data: data})
	for _, pl := range pols {
		fmt.Printf("POLICY scope=%q origins=%+v\n  cred=%+v maxage=%+v\n", pl.Scope, pl.Origins, pl.Credentials, pl.MaxAge)
	}
	for _, n := range notes {
		fmt.Printf("NOTICE %+v\n", n)
	}
}
