package gomod

import (
	"strings"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// Release is the version of the Kubernetes modules whose code generators
// ours reproduce (k8s.io/code-generator v0.37.2): the version the go get
// of a failed check names.
const Release = "v0.37.2"

// Minimum is the lowest version of a module that generated code builds
// against.
type Minimum struct {
	// Path is the module, e.g. "k8s.io/client-go".
	Path string
	// Version is the lowest version, e.g. "v0.37.0".
	Version string
}

// Kube returns the minimums of k8s.io/client-go and k8s.io/apimachinery
// for generated code that needs version of client-go: Kubernetes releases
// them together, and a build mixing two minor versions fails.
func Kube(version string) []Minimum {
	return []Minimum{{"k8s.io/client-go", version}, {"k8s.io/apimachinery", version}}
}

// Check returns an error when the module governing dir, where generator
// writes code that needs what uses describes, requires a module of mins
// at a lower version: at the go.mod line, naming the minimum and the
// `go get` that fixes it. It checks nothing without a go.mod, nor for a
// module that is not required (go mod tidy adds a current one), that is
// replaced by a directory, or that is required at a pseudo-version (a fork
// or a commit between releases) or at the placeholder v0.0.0.
func Check(dir, generator, uses string, mins ...Minimum) error {
	m, err := Find(dir)
	if err != nil || m == nil {
		return nil // no go.mod, or one the go command will complain of
	}
	errs := &diag.List{}
	for _, min := range mins {
		r, ok, err := m.Selected(min.Path)
		if err != nil || !ok || r.LocalDir != "" || recentEnough(r.Version, min.Version) {
			continue
		}
		errs.Addf(r.Pos, "%s %s is too old for the code %s generates, which needs %s or later (it uses %s); run `go get %s` in %s, then generate again",
			min.Path, r.Version, generator, min.Version, uses, fix(mins), m.Dir)
	}
	return errs.Err()
}

// recentEnough reports whether version passes the check against min: it
// is min or later, or a pseudo-version, whose commit may have what min has,
// or v0.0.0, the placeholder a go.work or replace elsewhere fills (as in
// Kubernetes' staging modules).
func recentEnough(version, min string) bool {
	if !semver.IsValid(version) || module.IsPseudoVersion(version) || version == "v0.0.0" {
		return true
	}
	return semver.Compare(version, min) >= 0
}

// fix returns the arguments of the go get that brings every module of mins
// to Release.
func fix(mins []Minimum) string {
	args := make([]string, len(mins))
	for i, min := range mins {
		args[i] = min.Path + "@" + Release
	}
	return strings.Join(args, " ")
}
