// +k8s:deepcopy-gen=package
// +k8s:fancy-gen=true
// ^ want :4 `unrecognized generator tag \+k8s:fancy-gen \(--lint-rules=known-tags-only\)`

// Package unknowngentag uses a generator tag nobody knows, under the
// known-tags-only lint rule.
package unknowngentag
