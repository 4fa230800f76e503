package misplacedoptin

// T opts in from its doc comment, which upstream does not read.
// +k8s:defaulter-gen=true
// ^ want :4 `read only from a comment block separated`
type T struct {
	// +default="x"
	Name string
}
