package run

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// modTree is where a run may write or remove files: the module holding an
// output (the nearest directory with a go.mod above the output's path as
// given, or the working directory when there is none), and, when a go.work
// lies above that module, the workspace: its directory and the modules it
// uses.
type modTree struct {
	// root is the module's directory, as the output's path names it.
	root string
	// inside are the directories, symbolic links resolved, the tree spans.
	inside []string
}

// holds reports whether the resolved path lies in the tree.
func (t *modTree) holds(resolved string) bool {
	for _, d := range t.inside {
		if resolved == d || strings.HasPrefix(resolved, d+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// linkCheck finds the outputs whose directory a symbolic link leads out of
// their tree. It remembers what it learned about each directory.
type linkCheck struct {
	trees map[string]*modTree // by module root
	roots map[string]string   // module root by directory
	dirs  map[string]*outsideLink
}

// outsideLink is a symbolic link in an output's path that leads out of the
// output's tree.
type outsideLink struct {
	link, target, root string
}

// newLinkCheck returns a linkCheck that has learned nothing yet.
func newLinkCheck() *linkCheck {
	return &linkCheck{trees: map[string]*modTree{}, roots: map[string]string{}, dirs: map[string]*outsideLink{}}
}

// refuseOutsideLinks reports, once per link, each symbolic link through
// which one of the files would be written, or one of the orphans removed,
// outside its tree. Links that stay inside the tree (Kubernetes' vendor/
// links to its staging modules, a GOPATH link to the module) are fine, and
// so is a file the user named (a report under an _output linked elsewhere).
func (c *linkCheck) refuseOutsideLinks(files []File, orphans []string) error {
	errs := &diag.List{}
	seen := map[string]bool{}
	report := func(path, verb string) {
		l := c.outside(filepath.Dir(absPath(path)))
		if l == nil || seen[l.link] {
			return
		}
		seen[l.link] = true
		errs.Add(fmt.Errorf("cannot %s %s: %s is a symbolic link to %s, outside the module %s that the output belongs to, and generated files are never written or removed through such a link; "+
			"make %s a directory (or a link to a directory inside %s), or choose an output directory that does not pass through it; nothing was changed",
			verb, path, l.link, l.target, l.root, l.link, l.root))
	}
	for _, f := range files {
		if !f.Named {
			report(f.Path, "write")
		}
	}
	for _, path := range orphans {
		report(path, "remove")
	}
	return errs.Err()
}

// outside returns the symbolic link in dir's path (below its tree's root)
// that leads out of the tree, or nil when there is none.
func (c *linkCheck) outside(dir string) *outsideLink {
	if l, ok := c.dirs[dir]; ok {
		return l
	}
	t := c.treeOf(dir)
	var found *outsideLink
	rel, err := filepath.Rel(t.root, dir)
	if err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		found = t.firstOutsideLink(rel)
	}
	c.dirs[dir] = found
	return found
}

// firstOutsideLink walks rel down from the root and returns the first
// symbolic link on the way that resolves out of the tree (or does not
// resolve at all). The walk stops at the first name that does not exist.
func (t *modTree) firstOutsideLink(rel string) *outsideLink {
	p := t.root
	for _, name := range strings.Split(rel, string(filepath.Separator)) {
		p = filepath.Join(p, name)
		info, err := os.Lstat(p)
		if err != nil {
			return nil
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			continue
		}
		resolved, err := filepath.EvalSymlinks(p)
		if err != nil {
			target, _ := os.Readlink(p)
			return &outsideLink{link: p, target: target + " (which does not exist)", root: t.root}
		}
		if !t.holds(resolved) {
			return &outsideLink{link: p, target: resolved, root: t.root}
		}
	}
	return nil
}

// treeOf returns the tree of the directory dir (absolute, as given).
func (c *linkCheck) treeOf(dir string) *modTree {
	root, ok := c.roots[dir]
	if !ok {
		root = moduleRoot(dir)
		c.roots[dir] = root
	}
	if t, ok := c.trees[root]; ok {
		return t
	}
	t := &modTree{root: root}
	t.inside = appendResolved(t.inside, root)
	if work := findUp(root, "go.work"); work != "" {
		t.inside = append(t.inside, workspaceDirs(work)...)
	}
	c.trees[root] = t
	return t
}

// moduleRoot returns the nearest directory at or above dir that holds a
// go.mod, going up dir's path as given (not resolved); the working
// directory when there is none.
func moduleRoot(dir string) string {
	if mod := findUp(dir, "go.mod"); mod != "" {
		return filepath.Dir(mod)
	}
	wd, err := os.Getwd()
	if err != nil {
		return dir
	}
	return wd
}

// findUp returns the path of the nearest file named name at or above dir,
// or "".
func findUp(dir, name string) string {
	for d := dir; ; d = filepath.Dir(d) {
		p := filepath.Join(d, name)
		if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
			return p
		}
		if d == filepath.Dir(d) {
			return ""
		}
	}
}

// workspaceDirs returns, resolved, the directory of the go.work file at
// path and the directories of the modules it uses.
func workspaceDirs(path string) []string {
	dir := filepath.Dir(path)
	out := appendResolved(nil, dir)
	data, err := os.ReadFile(path)
	if err != nil {
		return out
	}
	wf, err := modfile.ParseWork(path, data, nil)
	if err != nil {
		return out
	}
	for _, u := range wf.Use {
		p := filepath.FromSlash(u.Path)
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		out = appendResolved(out, p)
	}
	return out
}

// appendResolved appends dir with its symbolic links resolved (dir as it
// is when that fails).
func appendResolved(out []string, dir string) []string {
	if resolved, err := filepath.EvalSymlinks(dir); err == nil {
		return append(out, resolved)
	}
	return append(out, filepath.Clean(dir))
}
