package cli

import (
	"time"

	"k8s.io/gengo/v2/generator"

	"github.com/gengokit/gengokit/generators/kit/load"
)

// planned is what one generator decided to generate: its targets, the
// problems it found deciding, and how long that took.
type planned struct {
	targets []generator.Target
	err     error
	took    time.Duration
}

// planAll has every invocation decide its targets over its view before any
// code is generated: a generator loads the packages it needs beyond its
// inputs (peers, packages its tags name) while it decides (see
// load.Require), so that the universe the views share no longer changes
// once generation starts.
func planAll(invs []*Invocation, views []*load.Loaded) []planned {
	plans := make([]planned, len(invs))
	for i, inv := range invs {
		start := time.Now()
		plans[i].targets, plans[i].err = inv.Spec.Targets(views[i])
		plans[i].took = time.Since(start)
	}
	return plans
}
