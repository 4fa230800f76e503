// Package install puts every version of the networking.example.com API
// group into a scheme: the internal version, v1alpha1 and v1, with v1
// preferred, so that objects convert between the served versions through
// the internal one.
package install

import (
	"k8s.io/apimachinery/pkg/runtime"
	utilruntime "k8s.io/apimachinery/pkg/util/runtime"

	"github.com/gengokit/gengokit/examples/network/pkg/apis/networking"
	v1 "github.com/gengokit/gengokit/examples/network/pkg/apis/networking/v1"
	"github.com/gengokit/gengokit/examples/network/pkg/apis/networking/v1alpha1"
)

// Install registers the group's versions, their conversions and defaults
// into scheme.
func Install(scheme *runtime.Scheme) {
	utilruntime.Must(networking.AddToScheme(scheme))
	utilruntime.Must(v1alpha1.AddToScheme(scheme))
	utilruntime.Must(v1.AddToScheme(scheme))
	utilruntime.Must(scheme.SetVersionPriority(v1.SchemeGroupVersion, v1alpha1.SchemeGroupVersion))
}
