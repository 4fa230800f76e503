package openapi

import (
	"errors"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// joinErrs joins errors; nil when all are.
func joinErrs(errs ...error) error { return errors.Join(errs...) }

// members adds the properties of t's fields to n, those of inlined
// embedded structs included, and the JSON names of the required ones. A
// field with a problem is reported, and the others are still looked at,
// so that a run reports all of them.
func (w *walker) members(n *node, t *types.Type) error {
	for t.Kind == types.Pointer {
		t = t.Elem
	}
	errs := &diag.List{}
	for _, m := range t.Members {
		if hasValue(w.tags.gen, m.CommentLines, "false") {
			continue
		}
		if inlined(m) {
			errs.Add(w.members(n, m.Type))
			continue
		}
		name := jsonName(m)
		if name == "" {
			continue
		}
		optional, err := w.optional(t, m)
		if err != nil {
			errs.Add(err)
			continue
		}
		if !optional {
			n.required = append(n.required, name)
		}
		prop, err := w.property(t, m)
		if errs.Add(err); prop != nil {
			n.properties = append(n.properties, property{name: name, node: prop})
		}
	}
	return errs.Err()
}
