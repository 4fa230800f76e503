// Package v1 names a group that is no DNS subdomain.
//
// +groupName=Widgets Example.com
// ^ want :4 `\+groupName: "Widgets Example.com" is not a DNS subdomain, which an API group must be: lower-case letters, digits, '-' and '.'.*\(e.g. widgets.example.com; \+groupName= with no value is the core group\)`
package v1
