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

// goCode runs protoc with go-to-protobuf's plugin once per package of idl
// (the IDL with the gogoproto options), as upstream does, and returns the
// generated.pb.go of each, beside its generated.proto.
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
	if err != nil {
		return nil, err
	}
	inv := &protocRun{protoc: protoc, exe: exe, tmp: tmp, header: hdrFile, args: args}
	var out []run.File
	for i, f := range idl.Files {
		data, err := inv.generate(idl.ImportPaths[i])
		if err != nil {
			return nil, err
		}
		out = append(out, run.File{Path: filepath.Join(filepath.Dir(f.Path), "generated.pb.go"), Data: data})
	}
	return out, nil
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
	args                     *Args
}

// generate runs protoc over the package at importPath and returns the
// generated.pb.go its plugin wrote.
func (r *protocRun) generate(importPath string) ([]byte, error) {
	out := filepath.Join(r.tmp, "out", importPath)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, err
	}
	// The IDL of this run comes first, then upstream's search path.
	argv := []string{"-I", filepath.Join(r.tmp, "src"), "-I", ".", "-I", r.args.OutputDir}
	for _, s := range r.args.ProtoImport {
		argv = append(argv, "-I", s)
	}
	outArg := out
	if !r.args.DropGogoGo {
		outArg = plugin.KeepGogoParam + ":" + out
	}
	argv = append(argv, "--plugin=protoc-gen-"+pluginName+"="+r.exe, "--"+pluginName+"_out="+outArg,
		path.Join(importPath, "generated.proto"))
	cmd := exec.Command(r.protoc, argv...)
	cmd.Env = append(os.Environ(), PluginEnv+"="+r.header)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("protoc failed on %s/generated.proto (%v); its command line: %s %s\n%s",
			importPath, err, r.protoc, strings.Join(argv, " "), msg)
	}
	data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(importPath), "generated.pb.go"))
	if err != nil {
		return nil, fmt.Errorf("protoc wrote no generated.pb.go for %s: %w", importPath, err)
	}
	return data, nil
}
