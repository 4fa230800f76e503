package applyconfiguration

import (
	"k8s.io/gengo/v2/namer"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// activationTag is the package tag that turns the generator off with
// "=false".
const activationTag = "k8s:applyconfiguration-gen"

// Registry declares the tags applyconfiguration-gen reads.
func Registry() *tags.Registry { return apigroup.Registry(Name, activationTag) }

// NameSystems returns applyconfiguration-gen's name systems: public
// ("Deployment"), private ("deployment") and raw.
func NameSystems() namer.NameSystems {
	return namer.NameSystems{
		"public":  namer.NewPublicNamer(0),
		"private": namer.NewPrivateNamer(0),
		"raw":     namer.NewRawNamer("", nil),
	}
}
