package applyconfiguration

import (
	"encoding/json"
	"strings"
	"testing"

	yaml "go.yaml.in/yaml/v2"
)

// The YAML of internal/internal.go must be what go.yaml.in/yaml/v2 writes
// for structured-merge-diff's schema types; these tests use yaml.v2 itself
// as the oracle for the part that is easy to get wrong: how strings are
// quoted and folded, as default values and as map keys, at several depths.

// oracleField mirrors structured-merge-diff's StructField.
type oracleField struct {
	Name    string      `yaml:"name,omitempty"`
	Default interface{} `yaml:"default,omitempty"`
}

type oracleMap struct {
	Fields []oracleField `yaml:"fields,omitempty"`
}

type oracleDef struct {
	Name string     `yaml:"name,omitempty"`
	Map  *oracleMap `yaml:"map,omitempty"`
}

type oracleSchema struct {
	Types []oracleDef `yaml:"types,omitempty"`
}

// oracle is yaml.v2's rendering of a type with one field per default.
func oracle(t testing.TB, defaults []any) string {
	t.Helper()
	m := &oracleMap{}
	for _, d := range defaults {
		m.Fields = append(m.Fields, oracleField{Name: "f", Default: toOracle(d)})
	}
	out, err := yaml.Marshal(oracleSchema{Types: []oracleDef{{Name: "t", Map: m}}})
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// toOracle converts the maps of JSON values to the maps yaml.v2 decodes.
func toOracle(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := map[interface{}]interface{}{}
		for k, e := range v {
			out[k] = toOracle(e)
		}
		return out
	case []any:
		out := make([]interface{}, len(v))
		for i, e := range v {
			out[i] = toOracle(e)
		}
		return out
	}
	return v
}

// ours is our rendering of the same.
func ours(defaults []any) string {
	m := &smdMap{}
	for _, d := range defaults {
		m.fields = append(m.fields, smdField{name: "f", def: d})
	}
	doc := &node{}
	doc.add("types", seq(typeDefNode(typeDef{name: "t", atom: atom{fields: m}})))
	var w yamlWriter
	w.document(doc)
	return w.String()
}

var yamlStrings = []string{
	"", "a", "a b", "Equal", "/etc/ceph/keyring", "true", "True", "yes", "No", "on", "off", "y", "~", "null", "<<",
	"0", "12", "-3", "+1", "1.5", ".5", "1e3", "0x1F", "0o17", "0b101", "-0b1", "1_000", "12:30", "190:20:30.15",
	"2006-01-02", "2006-1-2T15:04:05Z", "2006-01-02 15:04:05", "2006-13-45", ".nan", ".Inf", "-.inf", ".x",
	"- x", "-x", "-", "--", "---", "--- x", "...", ":x", ": x", "x:", "x: y", "x:y", "?", "?x", "? x",
	"#x", "x #y", "x#y", "'q'", "it's", "\"q\"", "a\\b", "[x]", "x[0]", "{x}", "x,y", ",x", "&x", "*x", "!x",
	"|x", ">x", "%x", "@x", "`x", " lead", "trail ", " both ", "a  b", "tab\there", "\t", "multi\nline",
	"multi\nline\n", "multi\nline\n\n", "\n", "\nlead", " \nx", "x \ny", "x\n y", "café", "日本", "\u0085", "\u00a0x",
	"\ufeff", "\u2028", "a\u2028b", "a\u2029\u2029b", "😀", "\x01ctl", "\x7f", "nul\x00",
	strings.Repeat("word ", 30),
	strings.Repeat("a", 90) + " b c",
	"a long string, with a colon: inside it, long enough to be folded by yaml past column eighty for sure",
	"a long string with  two spaces  that sits past the eighty column limit and goes  on and on and on",
	"'quoted' long string with many words that goes past the eighty column limit for sure, and then some more",
	"tabs\tand a long line of words that goes past the eighty column limit for sure, and then some more words",
}

// TestYAMLScalarsMatchYAMLv2 compares our YAML with yaml.v2's for strings
// of every kind, as values and as map keys, in nested values too.
func TestYAMLScalarsMatchYAMLv2(t *testing.T) {
	for _, s := range yamlStrings {
		defaults := []any{s, map[string]any{"k": []any{s, map[string]any{"x": s}}}, []any{[]any{s}}}
		if simpleKey(s) {
			defaults = append(defaults, map[string]any{s: s})
		}
		if got, want := ours(defaults), oracle(t, defaults); got != want {
			t.Errorf("%q:\n--- yaml.v2\n%s\n--- ours\n%s", s, want, got)
		}
	}
}

// TestYAMLValuesMatchYAMLv2 checks the other values defaults hold, and
// how yaml.v2 orders map keys. (Numbers are checked by TestNumberText.)
func TestYAMLValuesMatchYAMLv2(t *testing.T) {
	defaults := []any{true, false, map[string]any{}, []any{}, map[string]any{"single": map[string]any{}},
		map[string]any{"b": true, "a10": true, "a9": true, "B": true, "a09": true, "a009": true, "": true, "1": true, "é": true, "_x": true, "a-1": true, "a1": true},
		[]any{true, []any{}, map[string]any{"k": []any{"v"}}}}
	if got, want := ours(defaults), oracle(t, defaults); got != want {
		t.Errorf("--- yaml.v2\n%s\n--- ours\n%s", want, got)
	}
}

// FuzzYAMLScalar compares our rendering of any string with yaml.v2's.
func FuzzYAMLScalar(f *testing.F) {
	for _, s := range yamlStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !validUTF8(s) {
			t.Skip("yaml.v2 writes invalid UTF-8 as !!binary, which JSON strings never are")
		}
		defaults := []any{s}
		if simpleKey(s) {
			defaults = append(defaults, map[string]any{s: s})
		}
		if got, want := ours(defaults), oracle(t, defaults); got != want {
			t.Errorf("%q:\n--- yaml.v2\n%s\n--- ours\n%s", s, want, got)
		}
	})
}

// simpleKey reports whether yaml.v2 writes s as a simple key ("s: v"):
// keys with line breaks or longer than 128 bytes are written in the
// explicit form ("? s"), which defaults in OpenAPI documents do not need
// and yamlWriter does not write.
func simpleKey(s string) bool {
	return len(s) <= 128 && !strings.ContainsAny(s, "\n\r\u0085\u2028\u2029")
}

func validUTF8(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// TestNumberText checks how a JSON number of a default reaches the YAML:
// as a float64 that encoding/json writes and yaml.v2 reads back.
func TestNumberText(t *testing.T) {
	for in, want := range map[string]string{
		"0": "0", "-3": "-3", "2.0": "2", "0.5": "0.5", "86400": "86400", "1e21": "1e+21", "1e20": "1e+20",
		"12345678901234567890": "12345678901234567000", "1e-7": "1e-07", "0.000001": "1e-06", "-0": "0",
	} {
		if got := numberText(json.Number(in)); got != want {
			t.Errorf("numberText(%s) = %s, want %s", in, got, want)
		}
	}
}
