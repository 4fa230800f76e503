package features

import "k8s.io/apimachinery/pkg/runtime"

// localSchemeBuilder is what the generated init registers with.
var localSchemeBuilder = runtime.NewSchemeBuilder()

// AddToScheme adds the package's validations to a scheme.
var AddToScheme = localSchemeBuilder.AddToScheme
