package misspelt

// T names an interface with the singular tag.
//
// +k8s:deepcopy-gen:interface=k8s.io/apimachinery/pkg/runtime.Object
// ^ want :4 `unknown tag \+k8s:deepcopy-gen:interface; did you mean \+k8s:deepcopy-gen:interfaces\?`
type T struct{ A []int }
