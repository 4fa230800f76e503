// +k8s:prerelease-lifecycle-gen=true

// Package badversion writes releases that are not <major>.<minor>.
package badversion
