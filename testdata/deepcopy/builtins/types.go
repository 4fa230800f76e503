package builtins

// Ttype is a named builtin: copied by assignment, never generated for alone.
type Ttype string

// Builtins has one field of each builtin type.
type Builtins struct {
	Byte    byte
	Int     int
	Int8    int8
	Uint    uint
	Int16   int16
	Int32   int32
	Int64   int64
	Uint8   uint8
	Uint16  uint16
	Uint32  uint32
	Uint64  uint64
	Float32 float32
	Float64 float64
	String  string
	Bool    bool
	Uintptr uintptr
	Named   Ttype
}
