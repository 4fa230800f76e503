package uncopyablepackage

// T is copied.
type T struct{ A []int }

// hidden is unexported.
//
// +k8s:deepcopy-gen=true
// ^ want :4 `type hidden asks for deepcopy-gen but cannot be copied: deepcopy-gen writes methods only for exported types`
type hidden struct{ A []int }

var _ = hidden{}

// Callback is a function type.
// +k8s:deepcopy-gen=true
// ^ want :4 `type Callback asks for deepcopy-gen but cannot be copied: func types cannot be deep-copied`
type Callback func()

// Events is a channel type.
// +k8s:deepcopy-gen=true
// ^ want :4 `type Events asks for deepcopy-gen but cannot be copied: chan types cannot be deep-copied`
type Events chan string

// Copier is an interface.
// +k8s:deepcopy-gen=true
// ^ want :4 `type Copier asks for deepcopy-gen but cannot be copied: an interface type cannot have methods`
type Copier interface{ DeepCopyCopier() Copier }

// Ref is a named pointer.
// +k8s:deepcopy-gen=true
// ^ want :4 `type Ref asks for deepcopy-gen but cannot be copied: Go allows no methods on a named pointer type`
type Ref *T

// Pair is an array.
// +k8s:deepcopy-gen=true
// ^ want :4 `type Pair asks for deepcopy-gen but cannot be copied: arrays are not supported`
type Pair [2]string

// Count is a named integer.
// +k8s:deepcopy-gen=true
// ^ want :4 `type Count asks for deepcopy-gen but cannot be copied: a named int holds nothing to deep-copy`
type Count int
