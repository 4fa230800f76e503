// +k8s:deepcopy-gen=package // generate everything
// ^ want :4 `unsupported value "package // generate everything"`

// Package trailingcomment puts a comment after a tag, which upstream reads
// as part of the value.
package trailingcomment
