package v1

// Names is an alias of a slice.
type Names []string

// Count is an alias of an integer.
type Count int32

// Entry is a struct in collections.
type Entry struct {
	Key string `json:"key"`
}

// Collections nests maps, slices and arrays.
type Collections struct {
	// +optional
	Strings map[string]string `json:"strings,omitempty"`
	// +optional
	Entries map[string]Entry `json:"entries,omitempty"`
	// +optional
	EntryPtrs map[string]*Entry `json:"entryPtrs,omitempty"`
	// +optional
	Lists map[string][]string `json:"lists,omitempty"`
	// +optional
	Nested map[string]map[string]int64 `json:"nested,omitempty"`
	// +listType=atomic
	// +optional
	Matrix [][]string `json:"matrix,omitempty"`
	// +listType=atomic
	// +optional
	Maps []map[string]string `json:"maps,omitempty"`
	// +listType=atomic
	// +optional
	Fixed [4]int32 `json:"fixed,omitempty"`
	// +optional
	Aliased Names `json:"aliased,omitempty"`
	// +optional
	Counts map[string]Count `json:"counts,omitempty"`
	// +listType=atomic
	// +optional
	Ptrs []*Entry `json:"ptrs,omitempty"`
	// +optional
	Bytes map[string][]byte `json:"bytes,omitempty"`
	// +optional
	Anything map[string]interface{} `json:"anything,omitempty"`
	// Count is an alias.
	Count Count `json:"count"`
}
