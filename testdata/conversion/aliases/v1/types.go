package v1

import "k8s.io/apimachinery/pkg/types"

// Phase is a named string.
type Phase string

// Count is a named integer.
type Count int32

// Names is a named slice.
type Names []string

// Labels is a named map.
type Labels map[string]string

// Status uses named types.
type Status struct {
	Phase  Phase
	Count  Count
	UID    types.UID
	Names  Names
	Labels Labels
	Plain  Phase
}
