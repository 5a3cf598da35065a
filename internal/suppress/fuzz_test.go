package suppress

import "testing"

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"# corslint:ignore CORS012 r\nx;\n",
		"/* corslint:ignore CORS001,CORS004 -- r */\n`a\n// corslint:ignore`\n",
		"\"\"\"\n# corslint:ignore CORS001 r\n'''",
		"# corslint:ignore CORS001,,, cors9999 -- \n",
	} {
		f.Add("a.conf", []byte(s))
		f.Add("a.js", []byte(s))
		f.Add("a.py", []byte(s))
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		dirs, _ := Parse(name, data)
		for _, d := range dirs {
			if len(d.IDs) == 0 || d.Reason == "" || len(d.AppliesTo) == 0 || d.AppliesTo[0] != d.Line {
				t.Fatalf("invalid directive %+v", d)
			}
		}
	})
}
