package rootslice

// Leaf has a default.
type Leaf struct {
	// +default="leaf"
	Value string
}

// +k8s:defaulter-gen=true

// Leaves opts a slice type in: its object defaulter would range over a
// pointer to it.
type Leaves []Leaf // want :6 `type Leaves cannot be defaulted by generated code .*: its object defaulter takes a \*Leaves, through which the values inside cannot be reached; drop its \+k8s:defaulter-gen=true and opt in a struct that holds it, or write SetObjectDefaults_Leaves yourself`

// T holds the slice, and is defaulted.
type T struct {
	TypeMeta int
	Leaves   Leaves
}
