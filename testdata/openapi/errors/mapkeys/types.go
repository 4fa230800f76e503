package v1

// Counts is keyed by numbers.
type Counts struct {
	ByID map[int]string `json:"byID"` // want `field ByID is a map with int keys; OpenAPI maps have string keys`
}

// Pipe has a channel.
type Pipe struct {
	C chan int `json:"c"` // want `field C has type chan int \(a Chan\), which openapi-gen cannot describe`
}
