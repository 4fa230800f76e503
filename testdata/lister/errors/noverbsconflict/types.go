// Package noverbsconflict gives +genclient:noVerbs together with tags that
// choose verbs.
package noverbsconflict

// ObjectMeta stands in for metav1.ObjectMeta.
type ObjectMeta struct{ Name string }

// +genclient
// +genclient:noVerbs
// ^ want :4 `type Widget: \+genclient:noVerbs contradicts \+genclient:onlyVerbs on the same type: keep \+genclient:noVerbs for a type without a client of its own`
// +genclient:onlyVerbs=get,list

// Widget is a resource.
type Widget struct {
	ObjectMeta `json:"metadata"`
}

// +genclient
// +genclient:skipVerbs=watch
// +genclient:noVerbs
// ^ want :4 `type Gadget: \+genclient:noVerbs contradicts \+genclient:skipVerbs`

// Gadget is a resource.
type Gadget struct {
	ObjectMeta `json:"metadata"`
}

// +genclient
// +genclient:noVerbs

// Option has no verbs and needs no ObjectMeta.
type Option struct {
	Force bool
}
