// Package v1 has broken +default tags, which upstream stops at with a
// klog fatal message and no position, and which no tag check sees: v1 is
// not an input package.
package v1

// Quoted has a type default that does not parse.
// +default=ref("Quoted")
// ^ want :4 `\+default: "ref\(\\"Quoted\\"\)" is not a reference`
type Quoted string

// T has broken defaults.
type T struct {
	TypeMeta int
	// +default=fast
	// ^ want :5 `\+default: fast is not JSON: a string needs double quotes: write \+default="fast"`
	Name string
	// +default="a"
	// +default="b"
	// ^ want :5 `\+default is given more than once; keep one`
	Twice  string
	Quoted *Quoted
}
