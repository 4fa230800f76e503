// Package crosspkg is the hub of case crosspkg.
package crosspkg

// Shared is converted by hand in v1.
type Shared struct {
	Value string
}

// Foo uses Shared.
type Foo struct {
	S    Shared
	List []Shared
}
