// +k8s:prerelease-lifecycle-gen=true

// Package misplaced writes lifecycle tags where they are not read.
package misplaced
