package other

// Customer names its model itself.
// +k8s:openapi-model-package=com.example.customers
type Customer struct {
	Name string `json:"name"`
}

// Legacy is named after its Go type.
type Legacy struct {
	Name string `json:"name"`
}

// Hand has a hand-written OpenAPIModelName method.
type Hand struct {
	Name string `json:"name"`
}

// OpenAPIModelName is written by hand.
func (Hand) OpenAPIModelName() string { return "com.example.hand.Hand" }
