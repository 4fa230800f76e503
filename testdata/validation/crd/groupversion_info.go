package crd

import "k8s.io/apimachinery/pkg/runtime"

// SchemeBuilder registers the package's kinds, as a kubebuilder
// package's groupversion_info.go declares it (there with
// controller-runtime's builder): no localSchemeBuilder.
var SchemeBuilder = runtime.NewSchemeBuilder()

// AddToScheme adds the package's kinds to a scheme.
var AddToScheme = SchemeBuilder.AddToScheme
