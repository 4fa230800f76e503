package v1

import "github.com/gengokit/gengokit/testdata/openapi/readonly/api/shared"

// Thing refers to a type of a read-only package.
type Thing struct {
	Shared shared.Shared `json:"shared"`
}
