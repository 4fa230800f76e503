package generics

// Box is generic; its fields do not depend on T.
type Box[T any] struct {
	Labels map[string]string
	Count  int
}

// Plain is an ordinary struct next to the generic one.
type Plain struct {
	Items []string
}
