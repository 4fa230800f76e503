package shared

// OpenAPIModelName is what a read-only package ships (here written by
// hand, as a dependency's generated file would be).
func (in Shared) OpenAPIModelName() string {
	return "com.example.shared.Shared"
}
