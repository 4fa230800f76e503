// Package install registers the example.com API group, internal version
// and v1, in a scheme: what an internal clientset's scheme imports.
package install

import (
	"k8s.io/apimachinery/pkg/runtime"
	utilruntime "k8s.io/apimachinery/pkg/util/runtime"

	"github.com/gengokit/gengokit/testdata/apis/example"
	v1 "github.com/gengokit/gengokit/testdata/apis/example/v1"
)

// Install registers the group's versions in scheme.
func Install(scheme *runtime.Scheme) {
	utilruntime.Must(example.AddToScheme(scheme))
	utilruntime.Must(v1.AddToScheme(scheme))
}
