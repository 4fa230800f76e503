package protobuf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// gogoModule is the module whose gogo.proto the IDL fed to protoc imports,
// at the version upstream's go-to-protobuf requires.
const gogoModule = "github.com/gogo/protobuf@v1.3.2"

// searchPath returns protoc's -I flags: the IDL of this run first, then
// upstream's search path (".", --output-dir, each --proto-import), then,
// last, what the run supplies itself where the user's path lacks it: the
// IDL of the packages read with '-' (read.IDL) and gogo.proto. So an API
// that uses apimachinery's types needs no --proto-import, while a tree
// that provides its own files (Kubernetes' vendor/) is read as upstream
// reads it.
func searchPath(args *Args, tmp string, idl *Output) ([]string, error) {
	dirs := append([]string{filepath.Join(tmp, "src"), ".", args.OutputDir}, args.ProtoImport...)
	fallback := filepath.Join(tmp, "read")
	if idl.Read != nil {
		if err := writeInputs(fallback, idl.Read); err != nil {
			return nil, err
		}
	}
	if !onPath(dirs, gogoProto) {
		if err := supplyGogoProto(filepath.Join(fallback, filepath.FromSlash(gogoProto))); err != nil {
			return nil, err
		}
	}
	var argv []string
	for _, d := range append(dirs, fallback) {
		argv = append(argv, "-I", d)
	}
	return argv, nil
}

// onPath reports whether one of dirs holds the .proto file name.
func onPath(dirs []string, name string) bool {
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, filepath.FromSlash(name))); err == nil {
			return true
		}
	}
	return false
}

// supplyGogoProto copies gogo.proto from gogo's module (the module cache,
// or downloaded into it by the go command) to dst.
func supplyGogoProto(dst string) error {
	dir, err := moduleDir(gogoModule)
	var data []byte
	if err == nil {
		data, err = os.ReadFile(filepath.Join(dir, "gogoproto", "gogo.proto"))
	}
	if err != nil {
		return fmt.Errorf("protoc needs %s, which no search path holds, and it could not be fetched from %s (%v): "+
			"put a directory holding it at that path on the search path with --proto-import", gogoProto, gogoModule, err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, data, 0o644)
}

// moduleDir returns the directory of module@version in the module cache,
// downloading it there when it is missing (the go command does that; the
// run only reads).
func moduleDir(modVersion string) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", modVersion)
	cmd.Dir = os.TempDir()
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var mod struct{ Dir, Error string }
	if jsonErr := json.Unmarshal(out, &mod); jsonErr == nil && mod.Error != "" {
		return "", fmt.Errorf("go mod download: %s", mod.Error)
	}
	if err != nil {
		return "", fmt.Errorf("go mod download: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	if mod.Dir == "" {
		return "", fmt.Errorf("go mod download named no directory for %s", modVersion)
	}
	return mod.Dir, nil
}
