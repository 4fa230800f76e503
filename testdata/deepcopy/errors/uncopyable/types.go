package uncopyable

// Count is a plain named integer: there is nothing to deep-copy.
//
// +k8s:deepcopy-gen=true
// ^ want :4 `type Count asks for deepcopy-gen but cannot be copied`
type Count int

// hidden is unexported.
//
// +k8s:deepcopy-gen=true
// ^ want :4 `type hidden asks for deepcopy-gen but cannot be copied`
type hidden struct{ A []int }

var _ = hidden{}
