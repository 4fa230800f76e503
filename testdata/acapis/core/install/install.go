// Package install is a Kubernetes-style install package beside the group's
// versions: no types, no +groupName. Given to applyconfiguration-gen (as
// ./... does), it must not be taken for a version of the group.
package install

import (
	"k8s.io/apimachinery/pkg/runtime"

	v1 "github.com/gengokit/gengokit/testdata/acapis/core/v1"
)

// Install adds the group's versions to scheme.
func Install(scheme *runtime.Scheme) { _ = scheme; _ = v1.Box{} }
