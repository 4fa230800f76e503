// +k8s:prerelease-lifecycle-gen=true

// Package missingintroduced has an API type without its introduction.
package missingintroduced
