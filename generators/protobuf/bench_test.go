package protobuf_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// benchRounds is how many times each side runs; the medians are reported.
const benchRounds = 3

// BenchmarkGoToProtobufVsUpstream times our go-to-protobuf's whole
// pipeline against upstream's v0.37.2 (its protoc-gen-gogo and goimports
// on PATH, gofmt from the Go toolchain) over a copy of k8s.io/api v0.37.2
// with Kubernetes' arguments (the api-protobuf case), protoc 3.21.12 run by
// both: in alternation, benchRounds rounds, every run on the 60
// generated.proto and 60 generated.pb.go deleted, and every run must give
// back all 120 shipped files byte for byte. It reports the medians of wall
// time, CPU time (the process and its children) and peak memory, and the
// ratios ours/upstream; the goal is a wall ratio <= 0.5. Run it with
// -benchtime 1x (make bench). Skipped without protoc.
func BenchmarkGoToProtobufVsUpstream(b *testing.B) {
	needProtoc(b)
	if testing.Short() {
		b.Skip("regenerates k8s.io/api's protobuf files with upstream's pipeline; skipped with -short")
	}
	root := goldentest.Root(b)
	ours := goldentest.Build(b, root, "./cmd/go-to-protobuf")
	bins := goldentest.InstallUpstreams(b, upstreamBin, upstreamPlugin)
	goimports := goldentest.InstallUpstream(b, upstreamGoimports)
	// upstream runs protoc over <output-dir>/<import path>/generated.proto
	// and has it write generated.pb.go there: a GOPATH-like src.
	src := filepath.Join(b.TempDir(), "src")
	mod := filepath.Join(src, "k8s.io", "api")
	goldentest.CopyModuleTo(b, "k8s.io/api", "v0.37.2", mod)
	protos, pbs := goldentest.TakeFiles(b, mod, isProto), goldentest.TakeFiles(b, mod, isPB)
	if len(protos) != 60 || len(pbs) != 60 {
		b.Fatalf("found %d generated.proto and %d generated.pb.go, want 60 and 60", len(protos), len(pbs))
	}
	args := apiPipelineArgs(root, src, gogoImport(b), apiMachineryIDL(b, root))
	upPath := "PATH=" + strings.Join([]string{filepath.Dir(bins[upstreamPlugin]), filepath.Dir(goimports), os.Getenv("PATH")}, string(os.PathListSeparator))
	check := func() {
		if n, m := goldentest.CompareOutputs(b, mod, protos, isProto), goldentest.CompareOutputs(b, mod, pbs, isPB); n != 60 || m != 60 {
			b.Fatalf("%d/60 generated.proto and %d/60 generated.pb.go identical: the sides would not do the same work", n, m)
		}
	}
	prepare := func() {
		goldentest.TakeFiles(b, mod, func(rel string, d []byte) bool { return isProto(rel, d) || isPB(rel, d) })
	}
	b.ResetTimer()
	for range b.N {
		say("go-to-protobuf k8s.io/api (60 pkgs, protoc included), %d rounds each; before: %s", benchRounds, goldentest.LoadAverage())
		res := goldentest.ContestUsage(b, benchRounds, prepare,
			goldentest.Contestant{Name: "ours", Cmd: func() *exec.Cmd { return goldentest.Command(mod, ours, args...) }, Check: check},
			goldentest.Contestant{Name: "upstream", Cmd: func() *exec.Cmd { return withEnv(goldentest.Command(mod, bins[upstreamBin], args...), upPath) }, Check: check})
		say("after: %s", goldentest.LoadAverage())
		reportPipeline(b, res[0], res[1])
	}
}

// apiPipelineArgs are apiArgs for the whole pipeline: output under the
// GOPATH-like src, protoc's imports added, no --only-idl.
func apiPipelineArgs(root, src string, imports ...string) []string {
	var out []string
	for _, a := range apiArgs(root) {
		switch a {
		case "--only-idl":
		case ".":
			out = append(out, src)
		default:
			out = append(out, a)
		}
	}
	for _, i := range imports {
		out = append(out, "--proto-import="+i)
	}
	return out
}

// withEnv is cmd with env added.
func withEnv(cmd *exec.Cmd, env ...string) *exec.Cmd {
	cmd.Env = append(cmd.Env, env...)
	return cmd
}

// reportPipeline prints and reports both sides' medians and the ratios.
func reportPipeline(b *testing.B, ours, up goldentest.Usage) {
	wall, cpu := goldentest.ReportVersus(b, ours, up)
	say("ours:     %v", ours)
	say("upstream: %v", up)
	goal := "met"
	if wall > 0.5 {
		goal = "NOT met"
	}
	say("ratios ours/upstream: wall %.3f (goal <= 0.5: %s), cpu %.3f, peak %.2f", wall, goal, cpu, float64(ours.Peak)/float64(up.Peak))
}

// say prints a result line on standard output: go test cuts a
// benchmark's log after ten lines, and these are its results.
func say(format string, args ...any) { fmt.Printf(format+"\n", args...) }
