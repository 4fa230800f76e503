// Package v1 is group same.example.com, version v1, too: ForKind could not
// tell the two apart.
//
// +groupName=same.example.com
// ^ want :4 `packages .*/a/v1 and .*/b/v1 are both group "same.example.com" version v1, which ForKind cannot tell apart`
package v1
