package badsignature

// T has a defaulter of the wrong form.
type T struct {
	TypeMeta int
}

// SetDefaults_T takes a value, not a pointer.
func SetDefaults_T(obj T) {} // want :6 `SetDefaults_T looks like a defaulter but is not of the form func\(\*T\)`

// SetDefaults_U takes a *T.
func SetDefaults_U(obj *T) {} // want :6 `SetDefaults_U takes \*T, so defaulter-gen would ignore it`
