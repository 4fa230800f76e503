package v1

// Widget is a struct.
type Widget struct {
	Name string `json:"name"`
}
