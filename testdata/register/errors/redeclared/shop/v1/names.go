package v1

import "k8s.io/apimachinery/pkg/runtime/schema"

const GroupName = "shop.example.com" // want :7 `GroupName is declared here, and register-gen declares it too in zz_generated.register.go`

// Resource qualifies a resource with the group.
func Resource(resource string) schema.GroupResource { // want :6 `Resource is declared here`
	return schema.GroupResource{Group: GroupName, Resource: resource}
}

var (
	_, AddToScheme = 1, 2 // want :5 `AddToScheme is declared here.*or keep your own registration in a file named register.go`
)
