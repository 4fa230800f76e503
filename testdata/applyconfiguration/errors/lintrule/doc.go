// Package lintrule uses a generator tag no generator knows, which
// --lint-rules=known-tags-only refuses.
//
// +k8s:frobnicate-gen=true
// ^ want :4 `unrecognized generator tag \+k8s:frobnicate-gen \(--lint-rules=known-tags-only\)`
package lintrule
