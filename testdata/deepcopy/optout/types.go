package optout

// Kept gets methods.
type Kept struct {
	Items []string
}

// Skipped opts out.
//
// +k8s:deepcopy-gen=false
type Skipped struct {
	Items []string
}

// Opaque is an interface: not copyable, silently skipped.
type Opaque interface {
	Name() string
}

// Count is a named builtin with no methods: silently skipped.
type Count int
