package applyconfiguration

import (
	"reflect"
	"strings"

	"k8s.io/gengo/v2/types"
)

// jsonTag is a field's json tag as apply configurations copy it.
type jsonTag struct {
	name      string // the field's name in JSON, e.g. "metadata"
	inline    bool   // an embedded field without a name: its fields are inlined
	omitempty bool
}

// lookupJSONTag returns m's json tag; a field without one, or tagged "-",
// is not part of the JSON form and has no apply configuration field.
func lookupJSONTag(m types.Member) (jsonTag, bool) {
	tag, ok := reflect.StructTag(m.Tags).Lookup("json")
	if !ok || tag == "-" {
		return jsonTag{}, false
	}
	name, opts, _ := strings.Cut(tag, ",")
	jt := jsonTag{name: name, inline: m.Embedded && name == "", omitempty: hasOption(opts, "omitempty")}
	if name == "" {
		jt.name = m.Name
	}
	return jt, true
}

// hasOption reports whether the comma-separated opts include opt.
func hasOption(opts, opt string) bool {
	for o := range strings.SplitSeq(opts, ",") {
		if o == opt {
			return true
		}
	}
	return false
}

// String renders the tag's value: the name (none when inlined), then
// ",omitempty" if set.
func (t jsonTag) String() string {
	s := ""
	if !t.inline {
		s = t.name
	}
	if t.omitempty {
		s += ",omitempty"
	}
	return s
}
