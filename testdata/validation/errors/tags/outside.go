package tags

import "k8s.io/apimachinery/pkg/runtime"

// Outside is a type of a package validation-gen does not read.
type Outside = runtime.RawExtension
