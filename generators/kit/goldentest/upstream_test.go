//go:build compat

package goldentest_test

import (
	"testing"
	"time"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// upstreamSuites are the golden cases of every generator, each with the
// binary of upstream that must write them, with the flags our golden
// tests use (goldentest's Goldens, TreeCase and OpenAPICaseArgs).
func upstreamSuites() []goldentest.Suite {
	return []goldentest.Suite{
		goldentest.InPlaceSuite("deepcopy", "deepcopy-gen", "zz_generated.deepcopy.go", false),
		goldentest.InPlaceSuite("defaulter", "defaulter-gen", "zz_generated.defaults.go", false),
		goldentest.InPlaceSuite("conversion", "conversion-gen", "zz_generated.conversion.go", true),
		goldentest.InPlaceSuite("register", "register-gen", "zz_generated.register.go", true),
		goldentest.InPlaceSuite("prereleaselifecycle", "prerelease-lifecycle-gen", "zz_generated.prerelease-lifecycle.go", false),
		goldentest.InPlaceSuite("validation", "validation-gen", "zz_generated.validations.go", false),
		goldentest.TreeSuite("lister", "lister-gen"),
		goldentest.TreeSuite("informer", "informer-gen"),
		goldentest.TreeSuite("client", "client-gen"),
		goldentest.TreeSuite("applyconfiguration", "applyconfiguration-gen"),
		goldentest.OpenAPISuite(),
	}
}

// knownDifferences are the golden cases whose output is not upstream's,
// by generator and case name, each with the deliberate difference of
// README's "Deliberate differences from upstream" it shows.
func knownDifferences() map[string]map[string]goldentest.Known {
	return map[string]map[string]goldentest.Known{
		"validation": {
			"basic": {
				Reason: "README, deliberate differences: ObjectMeta's validation is called where apimachinery generates it " +
					"(meta/v1/validation); upstream calls metav1.Validate_ObjectMeta, which does not exist",
				Shows: "v1.Validate_ObjectMeta(",
			},
			"crd": {
				Reason: "README, deliberate differences: metav1.Condition's custom validation is found in meta/v1/validation; " +
					"upstream stops (kubernetes#141765)",
				Shows: "ValidateCustom_Condition_LastTransitionTime was not found",
			},
		},
		"deepcopy": {
			"doctypeoptout": {
				Reason: "README, deliberate differences: a type declared in doc.go may carry +k8s:deepcopy-gen=false; " +
					"gengokit reads it as the type's tag, upstream also counts it as a second package tag and exits",
				Shows: `+k8s:deepcopy-gen: cannot mix "false" with other values; got [package false]`,
			},
		},
	}
}

// TestGoldensMatchUpstream builds upstream's binaries (code-generator
// v0.37.2's, and the openapi-gen it requires) from the module proxy, once,
// runs each over every golden case of its generator in a copy of the
// repository, with the command lines of our golden tests, and requires
// the committed goldens byte for byte, but for the known differences.
// Error cases, where we refuse input, are not run: README lists what we
// refuse that upstream accepts.
func TestGoldensMatchUpstream(t *testing.T) {
	root := goldentest.Root(t)
	start := time.Now()
	var commands []string
	for _, s := range upstreamSuites() {
		commands = append(commands, s.Command)
	}
	bins := goldentest.InstallUpstreams(t, commands...)
	t.Logf("upstream's binaries built in %v", time.Since(start).Round(time.Second))
	known := knownDifferences()
	for _, s := range upstreamSuites() {
		delete(known, s.Name)
	}
	for name := range known {
		t.Errorf("known differences of %s, which is no generator's suite", name)
	}
	known = knownDifferences()
	for _, s := range upstreamSuites() {
		t.Run(s.Name, func(t *testing.T) {
			t.Parallel()
			goldentest.CheckUpstream(t, root, bins[s.Command], s, known[s.Name])
		})
	}
}
