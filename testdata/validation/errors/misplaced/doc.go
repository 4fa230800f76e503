// +k8s:validation-gen=*

// Package misplaced is an error case: tags where they cannot apply.
package misplaced
