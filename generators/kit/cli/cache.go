package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/kit/runcache"
)

// generateCached returns the files of an invocation: from the cache when
// nothing the last run with the same command line read has changed since,
// else by loading and generating. The function it returns remembers the
// run, once its files are on disk (the directories it records list them),
// unless it printed a warning, which a run the cache serves would not
// repeat. go-to-protobuf's runs (WithGenerated) are not remembered:
// protoc and the .proto search path are inputs the kit does not follow;
// nor are those the generator keeps out (Uncached).
func generateCached(inv *Invocation) ([]run.File, func(), error) {
	c, key, ok := OpenCache(inv.Spec.Name, inv.Options, inv.Args)
	ok = ok && !inv.Spec.WithGenerated && (inv.Spec.Uncached == nil || !inv.Spec.Uncached())
	if ok {
		if files, _, hit := c.Lookup(key); hit {
			klog.V(1).Infof("%s: nothing changed since the last run: its %d file(s) are confirmed", inv.Spec.Name, len(files))
			inv.Cached = true
			return files, func() {}, nil
		}
	}
	warned := &CountingWriter{W: warnings([]*Invocation{inv})}
	inv.Stderr = warned
	u, err := Load(inv)
	if err != nil {
		return nil, nil, err
	}
	files, err := GenerateAll(u, inv)
	remember := func() {
		if ok && warned.N == 0 {
			Remember(c, key, u, inv.Args, nil, files, nil)
		}
	}
	return files, remember, err
}

// CountingWriter counts the bytes written through it to W (the warnings
// of a run, which the cache of runs would not repeat).
type CountingWriter struct {
	W io.Writer
	N int
}

// Write implements io.Writer.
func (c *CountingWriter) Write(p []byte) (int, error) {
	c.N += len(p)
	return c.W.Write(p)
}

// CacheEnv is the environment variable that turns the cache of runs off
// for every run that sees it ("off"), as --no-cache does for one: for
// scripts that run generators with command lines they do not let users
// extend (kube_codegen.sh), and for benchmarks.
const CacheEnv = "GENGOKIT_CACHE"

// OpenCache returns the cache of runs and the key of this one, unless
// --no-cache or GENGOKIT_CACHE=off turns it off, or there is none.
func OpenCache(name string, opts Options, args []string) (*runcache.Cache, runcache.Key, bool) {
	if opts.NoCache || os.Getenv(CacheEnv) == "off" {
		return nil, runcache.Key{}, false
	}
	dir, err := cacheDir(opts)
	if err != nil {
		klog.V(1).Infof("%s: %v", name, err)
		return nil, runcache.Key{}, false
	}
	key, err := runcache.NewKey(append([]string{name}, keyArgs(args)...))
	if err != nil {
		return nil, runcache.Key{}, false
	}
	return runcache.Open(dir), key, true
}

// cacheDir returns the directory of the cache: --cache-dir's, or the
// default.
func cacheDir(opts Options) (string, error) {
	if opts.CacheDir != "" {
		return opts.CacheDir, nil
	}
	return runcache.DefaultDir()
}

// DepsIndexDir returns where the loader keeps its index of dependencies
// (see load.Config): "deps" in the cache directory, used whether or not
// runs are remembered (--no-cache), as it never changes what a run
// generates, only how fast the go command is done; "" when there is no
// cache directory.
func DepsIndexDir(opts Options) string {
	dir, err := cacheDir(opts)
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "deps")
}

// keyArgs returns the arguments that decide what a run generates: all but
// --verify-only (a check of the same files) and --cache-dir.
func keyArgs(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--cache-dir" || a == "-cache-dir":
			i++
		case strings.HasPrefix(strings.TrimLeft(a, "-"), "cache-dir=") || strings.HasPrefix(strings.TrimLeft(a, "-"), "verify-only"):
		default:
			out = append(out, a)
		}
	}
	return out
}

// Remember records a run in the cache: what its universe was read from,
// the files its arguments name, the other inputs the caller names, and
// what it generated, with extra (see runcache.Cache.Store). A run the
// cache cannot record (gengo's parser read the packages) is simply not
// remembered.
func Remember(c *runcache.Cache, key runcache.Key, u *load.Universe, args, more []string, files []run.File, extra []byte) {
	inputs, ok := u.InputFiles()
	if !ok {
		return
	}
	inputs = append(append(inputs, namedFiles(args)...), more...)
	if err := c.Store(key, inputs, files, extra); err != nil {
		klog.V(1).Infof("not remembering the run: %v", err)
	}
}

// namedFiles returns the files and directories the arguments name (a
// header file, a report, a directory of .proto files), absolute, as far
// as they can be told from other arguments: an argument, or the value of
// a --flag=value, that is an existing path.
func namedFiles(args []string) []string {
	var out []string
	for _, a := range args {
		if i := indexOfValue(a); i >= 0 {
			a = a[i:]
		}
		if a == "" {
			continue
		}
		if _, err := os.Stat(a); err == nil {
			if abs, err := filepath.Abs(a); err == nil {
				out = append(out, abs)
			}
		}
	}
	return out
}

// indexOfValue returns where the value of a --flag=value starts; -1 for
// any other argument.
func indexOfValue(a string) int {
	if len(a) < 2 || a[0] != '-' {
		return -1
	}
	for i := range len(a) {
		if a[i] == '=' {
			return i + 1
		}
	}
	return -1
}
