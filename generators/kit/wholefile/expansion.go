package wholefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"
)

// Expansion is one empty interface of an expansion file, which a user
// fills with methods in a hand-written <type>_expansion.go instead.
type Expansion struct {
	// Type is the type the interface extends, e.g. Deployment.
	Type *types.Type
	// Decl is the template that declares the interface, run with Type,
	// e.g. "\ntype $.|public$Expansion interface {}\n".
	Decl string
}

// NewExpansions returns the generator of file in package pkg, which
// declares each of exps in turn (lister-gen's expansion_generated.go,
// client-gen's generated_expansion.go).
func NewExpansions(file, pkg string, exps []Expansion) *Generator {
	return New(file, pkg, func(_ *generator.Context, sw *generator.SnippetWriter) error {
		for _, e := range exps {
			sw.Do(e.Decl, e.Type)
		}
		return nil
	})
}

// Unexpanded returns the types of ts whose expansion interfaces are
// generated: those without a hand-written <type>_expansion.go (the type's
// name in lower case) in dir, where the user declares them. Targets calls
// it, so that emission never looks at the disk.
func Unexpanded(dir string, ts []*types.Type) ([]*types.Type, error) {
	var out []*types.Type
	for _, t := range ts {
		_, err := os.Stat(filepath.Join(dir, strings.ToLower(t.Name.Name+"_expansion.go")))
		switch {
		case err == nil:
			continue
		case !errors.Is(err, fs.ErrNotExist):
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}
