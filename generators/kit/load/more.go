package load

import (
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/parser"
	"k8s.io/gengo/v2/types"
)

// The one way a generator adds packages to the universe beyond its
// inputs: the peers whose hand-written functions it considers
// (conversion-gen, defaulter-gen) and the packages its tags name
// (+k8s:conversion-gen:explicit-from, +k8s:deepcopy-gen:interfaces,
// +default=ref(...), +genclient:method's input= and result=). A generator
// asks for them while it plans its targets, before any code of the run is
// generated (cli.GenerateSteps plans every generator of a run first), so
// that the universe no longer changes once generation starts.

// Require loads the packages at paths (import paths or patterns) into the
// universe the view shares, in one go; those already loaded stay as they
// are. An error is the loader's (see Describe).
func (l *Loaded) Require(paths ...string) error {
	if len(paths) == 0 {
		return nil
	}
	if l.universe == nil || l.universe.fast == nil {
		_, err := l.Context.LoadPackages(paths...)
		return err
	}
	found, ok := l.universe.fast.listed(paths)
	if !ok {
		var err error
		if found, err = l.Context.FindPackages(paths...); err != nil {
			return err
		}
	}
	if l.universe.fast.load(found) {
		return nil
	}
	// What the fast loader cannot read, gengo's parser reads (and reports
	// on) into the same universe.
	p := parser.NewWithOptions(parser.Options{BuildTags: l.universe.fast.buildTags})
	_, err := p.LoadPackagesTo(&l.Context.Universe, paths...)
	return err
}

// Peers returns the import paths of the packages dirs match (import paths
// or patterns), as the go command finds them; none for no dirs.
func (l *Loaded) Peers(dirs []string) ([]string, error) {
	if len(dirs) == 0 {
		return nil, nil
	}
	if l.universe != nil && l.universe.fast != nil {
		if found, ok := l.universe.fast.listed(dirs); ok {
			return found, nil
		}
	}
	return l.Context.FindPackages(dirs...)
}

// AddPeers loads the packages at paths (see Require) and orders the view's
// universe again by public names, as upstream's conversion-gen and
// defaulter-gen do after loading their peers: the peers' types are then
// among those the generator visits.
func (l *Loaded) AddPeers(paths []string) error {
	if err := l.Require(paths...); err != nil {
		return err
	}
	orderer := namer.Orderer{Namer: namer.NewPublicNamer(1)}
	l.Context.Order = orderer.OrderUniverse(l.Context.Universe)
	return nil
}

// Document gives named types of packages no generator of the view asked
// to read their doc comments, and the comment block above each, as the
// types of the packages read for a generator have them: a generator that
// describes types of any package (a CRD's schema reaches into core/v1)
// needs no more. The comments come from the types' files, without loading
// their packages as Require does. False when the loader cannot (gengo's
// parser read the packages): Require them then.
func (l *Loaded) Document(ts ...*types.Type) bool {
	if l.universe == nil || l.universe.fast == nil {
		return false
	}
	l.universe.fast.document(ts)
	return true
}
