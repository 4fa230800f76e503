package literals

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Mode is a string type.
type Mode string

// Settings holds every kind of literal default.
type Settings struct {
	metav1.TypeMeta `json:",inline"`

	// +default="fast"
	Name string
	// +default=8080
	Port int32
	// +default=true
	Enabled bool
	// +default=0.5
	Ratio float64
	// +default="auto"
	Mode Mode
	// +default="ptr"
	NamePtr *string
	// +default=0
	ZeroPtr *int
	// +default=0
	Zero int
	// +default=""
	Empty string
	// +default=["a", "b"]
	Tags []string
	// +default={"k": "v"}
	Labels map[string]string
	// +default={"size": 2}
	Sub *Sub
}

// Sub is unmarshalled from JSON.
type Sub struct {
	Size int `json:"size"`
}
