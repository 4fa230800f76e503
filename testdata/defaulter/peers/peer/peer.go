// Package peer holds a type and its defaulter.
package peer

// Source is defaulted by SetDefaults_Source.
type Source struct {
	Path string
}

// SetDefaults_Source defaults a source's path.
func SetDefaults_Source(obj *Source) {
	if obj.Path == "" {
		obj.Path = "/data"
	}
}
