package openapi

import "testing"

// TestMarkerLine requires the validation markers to be told from other
// comment lines, found as the kit's tag reader finds tags (indentation
// and trailing spaces dropped), and split into key, operator and value as
// upstream's grammar has them.
func TestMarkerLine(t *testing.T) {
	cases := []struct {
		line, written, key, op, value string
		marker, splits                bool
	}{
		{line: "+k8s:validation:maxLength=64", written: "+k8s:validation:maxLength=64", key: "maxLength", op: "=", value: "64", marker: true, splits: true},
		{line: "  +k8s:validation:uniqueItems  ", written: "+k8s:validation:uniqueItems", key: "uniqueItems", marker: true, splits: true},
		{line: "+k8s:validation:cel[0]:rule>self.a > 0", written: "+k8s:validation:cel[0]:rule>self.a > 0", key: "cel[0]:rule", op: ">", value: "self.a > 0", marker: true, splits: true},
		{line: "+k8s:validation:properties:a-b:maximum=3", written: "+k8s:validation:properties:a-b:maximum=3", key: "properties:a-b:maximum", op: "=", value: "3", marker: true, splits: true},
		{line: "+k8s:validation:=5", written: "+k8s:validation:=5", op: "=", value: "5", marker: true, splits: true},
		{line: "+k8s:validation:max Length=5", written: "+k8s:validation:max Length=5", marker: true},
		{line: "+k8s:validation:pattern?x", written: "+k8s:validation:pattern?x", marker: true},
		{line: "+k8s:openapi-gen=true"},
		{line: "k8s:validation:maxLength=64 is how a marker reads"},
	}
	for _, c := range cases {
		written, rest, marker := markerLine(c.line)
		if marker != c.marker || written != c.written {
			t.Errorf("%q: marker %v, written %q; want %v, %q", c.line, marker, written, c.marker, c.written)
			continue
		}
		if !marker {
			continue
		}
		key, op, value, ok := splitMarker(rest)
		if ok != c.splits || key != c.key || op != c.op || value != c.value {
			t.Errorf("%q: split %q %q %q %v; want %q %q %q %v", c.line, key, op, value, ok, c.key, c.op, c.value, c.splits)
		}
	}
}
