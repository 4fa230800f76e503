// Package peer defaults twice.T a second time.
package peer

import "github.com/gengokit/gengokit/testdata/defaulter/errors/twice"

// SetDefaults_T defaults a T too.
func SetDefaults_T(obj *twice.T) {} // want :6 `SetDefaults_T is defined twice, here and in github.com/gengokit/gengokit/testdata/defaulter/errors/twice; keep one`
