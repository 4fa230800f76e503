package v1

// Mode is a named string.
type Mode string

// Inner is a nested struct.
type Inner struct {
	A string
}

// QueryOptions are read from url.Values.
// +k8s:conversion-gen:explicit-from=net/url.Values
type QueryOptions struct {
	Name    string   `json:"name,omitempty"`
	Names   []string `json:"names"`
	Watch   bool     `json:"watch,omitempty"`
	Limit   int64    `json:"limit,omitempty"`
	Timeout *int64   `json:"timeout,omitempty"`
	Mode    Mode     `json:"mode,omitempty"`
	Inner   Inner    `json:"inner,omitempty"`
	Ratio   float64  `json:"ratio,omitempty"`
	NoJSON  string
	// +k8s:conversion-gen=false
	Skipped string `json:"skipped,omitempty"`
}
