// Package legacy is a version named by +versionName, not by the package.
//
// +groupName=kits.example.com
// +versionName=v2
package legacy
