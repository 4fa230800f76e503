package kubecodegen

import (
	"go/token"
	"path/filepath"
	"strings"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/conversion"
	"github.com/gengokit/gengokit/generators/deepcopy"
	"github.com/gengokit/gengokit/generators/defaulter"
	"github.com/gengokit/gengokit/generators/informer"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/lister"
	"github.com/gengokit/gengokit/generators/openapi"
	"github.com/gengokit/gengokit/generators/register"
)

// A run removes only what it looked at: the earlier files of a generator
// that ran, and, in an output tree (a scope without a file name: the
// clientset, listers, informers, apply configurations), only those
// generated from the inputs the run covered. A generator that found no
// input package removes nothing, and says so.

// covered returns the scopes of the generators that run, each output tree
// limited to the inputs the run covers, and says what it leaves alone: the
// earlier files of the generators that do not run.
func (o *options) covered(p *plan, pkgs []apiPackage, say progress) []run.Scope {
	ran := map[string]bool{}
	for _, s := range append(append([]step(nil), p.phase1...), p.phase2...) {
		ran[s.gen.Name] = true
	}
	roots, module := o.inputRoots(pkgs)
	idle := map[string][]string{}
	var order []string
	var out []run.Scope
	for _, s := range p.scopes {
		goFiles := s.Name == "" && len(s.Globs) == 0 // found by the inputs they import
		if !ran[s.Generator] || (goFiles && len(roots) == 0) {
			if _, seen := idle[s.Generator]; !seen {
				order = append(order, s.Generator)
			}
			found, _ := s.Generated() // for the message only
			idle[s.Generator] = append(idle[s.Generator], found...)
			continue
		}
		if goFiles {
			s.Inputs, s.InputModule, s.Outputs = roots, module, o.outPkg
		}
		out = append(out, s)
	}
	for _, g := range order {
		o.sayIdle(g, idle[g], say)
	}
	return out
}

// sayIdle says that generator g found no input package and what of its
// earlier output it leaves: a warning when there is any.
func (o *options) sayIdle(g string, earlier []string, say progress) {
	if len(earlier) == 0 {
		say.say("%s: no package under %s asks for it; nothing generated or removed", g, o.inDir)
		return
	}
	say.warn("%s: no package under %s asks for it, so this run generates nothing for it and removes none of the %d file(s) it generated earlier (e.g. %s); if they are stale, give the input directory they were generated from, or remove them by hand",
		g, o.inDir, len(earlier), where(earlier[0]))
}

// inputRoots returns the import path of the input directory (with
// --one-input-api, of that API's directory): the inputs the run covers;
// and that of the module they are in. Without a loaded package, the run
// covers nothing: nil.
func (o *options) inputRoots(pkgs []apiPackage) ([]string, string) {
	dir := o.inDir
	if o.oneInputAPI != "" {
		dir = filepath.Join(dir, o.oneInputAPI)
	}
	root, ok := load.ImportPathOf(dir)
	if len(pkgs) == 0 || !ok {
		return nil, ""
	}
	m, _ := load.ModuleOf(dir)
	return []string{root}, m.Path
}

// staleOf returns the files to remove, and says which earlier files of
// other inputs it leaves alone.
func (o *options) staleOf(left []run.Leftover, say progress) []string {
	var out []string
	for _, l := range left {
		out = append(out, l.Stale...)
		if len(l.Foreign) > 0 {
			say.say("%s: %d file(s) generated earlier from inputs outside %s left as they are (e.g. %s)",
				l.Scope.Generator, len(l.Foreign), strings.Join(l.Scope.Inputs, ", "), where(l.Foreign[0]))
		}
	}
	return out
}

// keptUses returns an error per use, in a file that stays, of a name
// declared in a file the run would remove: the package would no longer
// build. Nothing is written then.
func keptUses(files []run.File, left []run.Leftover) error {
	var orphans []string
	owner := map[string]string{}
	for _, l := range left {
		for _, path := range l.Stale {
			if !strings.HasSuffix(path, ".go") { // generated.proto declares no Go name
				continue
			}
			orphans = append(orphans, path)
			owner[absPath(path)] = l.Scope.Generator
		}
	}
	uses, err := run.BrokenUses(files, orphans)
	if err != nil || len(uses) == 0 {
		return err
	}
	errs := &diag.List{}
	for _, u := range uses {
		g := owner[u.Removed]
		errs.Addf(u.Pos, "%s is declared in %s, which %s no longer generates: this run would remove it and the package would not build; keep it generated with %s, or remove the use (nothing was written or removed)",
			u.Name, where(u.Removed), g, keeper(g))
	}
	return errs.Err()
}

// keeper names the tag that asks generator g for its file.
func keeper(g string) string {
	switch g {
	case deepcopy.Name:
		return `"// +k8s:deepcopy-gen=package" in the package's doc.go`
	case defaulter.Name:
		return `a package tag, e.g. "// +k8s:defaulter-gen=TypeMeta" in the package's doc.go (type-level +k8s:defaulter-gen tags alone ask for nothing)`
	case conversion.Name:
		return `"// +k8s:conversion-gen=<import path of the internal version>" in the package's doc.go`
	case register.Name:
		return `"// +groupName=<group>" in the package's doc.go`
	case openapi.Name:
		return `"// +k8s:openapi-gen=true" in the package's doc.go`
	case client.Name, lister.Name, informer.Name, applyconfiguration.Name:
		return `"// +genclient" on the type, in a version directory under the input directory`
	}
	return "the tag that asked " + g + " for it"
}

// where renders a file's path as errors do: relative to the working
// directory where that is shorter.
func where(path string) string { return diag.Where(token.Position{Filename: path}) }
