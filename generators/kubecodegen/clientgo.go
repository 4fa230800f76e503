package kubecodegen

import (
	"slices"

	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/kit/gomod"
)

// checkClientGo stops a run that would generate a client, before loading
// anything, when the output module requires a k8s.io/client-go older than
// the client code needs (client-gen's minimum, the highest of the client
// generators').
func (o *options) checkClientGo(sub string, pkgs []apiPackage) error {
	if sub != "client" && sub != "all" {
		return nil
	}
	if !slices.ContainsFunc(pkgs, func(p apiPackage) bool { return p.carries(clientRequest()) }) {
		return nil
	}
	return gomod.Check(o.outDir, Name+" "+sub, client.ClientGoUses, gomod.Kube(client.ClientGoMinimum)...)
}
