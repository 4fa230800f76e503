package client

import (
	"fmt"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/genclient"
	"github.com/gengokit/gengokit/generators/kit/load"
)

// checkMethodTypes reports the +genclient:method input= and result= values
// of gv's client types that name no type: upstream writes a client that
// does not compile. A package no input brought in is loaded to look.
func (p *plan) checkMethodTypes(l *load.Loaded, gv *groupVersionInfo, errs *diag.List) {
	for _, t := range gv.types {
		for _, tag := range genclient.MethodTags(apigroup.Comments(t)) {
			if tag.Err != nil { // the registry reported it
				continue
			}
			m, at := tag.Val, tag.At(l.Index.TypeTag(t))
			for _, ref := range typeRefs(m) {
				if err := findType(l, t, ref[1]); err != nil {
					errs.Addf(at, "+genclient:method: %s: %s%s: %v", m.Name, ref[0], ref[1], err)
				}
			}
		}
	}
}

// typeRefs returns the keys and values of m's input= and result=, once
// when they name the same type: one mistake, one message.
func typeRefs(m genclient.Method) [][2]string {
	var out [][2]string
	switch {
	case m.Input != "" && m.Input == m.Result:
		return [][2]string{{"input= and result=", m.Input}}
	case m.Input != "":
		out = append(out, [2]string{"input=", m.Input})
	}
	if m.Result != "" {
		out = append(out, [2]string{"result=", m.Result})
	}
	return out
}

// findType says why spec, an input= or result= value, names no type: a
// "<import/path>.<Type>" of a package that does not load or lacks it, or
// a "<Type>" that t's own package lacks.
func findType(l *load.Loaded, t *types.Type, spec string) error {
	c := l.Context
	i := strings.LastIndex(spec, ".")
	if i < 0 {
		if !declares(c.Universe[t.Name.Package], spec) {
			return fmt.Errorf("package %s declares no type %s; declare it, or name a type of another package as <import/path>.<Type>", t.Name.Package, spec)
		}
		return nil
	}
	pkgPath, name := spec[:i], spec[i+1:]
	if pkgPath == "" || name == "" || load.IsDir(pkgPath) {
		return fmt.Errorf("not a type name; write <Type> for a type of this package, or <import/path>.<Type>")
	}
	if declares(c.Universe[pkgPath], name) {
		return nil
	}
	if err := l.Require(pkgPath); err != nil {
		return fmt.Errorf("cannot load package %s (%s); name a type as <import/path>.<Type> of a package this module can import", pkgPath, loadProblem(err))
	}
	if pkg := c.Universe[pkgPath]; pkg == nil || pkg.Dir == "" {
		return fmt.Errorf("there is no package %s; name a type as <import/path>.<Type> of a package this module can import", pkgPath)
	}
	if !declares(c.Universe[pkgPath], name) {
		return fmt.Errorf("package %s declares no type %s; name one of its types, or declare it there", pkgPath, name)
	}
	return nil
}

// declares reports whether pkg, as parsed, declares a type named name
// (a type that is only referred to, which gengo keeps as Unknown, is not
// declared).
func declares(pkg *types.Package, name string) bool {
	if pkg == nil {
		return false
	}
	t, ok := pkg.Types[name]
	return ok && t.Kind != types.Unknown
}

// loadProblem is the first line of a loader error, without go's advice to
// "go get" a package that may be misspelt.
func loadProblem(err error) string {
	first, _, _ := strings.Cut(load.Describe(err), "\n")
	return strings.TrimSuffix(first, "; to add it:")
}
