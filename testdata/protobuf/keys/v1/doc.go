// Package v1 has maps with keys that are not strings: under the default
// --drop-gogo-go the plugin refuses them (upstream's rewrite writes
// sort.Int32s, which does not exist), with --drop-gogo-go=false they are
// sorted by gogo's sortkeys package.
// +k8s:protobuf-gen=package
package v1
