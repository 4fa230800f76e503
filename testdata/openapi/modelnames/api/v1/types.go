package v1

import other "github.com/gengokit/gengokit/testdata/openapi/modelnames/api/other"

// Order is an order.
type Order struct {
	// Items are the order's lines.
	// +listType=atomic
	Items []Line `json:"items,omitempty"`
	// Customer is named by its own model package.
	Customer other.Customer `json:"customer"`
	// Legacy has no model name.
	Legacy other.Legacy `json:"legacy"`
	// Hand has a hand-written model name.
	Hand other.Hand `json:"hand"`
}

// Line is one line.
type Line struct {
	SKU string `json:"sku"`
}

// Renamed has a model package of its own.
// +k8s:openapi-model-package=com.example.renamed
type Renamed struct {
	Value string `json:"value"`
}

// Name is not a struct: no model name.
type Name string
