package kubecodegen

import (
	"encoding/json"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/kit/runcache"
)

// openCache returns the cache of runs and the key of this subcommand's
// run; false when --no-cache turns it off, or for "protobuf", whose output
// also depends on protoc and the .proto search path.
func (o *options) openCache(sub string) (*runcache.Cache, runcache.Key, bool) {
	if sub == "protobuf" {
		return nil, runcache.Key{}, false
	}
	return cli.OpenCache(Name+" "+sub, o.cache, o.args)
}

// lookupRun returns the files and scopes of the last run with key, when
// nothing it read changed since.
func lookupRun(c *runcache.Cache, key runcache.Key) ([]run.File, []run.Scope, bool) {
	files, extra, ok := c.Lookup(key)
	if !ok {
		return nil, nil, false
	}
	var scopes []run.Scope
	if json.Unmarshal(extra, &scopes) != nil {
		return nil, nil, false
	}
	return files, scopes, true
}

// rememberRun records the run: what u was read from, every directory and
// Go file of the input tree (whose comments say which generators run),
// the files its arguments name, and what it generated with its scopes.
func rememberRun(c *runcache.Cache, key runcache.Key, u *load.Universe, o *options, files []run.File, scopes []run.Scope) {
	extra, err := json.Marshal(scopes)
	if err != nil {
		return
	}
	cli.Remember(c, key, u, o.args, treeInputs(o.inDir), files, extra)
}

// treeInputs returns the directories scanTree reads below dir, and their
// Go files.
func treeInputs(dir string) []string {
	var out []string
	root := load.RealDir(dir)
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return nil
		case d.IsDir() && path != root && skipDir(d.Name()):
			return filepath.SkipDir
		case d.IsDir() || strings.HasSuffix(path, ".go"):
			out = append(out, path)
		}
		return nil
	})
	return out
}
