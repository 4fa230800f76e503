package functags

// T is defaulted.
type T struct {
	TypeMeta int
	Name     string
}

// SetDefaults_T has a value other than covers.
// +k8s:defaulter-gen=true
// ^ want :4 `\+k8s:defaulter-gen=true: on a function the only value is "covers"`
func SetDefaults_T(obj *T) {}

// Helper is no SetDefaults_ function.
// +k8s:defaulter-gen=covers
// ^ want :4 `\+k8s:defaulter-gen=covers belongs on a SetDefaults_<Type> function; Helper is not one`
func Helper(obj *T) {}

// Other has a field tag.
// +default="x"
// ^ want :4 `\+default is not allowed on a function; it belongs on a type or field`
func Other() {}
