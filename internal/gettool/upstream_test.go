//go:build compat

package gettool

import (
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// upstreamTools returns the upstream counterparts of our commands, as a
// user of k8s.io/code-generator v0.37.2 gets them: its generators, and the
// openapi-gen of the kube-openapi version it requires.
func upstreamTools() []string {
	return []string{
		"k8s.io/code-generator/cmd/applyconfiguration-gen@v0.37.2",
		"k8s.io/code-generator/cmd/client-gen@v0.37.2",
		"k8s.io/code-generator/cmd/conversion-gen@v0.37.2",
		"k8s.io/code-generator/cmd/deepcopy-gen@v0.37.2",
		"k8s.io/code-generator/cmd/defaulter-gen@v0.37.2",
		"k8s.io/code-generator/cmd/informer-gen@v0.37.2",
		"k8s.io/code-generator/cmd/lister-gen@v0.37.2",
		"k8s.io/code-generator/cmd/prerelease-lifecycle-gen@v0.37.2",
		"k8s.io/code-generator/cmd/register-gen@v0.37.2",
		"k8s.io/kube-openapi/cmd/openapi-gen@v0.0.0-20260721132016-d427ff9ee9ad",
	}
}

// scratchGoMod is a user's module on an older client-go.
const scratchGoMod = "module example.com/scratch\n\ngo 1.26\n\nrequire k8s.io/client-go v0.34.1\n"

// scratchMain imports client-go, so that tidy keeps the requirement.
const scratchMain = `package main

import "k8s.io/client-go/kubernetes"

func main() { _ = kubernetes.NewForConfigOrDie }
`

// TestGetToolMovesNoMoreThanUpstream adds our commands as tools to a
// module on k8s.io/client-go v0.34.1, and upstream's to a copy of it, and
// requires that ours select no k8s.io or sigs.k8s.io module at a higher
// version than upstream's do, nor one upstream's do not select at all.
func TestGetToolMovesNoMoreThanUpstream(t *testing.T) {
	root := goldentest.Root(t)
	ours := ourCommands(t, root, true)
	base := t.TempDir()
	writeFile(t, filepath.Join(base, "go.mod"), scratchGoMod)
	writeFile(t, filepath.Join(base, "main.go"), scratchMain)
	goCmd(t, base, nil, "mod", "tidy")

	upstream := filepath.Join(t.TempDir(), "upstream")
	copyTree(t, base, upstream)
	goCmd(t, upstream, nil, append([]string{"get", "-tool"}, upstreamTools()...)...)

	withOurs := filepath.Join(t.TempDir(), "ours")
	copyTree(t, base, withOurs)
	repo := filepath.Join(t.TempDir(), "gengokit")
	copyTree(t, root, repo)
	goCmd(t, withOurs, nil, "mod", "edit", "-replace", ourModule+"="+repo)
	goCmd(t, withOurs, []string{"GOPROXY=" + proxyFallingBack(t)}, append([]string{"get", "-tool"}, ours...)...)
	checkTools(t, withOurs, ours)
	checkClientGoError(t, withOurs)
	checkVersion(t, withOurs, repo)

	a, b := kubeModules(t, upstream), kubeModules(t, withOurs)
	if a["k8s.io/apimachinery"] != "v0.37.2" {
		t.Fatalf("upstream's tools select k8s.io/apimachinery %q, want v0.37.2: the upstream side did not run", a["k8s.io/apimachinery"])
	}
	for _, p := range moreThanUpstream(a, b) {
		t.Error(p)
	}
	for _, m := range slices.Sorted(maps.Keys(b)) {
		t.Logf("%s: ours %s, upstream's %s", m, b[m], a[m])
	}
}

// checkClientGoError runs our client-gen as a tool of the module, whose
// client-go (v0.34.1) is older than the clientset needs, and requires the
// error that names the minimum and the go get that fixes it, before
// anything is written.
func checkClientGoError(t *testing.T, dir string) {
	t.Helper()
	cmd := exec.Command("go", "tool", "client-gen", "--output-dir", "pkg/generated", "--output-pkg", "example.com/scratch/pkg/generated",
		"--input-base", "example.com/scratch/pkg/apis", "--input", "shop/v1")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local")
	out, err := cmd.CombinedOutput()
	want := "k8s.io/client-go v0.34.1 is too old for the code client-gen generates, which needs v0.37.0 or later"
	if err == nil || !strings.Contains(string(out), want) || !strings.Contains(string(out), "go get k8s.io/client-go@v0.37.2 k8s.io/apimachinery@v0.37.2") {
		t.Errorf("go tool client-gen in a module on client-go v0.34.1: %v, want the error %q and the go get in:\n%s", err, want, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "pkg")); !os.IsNotExist(err) {
		t.Errorf("client-gen wrote under pkg/ (stat: %v)", err)
	}
}

// checkVersion requires --version of a command built through the replace
// directive to say where it was built from, rather than the zero
// pseudo-version go get writes for the replaced module.
func checkVersion(t *testing.T, dir, repo string) {
	t.Helper()
	got := goCmd(t, dir, nil, "tool", "deepcopy-gen", "--version")
	want := "deepcopy-gen (" + ourModule + ") devel from " + repo + " (a replace directive; no revision recorded), go"
	if !strings.HasPrefix(got, want) {
		t.Errorf("go tool deepcopy-gen --version = %q, want it to start with %q", got, want)
	}
}

// proxyFallingBack returns the proxies of the GOPROXY in effect, each
// falling back to the next on any error, and an empty file proxy last: a
// proxy that refuses paths under our module (it has not published them;
// the replacement provides it) then makes them unknown rather than an
// error, while every other module still comes through the proxies. direct
// is left out: its errors would not fall back.
func proxyFallingBack(t *testing.T) string {
	t.Helper()
	proxy := strings.TrimSpace(goCmd(t, t.TempDir(), nil, "env", "GOPROXY"))
	var kept []string
	for _, p := range strings.FieldsFunc(proxy, func(r rune) bool { return r == ',' || r == '|' }) {
		if p != "direct" && p != "off" {
			kept = append(kept, p)
		}
	}
	return strings.Join(append(kept, "file://"+filepath.ToSlash(t.TempDir())), "|")
}

// checkTools requires the module's go.mod to name every command in want as
// a tool.
func checkTools(t *testing.T, dir string, want []string) {
	t.Helper()
	tools := strings.Fields(goCmd(t, dir, nil, "list", "-f", "{{.ImportPath}}", "tool"))
	for _, w := range want {
		if !slices.Contains(tools, w) {
			t.Errorf("%s is not a tool of the module after go get -tool (tools: %v)", w, tools)
		}
	}
}

// kubeModules returns the version of every k8s.io and sigs.k8s.io module
// the module in dir selects.
func kubeModules(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := goCmd(t, dir, nil, "list", "-m", "-f", "{{.Path}} {{.Version}}", "all")
	mods := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		path, version, ok := strings.Cut(line, " ")
		if ok && (strings.HasPrefix(path, "k8s.io/") || strings.HasPrefix(path, "sigs.k8s.io/")) {
			mods[path] = version
		}
	}
	return mods
}
