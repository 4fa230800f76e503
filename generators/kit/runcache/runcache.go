// Package runcache remembers what a run generated, keyed on everything its
// output depends on, so that a run whose inputs did not change skips
// loading and generating: it only confirms that the files on disk are
// those the cache holds (the caller writes them again where not).
//
// A run's key is what is known before loading: the tool's build, the
// arguments, the working directory and the environment that changes how
// packages load. Its entry records the files the output depended on (every
// file of every package loaded, their directories, go.mod, go.sum and
// go.work, the files the arguments name) with their size, time and
// content hash, and the content of every generated file. An entry whose
// recorded file changed in content is ignored.
package runcache

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/run"
)

// Cache is a directory of entries and of the generated files they name.
type Cache struct {
	dir string
}

// DefaultDir is where the cache lives unless --cache-dir says otherwise:
// "gengokit" in the user's cache directory.
func DefaultDir() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory (%v): give one with --cache-dir, or run with --no-cache", err)
	}
	return filepath.Join(base, "gengokit"), nil
}

// Open returns the cache in dir.
func Open(dir string) *Cache { return &Cache{dir: dir} }

// envVars are the variables that change how the go command loads
// packages, or what a generator reads.
var envVars = []string{
	"GOFLAGS", "GOOS", "GOARCH", "CGO_ENABLED", "GOWORK", "GOPATH", "GOROOT", "GO111MODULE",
	"GOEXPERIMENT", "GOTOOLCHAIN", "GOMODCACHE", "GOPROXY", "GONOSUMDB", "GOPRIVATE", "GOINSECURE", "PATH",
}

// Key is what a run's output depends on that is known before loading.
type Key struct {
	// Tool identifies the program's build: its path, size and time.
	Tool string
	// Args are the command line, the program's name first.
	Args []string
	// Dir is the working directory.
	Dir string
	// Env are the variables of envVars, as name=value.
	Env []string
}

// NewKey returns the key of a run of the current program with args.
func NewKey(args []string) (Key, error) {
	exe, err := os.Executable()
	if err != nil {
		return Key{}, err
	}
	info, err := os.Stat(exe)
	if err != nil {
		return Key{}, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return Key{}, err
	}
	k := Key{Tool: fmt.Sprintf("%s %d %d", exe, info.Size(), info.ModTime().UnixNano()), Args: slices.Clone(args), Dir: wd}
	for _, v := range envVars {
		if value, ok := os.LookupEnv(v); ok {
			k.Env = append(k.Env, v+"="+value)
		}
	}
	return k, nil
}

// id names the key's entry.
func (k Key) id() string {
	data, _ := json.Marshal(k)
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// entry is what the cache holds for a key.
type entry struct {
	// Key is the key, to tell a hash collision.
	Key Key
	// Inputs are the files and directories the output depended on.
	Inputs []Input
	// Outputs are the generated files.
	Outputs []Output
	// Extra is what else the caller keeps of the run (kube-codegen: the
	// scopes of the files it owns).
	Extra json.RawMessage `json:",omitempty"`
}

// Output is one generated file: where, its content's hash, and whether
// the user named it (see run.File).
type Output struct {
	Path  string
	Sum   string
	Named bool
}

// Lookup returns the files a run with key generated last, and what else
// the caller kept of it, when nothing it depended on changed since; false
// otherwise.
func (c *Cache) Lookup(k Key) ([]run.File, []byte, bool) {
	data, err := os.ReadFile(c.entryPath(k))
	if err != nil {
		return nil, nil, false
	}
	var e entry
	if json.Unmarshal(data, &e) != nil || !equalKeys(e.Key, k) {
		return nil, nil, false
	}
	for _, in := range e.Inputs {
		if !in.unchanged() {
			return nil, nil, false
		}
	}
	files := make([]run.File, 0, len(e.Outputs))
	for _, out := range e.Outputs {
		data, err := os.ReadFile(c.blobPath(out.Sum))
		if err != nil || sum(data) != out.Sum {
			return nil, nil, false
		}
		files = append(files, run.File{Path: out.Path, Data: data, Named: out.Named})
	}
	return files, e.Extra, true
}

// Store records what a run with key generated, what else the caller keeps
// of it (nil for nothing), and the paths (files and directories) its
// output depended on. The generated files are no inputs,
// even where they lie among them (zz_generated.deepcopy.go beside
// types.go): Lookup returns them, and the caller confirms them on disk. A
// path that cannot be read is an error: the run is then not cached.
func (c *Cache) Store(k Key, inputs []string, files []run.File, extra []byte) error {
	e := entry{Key: k, Extra: extra}
	seen := map[string]bool{}
	outputs := map[string][]string{}
	for _, f := range files {
		path, err := filepath.Abs(f.Path)
		if err != nil {
			return err
		}
		seen[path] = true
		outputs[filepath.Dir(path)] = append(outputs[filepath.Dir(path)], filepath.Base(path))
	}
	for _, p := range inputs {
		if seen[p] || c.holds(p) {
			continue
		}
		seen[p] = true
		in, err := record(p, outputs[p])
		if err != nil {
			return err
		}
		e.Inputs = append(e.Inputs, in)
	}
	for _, f := range files {
		s := sum(f.Data)
		if err := c.writeBlob(s, f.Data); err != nil {
			return err
		}
		e.Outputs = append(e.Outputs, Output{Path: f.Path, Sum: s, Named: f.Named})
	}
	data, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return WriteAtomic(c.entryPath(k), data)
}

// holds reports whether path is the cache's directory or in it (a path
// the arguments name, --cache-dir's), which is no input of a run.
func (c *Cache) holds(path string) bool {
	dir, err := filepath.Abs(c.dir)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, "../")
}

// equalKeys compares two keys.
func equalKeys(a, b Key) bool {
	return a.Tool == b.Tool && a.Dir == b.Dir && slices.Equal(a.Args, b.Args) && slices.Equal(a.Env, b.Env)
}

func (c *Cache) entryPath(k Key) string {
	id := k.id()
	return filepath.Join(c.dir, "runs", id[:2], id)
}

func (c *Cache) blobPath(s string) string {
	return filepath.Join(c.dir, "files", s[:2], s)
}

// writeBlob stores a generated file's content under its hash.
func (c *Cache) writeBlob(s string, data []byte) error {
	path := c.blobPath(s)
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	return WriteAtomic(path, data)
}

// WriteAtomic writes data to path through a temporary file, so that a
// reader never sees half of it, creating the directories above it.
func WriteAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %v", path, strings.TrimSpace(fmt.Sprint(werr, " ", cerr)))
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		_ = os.Remove(tmp.Name())
		return err
	}
	return nil
}

// sum is the hex SHA-256 of data.
func sum(data []byte) string {
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}
