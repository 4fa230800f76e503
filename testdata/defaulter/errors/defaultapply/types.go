package defaultapply

// Inner is a struct.
type Inner struct {
	Size int
}

// T has defaults that parse but cannot be applied.
type T struct {
	TypeMeta int
	// +default={"size": 1}
	// ^ want :5 `\+default on a Inner value cannot be applied: defaulter-gen would compare it with nil, and a struct is never nil; make the field a pointer \(\*Inner\)`
	Inner Inner
	// +default=[1]
	// ^ want :5 `\+default on a \[1\]int value cannot be applied: .* an array is never nil; make the field a pointer`
	Array [1]int
	// +default=1
	// ^ want :5 `a \+default on a complex128 is not supported \(defaulter-gen knows the zero values of bool, string and the integer and float types\)`
	Complex complex128
	// +default=2
	// ^ want :5 `a \+default on a uintptr is not supported`
	Address uintptr
	// +default=ref(example.com/nowhere.Value)
	// ^ want :5 `\+default=ref\(example.com/nowhere.Value\): cannot load package example.com/nowhere`
	Nowhere string
}
