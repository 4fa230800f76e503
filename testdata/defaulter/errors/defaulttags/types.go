package defaulttags

// Quoted has a default whose type comment does not parse.
// +default=ref("Quoted")
// ^ want :4 `\+default: "ref\(\\"Quoted\\"\)" is not a reference: write ref\(Name\) or ref\(<import/path>.Name\), without quotes`
type Quoted string

// T has defaults that do not parse.
type T struct {
	TypeMeta int
	// +default=ref("Name")
	// ^ want :5 `is not a reference: write ref\(Name\)`
	Ref string
	// +default="a`b"
	// ^ want :5 `\+default: .* contains a backquote, which the generated code cannot hold; escape it as \\u0060`
	Backquote string
	// +default="a"
	// +default="b"
	// ^ want :5 `\+default is given more than once; keep one`
	Twice  string
	Quoted *Quoted
}
