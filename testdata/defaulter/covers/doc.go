// +k8s:defaulter-gen=TypeMeta

// Package covers has a SetDefaults_ that calls the nested defaulters itself.
package covers
