//go:build compat

package crd_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// TestGoldensMatchControllerGen runs controller-gen v0.23.0 (built from
// the module proxy into a temporary directory, never a dependency of this
// module) over every golden case and requires its CRDs, byte for byte, to
// be the case's golden files, which TestGolden holds our output to.
func TestGoldensMatchControllerGen(t *testing.T) {
	root := goldentest.Root(t)
	bin := goldentest.InstallUpstream(t, "sigs.k8s.io/controller-tools/cmd/controller-gen@v0.23.0")
	files := 0
	for _, dir := range goldenCases(t, root) {
		rel, _ := filepath.Rel(root, dir)
		out := t.TempDir()
		if msg, err := goldentest.RunIn(root, bin, readCaseOptions(t, dir).controllerGen(), "paths=./"+filepath.ToSlash(rel)+"/...", "output:crd:dir="+out); err != nil {
			t.Fatalf("%s: controller-gen: %v\n%s", rel, err, msg)
		}
		entries, err := os.ReadDir(out)
		if err != nil || len(entries) == 0 {
			t.Fatalf("%s: controller-gen wrote nothing (%v)", rel, err)
		}
		for _, e := range entries {
			got, _ := os.ReadFile(filepath.Join(out, e.Name()))
			goldentest.Compare(t, filepath.Join(dir, wantDir, e.Name()), got, false)
			files++
		}
		if want, _ := os.ReadDir(filepath.Join(dir, wantDir)); len(want) != len(entries) {
			t.Errorf("%s: controller-gen wrote %d CRDs, the case has %d", rel, len(entries), len(want))
		}
	}
	t.Logf("%d CRDs of %d cases identical to controller-gen v0.23.0's", files, len(goldenCases(t, root)))
}

// realProject is an API module that ships CRDs made by controller-gen, and
// the directories of its API packages.
type realProject struct {
	module, version string
	dirs            []string
}

// realProjects are the projects TestCompatRealProjects regenerates.
func realProjects() []realProject {
	return []realProject{
		{"sigs.k8s.io/kueue", "v0.17.0", []string{"apis"}},
		{"sigs.k8s.io/gateway-api", "v1.6.3", []string{"apis", "apisx"}},
		{"github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring", "v0.95.2", []string{"."}},
		{"github.com/cert-manager/cert-manager", "v1.19.2", []string{"pkg/apis"}},
		{"github.com/fluxcd/source-controller/api", "v1.7.0", []string{"."}},
		{"sigs.k8s.io/jobset", "v0.10.1", []string{"api"}},
		{"github.com/kubernetes-csi/external-snapshotter/client/v8", "v8.4.0", []string{"apis"}},
		{"sigs.k8s.io/karpenter", "v1.8.0", []string{"pkg/apis"}},
		{"open-cluster-management.io/api", "v1.1.0", []string{"addon", "cluster", "work"}},
		{"github.com/openkruise/kruise-api", "v1.8.0", []string{"apps", "policy"}},
		{"sigs.k8s.io/security-profiles-operator", "v0.9.0", []string{"api"}},
	}
}

// TestCompatRealProjects runs controller-gen v0.23.0 and kube-codegen crd
// over the API packages of eleven projects from the module proxy (copied
// out of the module cache) and requires the same CRDs, byte for byte; and
// crd-check over them, which must find every CEL rule of these shipped
// CRDs within the API server's budgets (see checkRealProject).
func TestCompatRealProjects(t *testing.T) {
	root := goldentest.Root(t)
	controllerGen := goldentest.InstallUpstream(t, "sigs.k8s.io/controller-tools/cmd/controller-gen@v0.23.0")
	ours := goldentest.Build(t, root, "./cmd/kube-codegen")
	checker := goldentest.Build(t, root, "./cmd/crd-check")
	total := 0
	for _, p := range realProjects() {
		mod := goldentest.CopyModule(t, p.module, p.version)
		checkRealProject(t, checker, mod, p)
		for _, dir := range p.dirs {
			want, got := t.TempDir(), t.TempDir()
			if out, err := goldentest.RunIn(mod, controllerGen, "crd", "paths=./"+dir+"/...", "output:crd:dir="+want); err != nil {
				t.Fatalf("%s %s: controller-gen: %v\n%s", p.module, dir, err, out)
			}
			if out, err := goldentest.RunIn(mod, ours, "crd", "-q", "--crd-output-dir", got, "./"+dir); err != nil {
				t.Fatalf("%s %s: kube-codegen crd: %v\n%s", p.module, dir, err, out)
			}
			same := sameFiles(t, want, got)
			t.Logf("%s@%s %s: %d CRDs identical to controller-gen's", p.module, p.version, dir, same)
			total += same
		}
	}
	t.Logf("%d CRDs of %d projects identical", total, len(realProjects()))
}

// checkRealProject runs crd-check over a project's API packages: the
// only refusal allowed is the approval annotation a *.k8s.io group's CRD
// needs, which gateway-api adds after controller-gen; no CEL rule may be
// reported.
func checkRealProject(t *testing.T, checker, mod string, p realProject) {
	t.Helper()
	out, err := goldentest.RunIn(mod, checker, p.dirs...)
	for _, line := range strings.Split(out, "\n") {
		switch {
		case line == "", strings.HasPrefix(line, "W"), strings.HasPrefix(line, " "), strings.HasPrefix(line, "crd-check: "): // a warning, its continuation, the summary
		case !strings.Contains(line, `protected groups must have approval annotation "api-approved.kubernetes.io"`):
			t.Errorf("%s: crd-check: %s", p.module, line)
		}
	}
	summary := strings.TrimSpace(out[strings.LastIndex(out, "crd-check: "):])
	if err != nil && !strings.Contains(out, "approval annotation") {
		t.Errorf("%s: crd-check: %v\n%s", p.module, err, out)
	}
	t.Logf("%s@%s: %s", p.module, p.version, summary)
}

// sameFiles requires the files of dir got to be those of dir want, byte for
// byte, and returns how many there are.
func sameFiles(t *testing.T, want, got string) int {
	t.Helper()
	wantFiles, _ := os.ReadDir(want)
	gotFiles, _ := os.ReadDir(got)
	if len(wantFiles) == 0 || len(wantFiles) != len(gotFiles) {
		t.Errorf("%d CRDs, controller-gen wrote %d", len(gotFiles), len(wantFiles))
	}
	same := 0
	for _, e := range wantFiles {
		w, _ := os.ReadFile(filepath.Join(want, e.Name()))
		g, err := os.ReadFile(filepath.Join(got, e.Name()))
		if err != nil || !bytes.Equal(w, g) {
			t.Errorf("%s differs from controller-gen's (%v)", e.Name(), err)
			continue
		}
		same++
	}
	return same
}

// TestMaxDescLenMatchesControllerGen cuts the descriptions of every golden
// case to 20 bytes, with controller-gen's crd:maxDescLen=20 and
// kube-codegen crd --crd-max-desc-len 20 (and each case's options, as
// controller-gen's and as kube-codegen's flags), and requires the same
// CRDs.
func TestMaxDescLenMatchesControllerGen(t *testing.T) {
	root := goldentest.Root(t)
	controllerGen := goldentest.InstallUpstream(t, "sigs.k8s.io/controller-tools/cmd/controller-gen@v0.23.0")
	ours := goldentest.Build(t, root, "./cmd/kube-codegen")
	total := 0
	for _, dir := range goldenCases(t, root) {
		rel, _ := filepath.Rel(root, dir)
		want, got := t.TempDir(), t.TempDir()
		opts := readCaseOptions(t, dir)
		if out, err := goldentest.RunIn(root, controllerGen, opts.controllerGen("maxDescLen=20"), "paths=./"+filepath.ToSlash(rel)+"/...", "output:crd:dir="+want); err != nil {
			t.Fatalf("%s: controller-gen: %v\n%s", rel, err, out)
		}
		args := append([]string{"crd", "-q", "--crd-max-desc-len", "20", "--crd-output-dir", got}, opts.flags...)
		if out, err := goldentest.RunIn(root, ours, append(args, "./"+filepath.ToSlash(rel))...); err != nil {
			t.Fatalf("%s: kube-codegen crd: %v\n%s", rel, err, out)
		}
		total += sameFiles(t, want, got)
	}
	t.Logf("%d CRDs with descriptions cut to 20 bytes identical to controller-gen's", total)
}
