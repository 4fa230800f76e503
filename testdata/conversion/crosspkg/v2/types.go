package v2

import v1 "github.com/gengokit/gengokit/testdata/conversion/crosspkg/v1"

// Foo uses v1's Shared.
type Foo struct {
	S    v1.Shared
	List []v1.Shared
}
