package structs

// Flat is assignable: copied by assignment wherever it appears.
type Flat struct {
	A int
	B string
}

// Deep is not assignable.
type Deep struct {
	Items []string
}

// Base is embedded in Outer.
type Base struct {
	ID    string
	Notes []string
}

// Outer embeds structs and has nested and anonymous struct fields.
type Outer struct {
	Base
	Flat
	*Deep
	Nested    Deep
	FlatField Flat
	Anonymous struct {
		X int
		Y string
	}
	Empty struct{}
}
