package protobuf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/header"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/protobuf/plugin"
)

// PluginEnv is the environment variable that makes go-to-protobuf's binary
// act as its own protoc plugin: protoc starts the binary with it set to
// the file holding the header of generated.pb.go.
const PluginEnv = "GENGOKIT_GO_TO_PROTOBUF_PLUGIN"

// pluginName is the plugin's name on protoc's command line
// (--plugin=protoc-gen-<name>, --<name>_out).
const pluginName = "gengokit"

// IsPlugin reports whether protoc started this process as the plugin.
func IsPlugin() bool { return os.Getenv(PluginEnv) != "" }

// ServePlugin answers protoc's request on in with generated.pb.go files on
// out, with the header the environment names, and returns the exit code.
func ServePlugin(in io.Reader, out, errOut io.Writer) int {
	hdr, err := os.ReadFile(os.Getenv(PluginEnv))
	if err == nil {
		err = plugin.Run(in, out, plugin.Options{Header: hdr})
	}
	if err != nil {
		fmt.Fprintf(errOut, "%s (protoc plugin): %v\n", Name, err)
		return 1
	}
	return 0
}

// ErrNoProtoc is the error of a run that needs protoc where none is on
// PATH.
var ErrNoProtoc = errors.New("protoc is not on PATH; generated.pb.go needs it (--only-idl and --clean do not): " +
	"install it (Debian/Ubuntu: apt-get install protobuf-compiler, which gives 3.21.12; " +
	"elsewhere a release from https://github.com/protocolbuffers/protobuf/releases) and run again")

// goCode runs protoc with go-to-protobuf's plugin over the packages of
// idl (the IDL with the gogoproto options), once for all of them (upstream
// runs it once per package: the same files, several times faster), and
// returns the generated.pb.go of each, beside its generated.proto.
func goCode(args *Args, idl *Output) ([]run.File, error) {
	protoc, err := exec.LookPath("protoc")
	if err != nil {
		return nil, ErrNoProtoc
	}
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("finding go-to-protobuf's own binary, protoc's plugin: %w", err)
	}
	tmp, err := os.MkdirTemp("", "go-to-protobuf-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	hdrFile := filepath.Join(tmp, "header")
	hdr, err := goHeader(args)
	if err == nil {
		err = os.WriteFile(hdrFile, hdr, 0o644)
	}
	if err == nil {
		err = writeInputs(filepath.Join(tmp, "src"), idl)
	}
	var search []string
	if err == nil {
		search, err = searchPath(args, tmp, idl)
	}
	if err != nil {
		return nil, err
	}
	inv := &protocRun{protoc: protoc, exe: exe, tmp: tmp, header: hdrFile, search: search, keepGogo: !args.DropGogoGo}
	code, err := inv.generateAll(idl.ImportPaths)
	if err != nil {
		// One protoc per package, as upstream runs it: protoc accepts
		// packages one by one that it refuses together (two declaring the
		// same names), and a refusal names its package.
		if code, err = inv.generateEach(idl.ImportPaths); err != nil {
			return nil, err
		}
	}
	var out []run.File
	for i, f := range idl.Files {
		out = append(out, run.File{Path: filepath.Join(filepath.Dir(f.Path), "generated.pb.go"), Data: code[i]})
	}
	return out, nil
}

// generateAll runs protoc once over every package (one parse of the
// shared imports, one plugin process: the plugin's output for a file does
// not depend on the others in the request) and returns each package's
// generated.pb.go.
func (r *protocRun) generateAll(importPaths []string) ([][]byte, error) {
	if len(importPaths) == 0 {
		return nil, nil
	}
	out := filepath.Join(r.tmp, "out-all")
	if err := r.protocInto(out, importPaths...); err != nil {
		return nil, err
	}
	var code [][]byte
	for _, p := range importPaths {
		data, err := readGenerated(out, p)
		if err != nil {
			return nil, err
		}
		code = append(code, data)
	}
	return code, nil
}

// generateEach runs protoc once per package and returns each package's
// generated.pb.go, or the first package's error.
func (r *protocRun) generateEach(importPaths []string) ([][]byte, error) {
	var code [][]byte
	for _, p := range importPaths {
		data, err := r.generate(p)
		if err != nil {
			return nil, err
		}
		code = append(code, data)
	}
	return code, nil
}

// goHeader returns the header of generated.pb.go: a +build line when
// --conditional is set, then the boilerplate, as upstream writes it.
func goHeader(args *Args) ([]byte, error) {
	boilerplate, err := header.Build(header.Options{Generator: Name, File: args.GoHeaderFile, NoGeneratedBy: true})
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if args.Conditional != "" {
		fmt.Fprintf(&b, "// +build %s\n\n", args.Conditional)
	}
	b.Write(boilerplate)
	return b.Bytes(), nil
}

// writeInputs lays the IDL out under dir at its import paths, where
// protoc's first -I finds it.
func writeInputs(dir string, idl *Output) error {
	for i, f := range idl.Files {
		dst := filepath.Join(dir, filepath.FromSlash(idl.ImportPaths[i]), "generated.proto")
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dst, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// protocRun is one run's protoc invocation.
type protocRun struct {
	protoc, exe, tmp, header string
	// search are protoc's -I flags (see searchPath).
	search []string
	// keepGogo asks the plugin for gogo's runtime parts (--drop-gogo-go=false).
	keepGogo bool
}

// generate runs protoc over the package at importPath and returns the
// generated.pb.go its plugin wrote.
func (r *protocRun) generate(importPath string) ([]byte, error) {
	out := filepath.Join(r.tmp, "out", importPath)
	if err := r.protocInto(out, importPath); err != nil {
		return nil, err
	}
	return readGenerated(out, importPath)
}

// protocInto runs protoc with the plugin writing below out over the
// generated.proto of the packages at importPaths.
func (r *protocRun) protocInto(out string, importPaths ...string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	outArg := out
	if r.keepGogo {
		outArg = plugin.KeepGogoParam + ":" + out
	}
	argv := append(slices.Clone(r.search), "--plugin=protoc-gen-"+pluginName+"="+r.exe, "--"+pluginName+"_out="+outArg)
	var protos []string
	for _, p := range importPaths {
		protos = append(protos, path.Join(p, "generated.proto"))
	}
	cmd := exec.Command(r.protoc, append(argv, protos...)...)
	cmd.Env = append(os.Environ(), PluginEnv+"="+r.header)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("protoc failed on %s (%v); its command line: %s %s\n%s",
			strings.Join(protos, " "), err, r.protoc, strings.Join(cmd.Args[1:], " "), msg)
	}
	return nil
}

// readGenerated returns the generated.pb.go the plugin wrote below out
// for the package at importPath.
func readGenerated(out, importPath string) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(importPath), "generated.pb.go"))
	if err != nil {
		return nil, fmt.Errorf("protoc wrote no generated.pb.go for %s: %w", importPath, err)
	}
	return data, nil
}

// RunTests runs a test binary's tests (m.Run, for a TestMain) or, when
// protoc started the binary as go-to-protobuf's plugin, answers protoc,
// and returns the exit code: in-process runs of the command hand protoc
// os.Executable(), which in a test is the test binary.
func RunTests(m interface{ Run() int }) int {
	if IsPlugin() {
		return ServePlugin(os.Stdin, os.Stdout, os.Stderr)
	}
	return m.Run()
}
