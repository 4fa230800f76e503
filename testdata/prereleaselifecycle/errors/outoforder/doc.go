// +k8s:prerelease-lifecycle-gen=true

// Package outoforder writes releases out of order.
package outoforder
