//go:build compat

package conversion_test

import (
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// sweepModules are the Kubernetes modules in the module cache that ship
// zz_generated.conversion.go files (but the four whose hack/update-codegen.sh
// TestSweepKubeCodegen runs through kube_codegen.sh: apiextensions-apiserver,
// kube-aggregator, metrics and sample-apiserver), with whether their packages use
// k8s.io/api/core/v1 as a peer (Kubernetes' update-codegen.sh passes it
// as --extra-peer-dirs; kube_codegen.sh passes none) and the peers that
// stand in for the other modules' packages Kubernetes' single run has as
// inputs.
var sweepModules = []struct {
	module   string
	corePeer bool
	extra    []string
}{
	{"k8s.io/apiserver", true, nil}, {"k8s.io/client-go", true, nil},
	{"k8s.io/cloud-provider", true, nil}, {"k8s.io/component-base", true, nil}, {"k8s.io/component-helpers", true, nil},
	{"k8s.io/controller-manager", true, []string{"k8s.io/component-base/config/v1alpha1"}}, {"k8s.io/dynamic-resource-allocation", true, nil},
	{"k8s.io/kubectl", true, nil}, {"k8s.io/kubelet", true, nil}, {"k8s.io/pod-security-admission", true, nil},
}

// TestSweepConversion regenerates every zz_generated.conversion.go of the
// modules above (one run per module, over the packages that ship one) and
// requires that our conversion-gen exits 0 and gives back every file byte
// for byte: none of our errors fires where upstream wrote compiling code.
// It takes about two minutes, so it is part of make compat (build tag
// compat), as the kit's sweeps.
func TestSweepConversion(t *testing.T) {
	root := goldentest.Root(t)
	bin := goldentest.Build(t, root, "./cmd/conversion-gen")
	total, same := 0, 0
	for _, m := range sweepModules {
		t.Run(path.Base(m.module), func(t *testing.T) {
			mod := goldentest.CopyModule(t, m.module, "v0.37.2")
			isOutput := func(rel string, data []byte) bool {
				return path.Base(rel) == "zz_generated.conversion.go" && goldentest.GeneratedBy("conversion-gen", data)
			}
			want := goldentest.TakeFiles(t, mod, isOutput)
			args := []string{"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"), "--output-file", "zz_generated.conversion.go"}
			extra := m.extra
			if m.corePeer {
				extra = append([]string{"k8s.io/api/core/v1"}, extra...)
			}
			if len(extra) > 0 {
				args = append(args, "--extra-peer-dirs", strings.Join(extra, ","))
			}
			var dirs []string
			for rel := range want {
				dirs = append(dirs, "./"+path.Dir(rel))
			}
			sort.Strings(dirs)
			if out, err := goldentest.RunIn(mod, bin, append(args, dirs...)...); err != nil {
				t.Fatalf("conversion-gen: %v\n%s", err, strings.TrimSpace(out))
			}
			n := goldentest.CompareOutputs(t, mod, want, isOutput)
			total, same = total+len(want), same+n
		})
	}
	t.Logf("sweep: %d/%d files identical", same, total)
}
