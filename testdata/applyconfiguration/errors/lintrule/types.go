package lintrule

// Widget is a struct.
type Widget struct {
	Name string `json:"name"`
}
