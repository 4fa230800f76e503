package validation

import (
	"bytes"
	"cmp"
	"encoding/json"
	"slices"
	"strings"
)

// docsJSON returns what --docs prints: every tag's documentation, sorted
// by name, each with its scopes sorted and its usage spelled out.
func docsJSON() (string, error) {
	_, docs, err := readTagDocs()
	if err != nil {
		return "", err
	}
	for i := range docs {
		d := &docs[i]
		slices.Sort(d.Scopes)
		if d.Usage == "" {
			d.Usage = usage(d)
		}
	}
	slices.SortFunc(docs, func(a, b tagDoc) int { return cmp.Compare(a.Tag, b.Tag) })
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "    ")
	if err := enc.Encode(docs); err != nil {
		return "", err
	}
	return buf.String() + "\n", nil
}

// usage spells out how a tag is written from its arguments and values.
func usage(d *tagDoc) string {
	s := d.Tag
	if len(d.Args) > 0 {
		descs := make([]string, len(d.Args))
		for i, a := range d.Args {
			descs[i] = a.Description
		}
		s += "(" + strings.Join(descs, ", ") + ")"
	}
	switch len(d.Payloads) {
	case 0:
	case 1:
		s += "=" + d.Payloads[0].Description
	default:
		s += "=<payload>"
	}
	return s
}
