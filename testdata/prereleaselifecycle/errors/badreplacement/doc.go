// +k8s:prerelease-lifecycle-gen=true

// Package badreplacement names replacements that are not group,version,kind.
package badreplacement
