package load

import (
	"go/token"
	gotypes "go/types"
	"strings"

	"golang.org/x/tools/go/packages"
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// recursiveTypes reports, at their positions, the invalid recursive types
// of the input packages (e.g. type T struct{ t T }): Go rejects them, but
// gengo's parser keeps only parse errors, so the type would be read as an
// invalid builtin and the generators would skip it or write code that
// cannot compile. Other type errors are left alone: an input package
// commonly refers to code that is not generated yet.
func recursiveTypes(c *generator.Context, buildTags []string) error {
	suspects := invalidNamedTypes(c)
	if len(suspects) == 0 {
		return nil
	}
	cfg := &packages.Config{
		Mode:       packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes,
		BuildFlags: []string{"-tags", strings.Join(buildTags, ",")},
	}
	pkgs, err := packages.Load(cfg, suspects...)
	if err != nil {
		return nil // the packages loaded once: nothing more to say here
	}
	errs := &diag.List{}
	for _, pkg := range pkgs {
		for _, c := range cycles(pkg.Errors) {
			errs.Addf(c.pos, "%s (Go rejects it: a struct or array cannot contain itself but through a pointer, slice or map)", c.msg)
		}
	}
	return errs.Err()
}

// cycle is one invalid recursive type: Go's message, and its position.
type cycle struct {
	pos token.Position
	msg string
}

// cycles returns the "invalid recursive type" errors among a package's
// errors, each with its continuation lines ("\tA refers to B", which the
// type checker gives as errors of their own) joined into its message.
func cycles(pkgErrs []packages.Error) []cycle {
	var out []cycle
	open := false // the last error that was not a continuation is a cycle's
	for _, pe := range pkgErrs {
		switch {
		case pe.Kind != packages.TypeError:
		case strings.HasPrefix(pe.Msg, "invalid recursive type"):
			out, open = append(out, cycle{pos: parsePos(pe.Pos), msg: pe.Msg}), true
		case !strings.HasPrefix(pe.Msg, "\t"):
			open = false
		case open:
			last := &out[len(out)-1]
			sep := ", "
			if !strings.Contains(last.msg, ":") {
				sep = ": "
			}
			last.msg += sep + strings.TrimSpace(pe.Msg)
		}
	}
	return out
}

// invalidNamedTypes returns the input packages that declare a named type
// whose underlying type Go's type checker found invalid.
func invalidNamedTypes(c *generator.Context) []string {
	var out []string
	for _, path := range c.Inputs {
		pkg := c.Universe[path]
		if pkg != nil && hasInvalidType(pkg) {
			out = append(out, path)
		}
	}
	return out
}

func hasInvalidType(pkg *types.Package) bool {
	for _, t := range pkg.Types {
		if named, ok := t.GoType.(*gotypes.Named); ok && named.Underlying() == gotypes.Typ[gotypes.Invalid] {
			return true
		}
	}
	return false
}
