package cli_test

import (
	"runtime/debug"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
)

// TestDescribeBuild describes builds as make build in a clone, go install
// @version, a go get -tool through a replace directive, and a build
// without VCS information make them.
func TestDescribeBuild(t *testing.T) {
	const mod = "github.com/gengokit/gengokit"
	vcs := []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: "54bb2c7b110d67b85fcf961790fdc8f2004ebeca"},
		{Key: "vcs.time", Value: "2026-12-05T20:15:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}
	tests := []struct {
		name     string
		main     debug.Module
		settings []debug.BuildSetting
		want     string
	}{
		{"make build in a clone (Go stamps a pseudo-version)", debug.Module{Path: mod, Version: "v0.0.0-20261205201500-54bb2c7b110d+dirty"}, vcs,
			"deepcopy-gen (github.com/gengokit/gengokit) v0.0.0-20261205201500-54bb2c7b110d+dirty (revision 54bb2c7b110d, 2026-12-05T20:15:00Z, modified), go1.26.8"},
		{"devel with a revision", debug.Module{Path: mod, Version: "(devel)"}, vcs[:3],
			"deepcopy-gen (github.com/gengokit/gengokit) devel (revision 54bb2c7b110d, 2026-12-05T20:15:00Z), go1.26.8"},
		{"go install @version", debug.Module{Path: mod, Version: "v0.3.0", Sum: "h1:x"}, nil,
			"deepcopy-gen (github.com/gengokit/gengokit) v0.3.0, go1.26.8"},
		{"go get -tool through a replace by a directory", debug.Module{Path: mod, Version: "v0.0.0-00010101000000-000000000000", Replace: &debug.Module{Path: "../gengokit", Version: "(devel)"}}, nil,
			"deepcopy-gen (github.com/gengokit/gengokit) devel from ../gengokit (a replace directive; no revision recorded), go1.26.8"},
		{"replace by a fork", debug.Module{Path: mod, Version: "v0.3.0", Replace: &debug.Module{Path: "example.com/fork", Version: "v0.3.1"}}, nil,
			"deepcopy-gen (github.com/gengokit/gengokit) v0.3.1 (example.com/fork, by a replace directive), go1.26.8"},
		{"no VCS information", debug.Module{Path: mod, Version: "(devel)"}, []debug.BuildSetting{{Key: "-buildvcs", Value: "false"}},
			"deepcopy-gen (github.com/gengokit/gengokit) devel (no revision recorded: built outside a git checkout, in a git worktree, or with -buildvcs=false), go1.26.8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info := &debug.BuildInfo{GoVersion: "go1.26.8", Path: mod + "/cmd/deepcopy-gen", Main: tt.main, Settings: tt.settings}
			if got := cli.DescribeBuild("deepcopy-gen", info); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}
