package defaultliterals

// Size is a named int32.
type Size int32

// T has defaults that do not make working code.
type T struct {
	TypeMeta int
	// +default="big"
	// ^ want :5 `\+default: "big" is a JSON string, and type int32 needs an integer: write e.g. \+default=0$`
	Big int32
	// +default=true
	// ^ want :5 `\+default: true is a JSON boolean, and type Size \(int32\) needs an integer: write e.g. \+default=0$`
	Named *Size
	// +default={"a": 1}
	// ^ want :5 `\+default: {"a": 1} is an object, and type string needs a JSON string: write e.g. \+default="text"$`
	Object string
	// +default=[true]
	// ^ want :5 `\+default: \[true\] is an array, and type bool needs true or false: write e.g. \+default=true$`
	Array *bool
	// +default=1e39
	// ^ want :5 `\+default: 1e39 is out of the range of type float32: write e.g. \+default=0.5$`
	Float float32
	// +default=9223372036854775808
	// ^ want :5 `\+default: 9223372036854775808 is out of the range of type int64 \(-9223372036854775808 to 9223372036854775807\): write e.g. \+default=0$`
	Max int64
	// +default="a\/b"
	// ^ want :5 `\+default: "a\\/b" is a JSON string that is no Go string literal as written .*: write \+default="a/b"$`
	Slash string
	// +default=[5.0]
	// ^ want :5 `\+default: \[5.0\] has element 0 5.0, which has a fraction or an exponent, and encoding/json decodes type int32 only from a plain integer; the generated code's json.Unmarshal would panic on it$`
	Counts []int32
	// +default={"1x": "a"}
	// ^ want :5 `\+default: {"1x": "a"} has key "1x", which is no int32, the type of the map's keys; the generated code's json.Unmarshal would panic on it$`
	ByCode map[int32]string

	// These compile: a Go constant may have a fraction or an exponent.
	// +default=5.0
	Five int32
	// +default=1e3
	Thousand *int64
	// +default=9223372036854775807
	Top int64
	// +default=3.4e38
	Large float32
	// +default="\u00e9"
	Accent string
	// +default={"7": "a"}
	Codes map[int32]string
}
