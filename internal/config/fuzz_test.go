package config

import "testing"

func FuzzParse(f *testing.F) {
	f.Add([]byte(full))
	f.Add([]byte("a = { b = [1, {c = 'd'}] }\n[[x]]\ny = \"\"\"\nz = 1\n\"\"\"\n"))
	f.Add([]byte("[[ignore]]\npath = 1\nrules = [2]\nreason = []\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("c.toml", data, nil)
		if err == nil && c == nil {
			t.Fatal("nil config without error")
		}
		_ = locateKeys(string(data))
	})
}
