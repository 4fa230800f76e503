package load

import (
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
)

// The one way a generator adds packages to the universe beyond its
// inputs: the peers whose hand-written functions it considers
// (conversion-gen, defaulter-gen) and the packages its tags name
// (+k8s:conversion-gen:explicit-from, +k8s:deepcopy-gen:interfaces,
// +default=ref(...), +genclient:method's input= and result=). A generator
// asks for them while it plans its targets, before any code of the run is
// generated (cli.GenerateSteps plans every generator of a run first), so
// that the universe no longer changes once generation starts.

// Require loads the packages at paths (import paths or patterns) into c's
// universe, in one go; those already loaded stay as they are. An error
// is the loader's (see Describe).
func Require(c *generator.Context, paths ...string) error {
	if len(paths) == 0 {
		return nil
	}
	_, err := c.LoadPackages(paths...)
	return err
}

// Peers returns the import paths of the packages dirs match (import paths
// or patterns), as the go command finds them; none for no dirs.
func Peers(c *generator.Context, dirs []string) ([]string, error) {
	if len(dirs) == 0 {
		return nil, nil
	}
	return c.FindPackages(dirs...)
}

// AddPeers loads the packages at paths (see Require) and orders c's
// universe again by public names, as upstream's conversion-gen and
// defaulter-gen do after loading their peers: the peers' types are then
// among those the generator visits.
func AddPeers(c *generator.Context, paths []string) error {
	if err := Require(c, paths...); err != nil {
		return err
	}
	orderer := namer.Orderer{Namer: namer.NewPublicNamer(1)}
	c.Order = orderer.OrderUniverse(c.Universe)
	return nil
}
