package apigroup

import (
	"fmt"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/tags"
)

// maxGroupName is the longest DNS subdomain, and so the longest group.
const maxGroupName = 253

// groupNameValue reads a +groupName value: "" (the legacy core group) or
// a DNS-1123 subdomain, as the API server requires of a group. Anything
// else is an error saying what a group looks like.
func groupNameValue(_ tags.Scope, value string) (string, error) {
	if value == "" || isSubdomain(value) {
		return value, nil
	}
	return value, fmt.Errorf("%q is not a DNS subdomain, which an API group must be: lower-case letters, digits, '-' and '.', each dot-separated label starting and ending with a letter or digit, at most %d characters (e.g. widgets.example.com; +groupName= with no value is the core group)",
		value, maxGroupName)
}

// isSubdomain reports whether s is a DNS-1123 subdomain: dot-separated
// labels of lower-case letters, digits and '-', each starting and ending
// with a letter or digit, at most maxGroupName characters in all.
func isSubdomain(s string) bool {
	if len(s) > maxGroupName {
		return false
	}
	for _, label := range strings.Split(s, ".") {
		if !isLabel(label) {
			return false
		}
	}
	return true
}

// isLabel reports whether label is one label of a DNS-1123 subdomain.
func isLabel(label string) bool {
	if label == "" || label[0] == '-' || label[len(label)-1] == '-' {
		return false
	}
	for _, c := range label {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
