package v1

// Level is an int32 with a name.
type Level int32

// Name is a string with a name.
type Name string

// Flag is a bool with a name.
type Flag bool

// Counter holds maps of scalar values.
type Counter struct {
	Int32s  map[string]int32   `json:"int32s"`
	Int64s  map[string]int64   `json:"int64s"`
	Uint32s map[string]uint32  `json:"uint32s"`
	Uint64s map[string]uint64  `json:"uint64s"`
	Bools   map[string]bool    `json:"bools"`
	Doubles map[string]float64 `json:"doubles"`
	Levels  map[string]Level   `json:"levels"`
	Flags   map[Name]Flag      `json:"flags"`
	Names   map[Name]Name      `json:"names"`
	Blobs   map[string][]byte  `json:"blobs"`
	Items   map[Name]Item      `json:"items"`
	Counts  Counts             `json:"counts"`
}

// Item is a message value.
type Item struct {
	Name string `json:"name"`
}

// Counts is a named map of int32 values.
type Counts map[string]int32
