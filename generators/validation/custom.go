package validation

import (
	"fmt"
	"go/token"
	"slices"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// customPrefix starts the name of every hand-written validation function
// +k8s:customValidation calls.
const customPrefix = "ValidateCustom_"

// customValidation is the handler of +k8s:customValidation: generated
// code calls the hand-written ValidateCustom_<Type> (on a type) or
// ValidateCustom_<Type>_<Field> (on a field), which must exist in the
// package the validations are generated into, with the standard
// signature.
func (p *plan) customValidation(ctx tagContext, _ codetags.Tag) (validations, error) {
	owner := ctx.t
	if ctx.scope == scopeField {
		owner = ctx.parent
	}
	out, ok := p.canonical[owner.Name.Package]
	if !ok {
		return validations{}, fmt.Errorf("validation-gen does not generate into a package for %s: add it to the packages the run reads", owner.Name.Package)
	}
	name := customPrefix + owner.Name.Name
	if ctx.scope == scopeField {
		name += "_" + ctx.member.Name
	}
	fn := types.Name{Package: out, Name: name}
	value := ctx.t
	if !nilable(value) {
		value = types.PointerTo(value)
	}
	if err := p.checkCustom(fn, value); err != nil {
		return validations{}, err
	}
	p.claimed[fn] = true
	return validations{calls: []call{{fn: fn, comments: []string{"custom validation"}}}}, nil
}

// checkCustom checks that the hand-written function exists with the
// standard signature for values of type value.
func (p *plan) checkCustom(fn types.Name, value *types.Type) error {
	pkg := p.Context.Universe.Package(fn.Package)
	f := pkg.Functions[fn.Name]
	want := "func(ctx context.Context, op operation.Operation, fldPath *field.Path, value, oldValue " + typeString(value) + ") field.ErrorList"
	if f == nil {
		return fmt.Errorf("write the hand-written function %s in %s: %s", fn.Name, fn.Package, strings.Replace(want, "func(", "func "+fn.Name+"(", 1))
	}
	if sig := f.Underlying.Signature; sig == nil || !customSignature(sig, value) {
		return fmt.Errorf("%s.%s must have the signature %s", fn.Package, fn.Name, want)
	}
	return nil
}

func customSignature(sig *types.Signature, value *types.Type) bool {
	if sig.Variadic || len(sig.Parameters) != 5 || len(sig.Results) != 1 {
		return false
	}
	ps := sig.Parameters
	named := func(t *types.Type, pkg, name string) bool {
		return t != nil && t.Name == types.Name{Package: pkg, Name: name}
	}
	return named(ps[0].Type, "context", "Context") && named(ps[1].Type, operationPkg, "Operation") &&
		ps[2].Type != nil && ps[2].Type.Kind == types.Pointer && named(ps[2].Type.Elem, fieldPkg, "Path") &&
		sameType(ps[3].Type, value) && sameType(ps[4].Type, value) && named(sig.Results[0].Type, fieldPkg, "ErrorList")
}

// sameType reports whether two types are the same, by structure and name.
func sameType(a, b *types.Type) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case types.Pointer, types.Slice, types.Array:
		return sameType(a.Elem, b.Elem)
	case types.Map:
		return sameType(a.Key, b.Key) && sameType(a.Elem, b.Elem)
	}
	return a.Name == b.Name
}

// typeString writes a type for a message, packages left out.
func typeString(t *types.Type) string {
	switch t.Kind {
	case types.Pointer:
		return "*" + typeString(t.Elem)
	case types.Slice, types.Array:
		return "[]" + typeString(t.Elem)
	case types.Map:
		return "map[" + typeString(t.Key) + "]" + typeString(t.Elem)
	}
	return t.Name.Name
}

// checkUnclaimed reports each ValidateCustom_ function no tag calls: in a
// package validations are generated into (a forgotten tag, or a typo in
// the name), or beside validated types whose validations go elsewhere.
func (p *plan) checkUnclaimed() {
	var problems []struct {
		pos token.Position
		msg string
	}
	add := func(pkg, name, msg string) {
		pos := token.Position{}
		if d := p.Index.Func(pkg, name); d != nil {
			pos = d.Pos
		}
		problems = append(problems, struct {
			pos token.Position
			msg string
		}{pos, msg})
	}
	scanned := map[string]bool{}
	for in, out := range p.canonical {
		if !p.generated[out] {
			continue // read-only: not ours to check
		}
		if in != out {
			for name := range p.Context.Universe.Package(in).Functions {
				if strings.HasPrefix(name, customPrefix) {
					add(in, name, fmt.Sprintf("%s is beside the types, but their validations are generated into %s: move it there", name, out))
				}
			}
		}
		if scanned[out] {
			continue
		}
		scanned[out] = true
		for name := range p.Context.Universe.Package(out).Functions {
			if strings.HasPrefix(name, customPrefix) && !p.claimed[types.Name{Package: out, Name: name}] {
				add(out, name, fmt.Sprintf("%s matches no +k8s:customValidation tag: add the tag to the type or field it names, or rename the function", name))
			}
		}
	}
	slices.SortFunc(problems, func(a, b struct {
		pos token.Position
		msg string
	}) int {
		return strings.Compare(a.msg, b.msg)
	})
	for _, pr := range problems {
		p.Errs.Add(diag.Errorf(pr.pos, "%s", pr.msg))
	}
}
