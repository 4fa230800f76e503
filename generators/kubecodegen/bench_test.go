package kubecodegen_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// benchRounds is how many times each side runs; the medians are reported.
const benchRounds = 3

// upstreamBins are the generators kube_codegen.sh v0.37.2 installs (with
// its default empty version suffix), as its go install calls name them.
func upstreamBins() []string {
	return []string{"k8s.io/code-generator/cmd/conversion-gen", "k8s.io/code-generator/cmd/deepcopy-gen",
		"k8s.io/code-generator/cmd/defaulter-gen", "k8s.io/code-generator/cmd/validation-gen",
		"k8s.io/code-generator/cmd/applyconfiguration-gen", "k8s.io/code-generator/cmd/client-gen",
		"k8s.io/code-generator/cmd/informer-gen", "k8s.io/code-generator/cmd/lister-gen",
		"k8s.io/kube-openapi/cmd/openapi-gen"}
}

// upstream is kube_codegen.sh, sourced from a writable copy of
// code-generator v0.37.2 (codegen), with its generators installed into
// gobin from that copy as the script installs them, so that the script's
// own go install calls find them up to date.
type upstream struct {
	codegen, gobin, driver string
}

// installUpstream copies code-generator, installs its generators and
// writes the driver script.
func installUpstream(b *testing.B) upstream {
	b.Helper()
	u := upstream{codegen: goldentest.CopyModule(b, "k8s.io/code-generator", "v0.37.2"), gobin: b.TempDir()}
	install := command(u.codegen, "go", append([]string{"install"}, upstreamBins()...), u.env()...)
	if out, err := install.CombinedOutput(); err != nil {
		b.Fatalf("go install: %v\n%s", err, out)
	}
	u.driver = filepath.Join(b.TempDir(), "update-codegen.sh")
	if err := os.WriteFile(u.driver, []byte(sampleDriver), 0o644); err != nil {
		b.Fatal(err)
	}
	return u
}

// env is what the script runs with, besides command's environment.
func (u upstream) env(extra ...string) []string {
	return append([]string{"GOBIN=" + u.gobin, "CODEGEN_PKG=" + u.codegen, "GO111MODULE=on"}, extra...)
}

// sampleDriver runs one part of sample-apiserver v0.37.2's
// hack/update-codegen.sh per invocation ($1: helpers, openapi, schema or
// client), with its flags, so that each part is a process of its own whose
// usage the kernel accounts. The API rule report is updated in
// $API_KNOWN_VIOLATIONS_DIR, and the models schema goes through the file
// $MODELS_SCHEMA rather than a process substitution.
const sampleDriver = `set -o errexit -o nounset -o pipefail
if [ "$1" = schema ]; then
	exec go run k8s.io/sample-apiserver/pkg/generated/openapi/cmd/models-schema >"${MODELS_SCHEMA}"
fi
SCRIPT_ROOT=./hack/..
source "${CODEGEN_PKG}/kube_codegen.sh"
THIS_PKG=k8s.io/sample-apiserver
header="${SCRIPT_ROOT}/hack/boilerplate.go.txt"
case "$1" in
helpers)
	kube::codegen::gen_helpers --boilerplate "${header}" "${SCRIPT_ROOT}/pkg/apis" ;;
openapi)
	kube::codegen::gen_openapi --output-dir "${SCRIPT_ROOT}/pkg/generated/openapi" \
		--output-pkg "${THIS_PKG}/pkg/generated/openapi" \
		--report-filename "${API_KNOWN_VIOLATIONS_DIR}/sample_apiserver_violation_exceptions.list" \
		--output-model-name-file zz_generated.model_name.go --update-report \
		--boilerplate "${header}" "${SCRIPT_ROOT}/pkg/apis" ;;
client)
	kube::codegen::gen_client --with-watch --with-applyconfig --applyconfig-openapi-schema "${MODELS_SCHEMA}" \
		--output-dir "${SCRIPT_ROOT}/pkg/generated" --output-pkg "${THIS_PKG}/pkg/generated" \
		--boilerplate "${header}" "${SCRIPT_ROOT}/pkg/apis" ;;
esac
`

// upstreamParts are the driver's parts in update-codegen.sh's order.
func upstreamParts() []string { return []string{"helpers", "openapi", "schema", "client"} }

// side is upstream's contestant in the module copy mod: the four parts,
// the schema written to a file of its own.
func (u upstream) side(b *testing.B, mod string, prepare func()) side {
	schema := filepath.Join(b.TempDir(), "models-schema.json")
	env := u.env("API_KNOWN_VIOLATIONS_DIR="+filepath.Join(mod, filepath.Dir(sampleReport)),
		"UPDATE_API_KNOWN_VIOLATIONS=true", "MODELS_SCHEMA="+schema)
	s := side{name: "kube_codegen.sh", prepare: prepare}
	for _, part := range upstreamParts() {
		s.steps = append(s.steps, step{name: part, cmd: func() *exec.Cmd {
			return command(mod, "bash", []string{u.driver, part}, env...)
		}})
	}
	return s
}

// oursSide is "kube-codegen all" as a built binary in the module copy.
func oursSide(bin, mod string, prepare func()) side {
	return side{name: "kube-codegen all", prepare: prepare, steps: []step{{name: "all", cmd: func() *exec.Cmd {
		return command(mod, bin, sampleAll(mod))
	}}}}
}

// BenchmarkKubeCodegenVsUpstream times "kube-codegen all" (one process,
// one load) against kube_codegen.sh v0.37.2's gen_helpers, gen_openapi and
// gen_client as sample-apiserver's update-codegen.sh runs them, on a copy
// of sample-apiserver v0.37.2, in alternation, every run on deleted
// outputs: wall time, CPU time and peak memory, medians of benchRounds
// rounds. Both sides first regenerate the module's 53 generated Go files
// and its API rule report byte for byte. Run it with -benchtime 1x.
func BenchmarkKubeCodegenVsUpstream(b *testing.B) {
	if testing.Short() {
		b.Skip("regenerates a Kubernetes module with upstream's script; skipped with -short")
	}
	root := goldentest.Root(b)
	ours := goldentest.Build(b, root, "./cmd/kube-codegen")
	up := installUpstream(b)
	mod := goldentest.CopyModule(b, "k8s.io/sample-apiserver", "v0.37.2")
	want := goldentest.TakeFiles(b, mod, isPipelineOutput)
	if len(want) != 53 {
		b.Fatalf("found %d reference files, want 53", len(want))
	}
	prepare := func() { goldentest.TakeFiles(b, mod, isPipelineOutput) }
	sides := []side{oursSide(ours, mod, prepare), up.side(b, mod, prepare)}
	for _, s := range sides { // the upstream run also warms the build cache its go commands use
		sameWork(b, root, mod, want, s)
	}
	bins := binFiles(b, up.gobin)
	b.ResetTimer()
	for range b.N {
		say("%s, %d rounds each", goldentest.LoadAverage(), benchRounds)
		res := contest(b, benchRounds, sides...)
		one := oneGenerator(b, up, mod)
		reportVsUpstream(b, res[0].median("all"), res[1].median("helpers", "openapi", "client"), res[1].median("schema"), one)
		say("upstream parts: helpers %v; openapi %v; client %v", res[1].median("helpers"), res[1].median("openapi"), res[1].median("client"))
	}
	b.StopTimer()
	if names := relinked(b, up.gobin, bins); len(names) > 0 {
		b.Errorf("kube_codegen.sh's go install relinked %v in GOBIN while timing: its installs were not no-ops", names)
	} else {
		say("kube_codegen.sh's go install calls found every generator in GOBIN up to date (none relinked)")
	}
}

// sameWork runs the side once on deleted outputs and requires the 53
// files and the API rule report to be upstream's, byte for byte.
func sameWork(b *testing.B, root, mod string, want map[string][]byte, s side) {
	b.Helper()
	report := filepath.Join(mod, sampleReport)
	os.Remove(report)
	s.run(b)
	if n := goldentest.CompareOutputs(b, mod, want, isPipelineOutput); n != len(want) {
		b.Fatalf("%s: %d/%d Go files identical: the sides would not do the same work", s.name, n, len(want))
	}
	sameReport(b, root, report)
	b.Logf("%s: %d/%d Go files and the API rule report identical", s.name, len(want), len(want))
}

// binFiles are the binaries in dir, by name. go install touches an up to
// date binary's mtime without rewriting it; a relinked one is a new file
// (os.SameFile tells them apart).
func binFiles(b *testing.B, dir string) map[string]os.FileInfo {
	b.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	out := map[string]os.FileInfo{}
	for _, e := range entries {
		info, err := os.Stat(filepath.Join(dir, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		out[e.Name()] = info
	}
	return out
}

// relinked names the binaries of before that are no longer the same files.
func relinked(b *testing.B, dir string, before map[string]os.FileInfo) []string {
	var out []string
	for name, info := range binFiles(b, dir) {
		if old, ok := before[name]; !ok || !os.SameFile(old, info) {
			out = append(out, name)
		}
	}
	return out
}

// oneGenerator measures single upstream generator processes on the
// module, as kube_codegen.sh runs them: deepcopy-gen over the three API
// packages, lister-gen over the two versions and openapi-gen over the two
// versions and the apimachinery packages, benchRounds times each.
// It logs each median and returns deepcopy-gen's.
func oneGenerator(b *testing.B, up upstream, mod string) goldentest.Usage {
	b.Helper()
	apis := "k8s.io/sample-apiserver/pkg/apis/wardle"
	common := []string{"-v", "0", "--go-header-file", sampleHeader}
	args := map[string][]string{
		"deepcopy-gen": append(append([]string{"--output-file", "zz_generated.deepcopy.go"}, common...), apis, apis+"/v1alpha1", apis+"/v1beta1"),
		"lister-gen": append(append([]string{"--output-dir", "./hack/../pkg/generated/listers", "--output-pkg", sampleGen + "/listers"},
			common...), apis+"/v1alpha1", apis+"/v1beta1"),
		"openapi-gen": append(append([]string{"--output-file", "zz_generated.openapi.go", "--output-dir", "./hack/../pkg/generated/openapi",
			"--output-pkg", sampleGen + "/openapi", "--report-filename", "/dev/null", "--output-model-name-file=zz_generated.model_name.go"},
			common...), openapiInputs(apis)...),
	}
	var deepcopy goldentest.Usage
	for _, name := range []string{"deepcopy-gen", "lister-gen", "openapi-gen"} {
		var us []goldentest.Usage
		for range benchRounds {
			u, err := goldentest.Measure(command(mod, filepath.Join(up.gobin, name), args[name]))
			if err != nil {
				b.Fatal(err)
			}
			us = append(us, u)
		}
		m := goldentest.MedianUsage(us)
		say("one upstream %s process: %v", name, m)
		if name == "deepcopy-gen" {
			deepcopy = m
		}
	}
	return deepcopy
}

// reportVsUpstream logs and reports both sides, their ratios and whether
// the goals are met: a twentieth of upstream's wall time, and half the
// memory of one upstream deepcopy-gen process.
func reportVsUpstream(b *testing.B, ours, up, schema, one goldentest.Usage) {
	wall, cpu := goldentest.ReportVersus(b, ours, up)
	say("kube-codegen all:                                   %v", ours)
	say("kube_codegen.sh gen_helpers+gen_openapi+gen_client: %v (peak: its largest single process)", up)
	say("models-schema go run (replaced by all, not in the ratio): %v", schema)
	peak := float64(ours.Peak) / float64(one.Peak)
	say("ratios ours/upstream: wall %.3f (goal <= 0.05: %s), cpu %.3f; peak ours %.0f MiB vs one upstream deepcopy-gen process %.0f MiB: %.2fx (goal <= 0.5x: %s)",
		wall, met(wall <= 0.05), cpu, ours.MiB(), one.MiB(), peak, met(peak <= 0.5))
	b.ReportMetric(one.MiB(), "deepcopy-gen-peak-MiB")
	b.ReportMetric(schema.Wall.Seconds(), "models-schema-s")
}

func met(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT met"
}

// openapiInputs are openapi-gen's packages as kube_codegen.sh gives them
// for sample-apiserver: the read-only apimachinery ones, the apimachinery
// inputs and the versions (apis is the group's import path).
func openapiInputs(apis string) []string {
	var out []string
	for _, p := range []string{"k8s.io/apimachinery/pkg/apis/meta/v1", "k8s.io/apimachinery/pkg/api/resource", "k8s.io/apimachinery/pkg/runtime",
		"k8s.io/apimachinery/pkg/types", "k8s.io/apimachinery/pkg/util/intstr", "k8s.io/apimachinery/pkg/version", "time"} {
		out = append(out, "--readonly-pkg", p)
	}
	return append(out, "k8s.io/apimachinery/pkg/apis/meta/v1", "k8s.io/apimachinery/pkg/runtime", "k8s.io/apimachinery/pkg/version",
		"k8s.io/apimachinery/pkg/api/resource", apis+"/v1alpha1", apis+"/v1beta1")
}
