package typetags

// +k8s:defaulter-gen=covers
// ^ want :4 `\+k8s:defaulter-gen: "covers" belongs on a SetDefaults_<Type> function, not on the type; on a type write "true" or "false"`

// Covers names a function's value on a type.
type Covers struct {
	Name string
}

// +default="x"
// ^ want :4 `\+default on a type is read only from its doc comment, right above the declaration; move it there`

// Detached has its +default in the block upstream reads +k8s:defaulter-gen from.
type Detached string

// +k8s:defaulter-gen=true
// ^ want :4 `\+k8s:defaulter-gen is given more than once on type Twice; keep one`
// +k8s:defaulter-gen=false
// ^ want :4 `\+k8s:defaulter-gen is given more than once on type Twice; keep one`

// Twice opts in and out.
type Twice struct {
	Name string
}
