package goldentest

import (
	"path/filepath"
	"strings"
)

// The open compat cases of shared/COMPAT.md, defined once: each
// generator's compat test and benchmark, and the one-load test that runs
// all five over one parse, take their arguments from here. root is the
// repository's root (Root), mod the root of the module copy.

// APIDeepcopyArgs returns deepcopy-gen's arguments of case api-deepcopy
// for the given packages (KubeAPIVersions as "./<v>" inside a copy of
// k8s.io/api, or KubeAPIPackages from anywhere).
func APIDeepcopyArgs(root string, packages []string) []string {
	args := []string{"-v", "1", "--go-header-file", header(root),
		"--output-file", "zz_generated.deepcopy.go", "--lint-rules=known-tags-only,require-explicit-disablement"}
	return append(args, packages...)
}

// ClientGoListers is case clientgo-listers: the 201 listers of
// k8s.io/client-go v0.37.2.
func ClientGoListers(root string) Case {
	return Case{
		Module: "k8s.io/client-go", Version: "v0.37.2",
		Command: "./cmd/lister-gen", Generator: "lister-gen", Dir: "listers", Files: 201,
		Args: func(mod string) []string {
			return append([]string{"-v", "1", "--go-header-file", header(root),
				"--output-dir", filepath.Join(mod, "listers"), "--output-pkg", "k8s.io/client-go/listers",
				"--plural-exceptions", "Endpoints:Endpoints"}, KubeAPIPackages()...)
		},
	}
}

// ClientGoInformers is case clientgo-informers: the 221 informer files of
// k8s.io/client-go v0.37.2.
func ClientGoInformers(root string) Case {
	return Case{
		Module: "k8s.io/client-go", Version: "v0.37.2",
		Command: "./cmd/informer-gen", Generator: "informer-gen", Dir: "informers", Files: 221,
		Args: func(mod string) []string {
			return append([]string{"-v", "1", "--go-header-file", header(root),
				"--output-dir", filepath.Join(mod, "informers"), "--output-pkg", "k8s.io/client-go/informers",
				"--single-directory", "--versioned-clientset-package", "k8s.io/client-go/kubernetes",
				"--listers-package", "k8s.io/client-go/listers",
				"--plural-exceptions", "Endpoints:Endpoints"}, KubeAPIPackages()...)
		},
	}
}

// ClientGoClientset is case clientgo-clientset: the 605 clientset files of
// k8s.io/client-go v0.37.2 (typed clients, fakes, scheme).
func ClientGoClientset(root string) Case {
	return Case{
		Module: "k8s.io/client-go", Version: "v0.37.2",
		Command: "./cmd/client-gen", Generator: "client-gen", Dir: "kubernetes", Files: 605,
		Args: func(mod string) []string {
			args := []string{"-v", "1", "--go-header-file", header(root), "--output-dir", mod, "--output-pkg=k8s.io/client-go",
				"--clientset-name=kubernetes", "--input-base=k8s.io/api", "--plural-exceptions", "Endpoints:Endpoints",
				"--apply-configuration-package", "k8s.io/client-go/applyconfigurations", "--prefers-protobuf"}
			for _, in := range clientGoInputs() {
				args = append(args, "--input", in)
			}
			return args
		},
	}
}

// ClientGoApplyConfigurations is case clientgo-applyconfigurations: the
// 954 apply configuration files of k8s.io/client-go v0.37.2
// (internal/internal.go, with its schema, included).
func ClientGoApplyConfigurations(root string) Case {
	// The OpenAPI document of Kubernetes v1.37.2, a copy of
	// shared/compat/kubernetes-v1.37.2.json.
	schema := filepath.Join(root, "testdata", "kubernetes-openapi", "kubernetes-v1.37.2.json")
	return Case{
		Module: "k8s.io/client-go", Version: "v0.37.2",
		Command: "./cmd/applyconfiguration-gen", Generator: "applyconfiguration-gen", Dir: "applyconfigurations", Files: 954,
		Args: func(mod string) []string {
			args := []string{"-v", "1", "--openapi-schema", schema, "--go-header-file", header(root),
				"--output-dir", filepath.Join(mod, "applyconfigurations"), "--output-pkg", "k8s.io/client-go/applyconfigurations"}
			return append(append(args, KubeAPIPackages()...), "k8s.io/apimachinery/pkg/apis/meta/v1")
		},
	}
}

// header is the license header the compat cases generate with.
func header(root string) string {
	return filepath.Join(root, "testdata", "boilerplate.go.txt")
}

// clientGoInputs are the group versions client-go's clientset is
// generated for, in the order its update-codegen passes them.
func clientGoInputs() []string {
	return strings.Fields(`core/v1 admissionregistration/v1 admissionregistration/v1alpha1 admissionregistration/v1beta1
apps/v1 apps/v1beta1 apps/v1beta2 authentication/v1 authentication/v1alpha1 authentication/v1beta1
authorization/v1 authorization/v1beta1 autoscaling/v1 autoscaling/v2 batch/v1 batch/v1beta1
certificates/v1 certificates/v1beta1 certificates/v1alpha1 coordination/v1alpha2 coordination/v1beta1
coordination/v1 discovery/v1 discovery/v1beta1 resource/v1 resource/v1beta2 resource/v1beta1
resource/v1alpha3 extensions/v1beta1 events/v1 events/v1beta1 lifecycle/v1alpha1 networking/v1
networking/v1beta1 node/v1 node/v1alpha1 node/v1beta1 policy/v1 policy/v1beta1 rbac/v1 rbac/v1beta1
rbac/v1alpha1 scheduling/v1alpha3 scheduling/v1beta1 scheduling/v1 storage/v1beta1 storage/v1
storage/v1alpha1 flowcontrol/v1 storagemigration/v1 storagemigration/v1beta1 flowcontrol/v1beta1
flowcontrol/v1beta2 flowcontrol/v1beta3 apiserverinternal/v1alpha1`)
}
