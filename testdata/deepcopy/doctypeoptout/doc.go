// +k8s:deepcopy-gen=package

// Package doctypeoptout declares, in doc.go, a type that opts out. Upstream
// exits here (it reads the type's +k8s:deepcopy-gen=false as a second
// package tag); gengokit reads the type's tags as the type's.
package doctypeoptout

// Kept is declared in doc.go and gets methods.
type Kept struct {
	Names []string
}

// +k8s:deepcopy-gen=false

// Skipped is declared in doc.go and opts out.
type Skipped struct {
	Names []string
}
