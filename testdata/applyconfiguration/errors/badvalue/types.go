package badvalue

// Widget is a struct.
type Widget struct {
	Name string `json:"name"`
}
