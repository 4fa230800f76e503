package wholefile

import (
	"path"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

// rawNamer is the name system that names identifiers relative to the
// output package, as templates spell it ("$.x|raw$").
const rawNamer = "raw"

// tracked is what both generators share: the output file, and the import
// tracker that the raw namer records the file's imports in.
type tracked struct {
	generator.GoGenerator
	pkg     string
	imports *namer.DefaultImportTracker
	// pins are the names Alias pinned, by import path; "" imports the
	// package by its own name, with no alias written.
	pins map[string]string
}

func newTracked(file, pkg string) tracked {
	g := tracked{
		GoGenerator: generator.GoGenerator{OutputFilename: file},
		pkg:         pkg,
		imports:     generator.NewImportTrackerForPackage(pkg),
		pins:        map[string]string{},
	}
	chosen, printed := g.imports.LocalName, g.imports.PrintImport
	pins := g.pins
	g.imports.LocalName = func(n types.Name) string {
		if name, ok := pins[n.Package]; ok {
			return pinnedName(n.Package, name)
		}
		return chosen(n)
	}
	g.imports.PrintImport = func(p, name string) string {
		if pinned, ok := pins[p]; ok && pinned == "" {
			return `"` + p + `"`
		}
		return printed(p, name)
	}
	return g
}

// pinnedName is the local name of a pinned package: its alias, or the
// last element of its path.
func pinnedName(p, alias string) string {
	if alias == "" {
		return path.Base(p)
	}
	return alias
}

// Alias pins the name the file imports package p by, where upstream's
// output differs from gengo's choice: name, e.g. "appsv1" for
// "k8s.io/client-go/kubernetes/typed/apps/v1", or "" to import p by its
// own name with no alias written, e.g. `"k8s.io/client-go/testing"`. The
// package is imported only if the file names one of its identifiers. Pin
// before the file is written.
func (g *tracked) Alias(p, name string) { g.pins[p] = name }

// Namers names identifiers relative to the output package, tracking
// imports.
func (g *tracked) Namers(*generator.Context) namer.NameSystems {
	return namer.NameSystems{rawNamer: namer.NewRawNamer(g.pkg, g.imports)}
}

// Imports returns the import lines of the identifiers the file named.
func (g *tracked) Imports(*generator.Context) []string { return g.imports.ImportLines() }
