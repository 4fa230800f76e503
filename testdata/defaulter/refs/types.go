package refs

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Policy is a string type.
type Policy string

// DefaultPolicy is the local default.
const DefaultPolicy Policy = "Always"

// DefaultReplicas is a variable default.
var DefaultReplicas int32 = 2

// Deployment references constants here and in another package.
type Deployment struct {
	metav1.TypeMeta `json:",inline"`

	// +default=ref(DefaultPolicy)
	Policy Policy
	// +default=ref(DefaultReplicas)
	Replicas *int32
	// +default=ref(github.com/gengokit/gengokit/testdata/defaulter/refs/consts.Region)
	Region string
	// +default=ref(github.com/gengokit/gengokit/testdata/defaulter/refs/consts.Timeout)
	Timeout int64
}
