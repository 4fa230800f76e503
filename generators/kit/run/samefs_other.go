//go:build !unix

package run

// canStageIn reports false: without a way to tell file systems apart, each
// file is staged beside its output.
func canStageIn(root, dir string) bool { return false }
