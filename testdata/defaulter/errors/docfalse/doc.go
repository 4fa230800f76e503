// +k8s:defaulter-gen=false
// ^ want :4 `\+k8s:defaulter-gen=false turns defaulter-gen off but the package also names fields \[TypeMeta\]; keep one or the other`
// +k8s:defaulter-gen=TypeMeta

// Package docfalse is an error case.
package docfalse
