package validation

import (
	"fmt"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
)

// emitNode writes the validation of a value of n's type held in obj and
// oldObj: the type's own validations, its keys' and values' functions,
// then what it is made of (a struct's fields).
func (g *gen) emitNode(out *inplace.Writer, n *node) error {
	didSome := false
	if !n.own.empty() {
		g.comments(out, n.own.comments)
		g.calls(out, n.own.calls)
		out.Blank()
		didSome = true
	}
	if !n.eachKey.empty() && n.resolveKey() != nil && g.has(n.resolveKey()) {
		g.comments(out, n.eachKey.comments)
		g.calls(out, n.eachKey.calls)
		out.Blank()
		didSome = true
	}
	if !n.eachVal.empty() && n.resolveElem() != nil && g.has(n.resolveElem()) {
		g.comments(out, n.eachVal.comments)
		g.calls(out, n.eachVal.calls)
		out.Blank()
		didSome = true
	}
	if n.own.opaque {
		return nil
	}
	switch n.t.Kind {
	case types.Alias:
		if n.underlying != nil && n.underlying.to != nil {
			return g.emitNode(out, n.underlying.to)
		}
	case types.Struct:
		for _, f := range n.fields {
			g.emitField(out, n, f, didSome)
			didSome = true
		}
	}
	return nil
}

// emitField writes the closure that validates one field of n's struct,
// or says it has no validation.
func (g *gen) emitField(out *inplace.Writer, n *node, f *edge, didSome bool) {
	body := inplace.NewWriter(&diag.List{})
	own := f.own
	if nt := nativeType(f.t); nt.Kind == types.Slice && nt.Elem.Kind == types.Pointer {
		prop := f.to != nil && g.has(f.to)
		if len(own.calls) > 0 || prop {
			noNils := call{fn: validateFn("PtrSliceNoNils"), typeArgs: []typeRef{{name: nt.Elem.Elem.Name}}, shortCircuit: true}
			own.calls = append([]call{noNils}, own.calls...)
		}
	}
	ratcheted := false
	ratchet := func() {
		if !ratcheted {
			g.ratchet(body, f.t)
			ratcheted = true
		}
	}
	if !own.empty() {
		g.comments(body, own.comments)
		if len(own.calls) > 0 {
			ratchet()
			body.Line("// call field-attached validations")
			g.calls(body, own.calls)
		}
	}
	if f.to != nil {
		if k := f.to.t.Kind; (k == types.Alias || k == types.Struct) && g.has(f.to) {
			ratchet()
			body.Line("// call the type's validation function")
			body.Line("errs = append(errs, %s(ctx, op, fldPath, obj, oldObj)...)", g.fnName(f.to.fn))
		}
		for _, it := range []struct {
			v  validations
			to *node
		}{{f.eachKey, f.to.resolveKey()}, {f.eachVal, f.to.resolveElem()}} {
			if it.v.empty() || it.to == nil || !g.has(it.to) {
				continue
			}
			g.comments(body, it.v.comments)
			if len(it.v.calls) > 0 {
				ratchet()
				g.calls(body, it.v.calls)
			}
		}
	}
	owner := g.typeName(n.t)
	if body.String() == "" {
		out.Line("// field %s.%s has no validation", owner, f.name)
		return
	}
	g.fieldClosure(out, n, f, body, owner, didSome)
}

// fieldClosure writes the closure of a field around its body, and its
// call with the field's old value.
func (g *gen) fieldClosure(out *inplace.Writer, n *node, f *edge, body *inplace.Writer, owner string, didSome bool) {
	leaf, typePfx, exprPfx := leafAndPrefixes(f.t)
	ft := typePfx + g.typeName(leaf)
	path := g.name(types.Name{Package: fieldPkg, Name: "Path"})
	if didSome {
		out.Blank()
	}
	out.Line("{ // field %s.%s", owner, f.name)
	out.Line("fn := func(")
	out.Line("fldPath *%s,", path)
	out.Line("obj, oldObj %s,", ft)
	out.Line("oldValueCorrelated bool) (errs %s) {", g.name(types.Name{Package: fieldPkg, Name: "ErrorList"}))
	out.Line("%s", strings.TrimSuffix(body.String(), "\n"))
	out.Line("return")
	out.Line("}")
	out.Line("oldVal := %s(oldObj,", g.name(types.Name{Package: safePkg, Name: "Field"}))
	out.Line("func(oldObj *%s) %s {", owner, ft)
	out.Line("return %soldObj.%s", exprPfx, f.name)
	out.Line("})")
	fldPath := "fldPath.Child(" + strconv.Quote(f.json) + ")"
	if f.json == "" {
		fldPath = fmt.Sprintf("%s(fldPath, func() *%s { return fldPath.Child(%q) })", g.name(types.Name{Package: safePkg, Name: "Value"}), path, g.typeName(leaf))
	}
	out.Line("errs = append(errs, fn(%s, %sobj.%s, oldVal, oldObj != nil)...)", fldPath, exprPfx, f.name)
	out.Line("}")
	out.Blank()
}

// ratchet writes the check that skips validating a value that an update
// did not change.
func (g *gen) ratchet(out *inplace.Writer, t *types.Type) {
	out.Line("// don't revalidate unchanged data")
	out.Line("if oldValueCorrelated && op.Type == %s {", g.name(types.Name{Package: operationPkg, Name: "Update"}))
	if directlyComparable(nonPointer(nativeType(t))) {
		out.Line("if obj == oldObj || (obj != nil && oldObj != nil && *obj == *oldObj) {")
	} else {
		out.Line("if %s.DeepEqual(obj, oldObj) {", g.name(types.Name{Package: equalityPkg, Name: "Semantic"}))
	}
	out.Line("return nil")
	out.Line("}")
	out.Line("}")
}

func (g *gen) comments(out *inplace.Writer, cs []string) {
	for _, c := range cs {
		out.Line("// %s", c)
	}
}

// calls writes calls of validation functions: by cohort (the unnamed
// one first, each named one in a closure of its own), short-circuiting
// calls first in each.
func (g *gen) calls(out *inplace.Writer, cs []call) {
	for _, cohort := range cohorts(cs) {
		if name := cohort[0].cohort; name != "" {
			out.Line("func() { // cohort = \"%s\"", name)
			g.cohortCalls(out, cohort)
			out.Line("}()")
			continue
		}
		g.cohortCalls(out, cohort)
	}
}

// cohorts groups calls: the unnamed cohort first, then the named ones in
// the order they first appear; short-circuiting calls first in each.
func cohorts(cs []call) [][]call {
	var order []string
	groups := map[string][]call{}
	for _, c := range cs {
		if _, ok := groups[c.cohort]; !ok && c.cohort != "" {
			order = append(order, c.cohort)
		}
		groups[c.cohort] = append(groups[c.cohort], c)
	}
	if len(groups[""]) > 0 {
		order = append([]string{""}, order...)
	}
	var out [][]call
	for _, name := range order {
		var first, rest []call
		for _, c := range groups[name] {
			if c.shortCircuit {
				first = append(first, c)
			} else {
				rest = append(rest, c)
			}
		}
		out = append(out, append(first, rest...))
	}
	return out
}

// cohortCalls writes the calls of one cohort.
func (g *gen) cohortCalls(out *inplace.Writer, cs []call) {
	last := -1
	for i, c := range cs {
		if c.shortCircuit {
			last = i
		}
	}
	if last >= 0 {
		out.Line("earlyReturn := false")
	}
	for i, c := range cs {
		g.comments(out, c.comments)
		expr := g.callExpr(c)
		switch {
		case c.shortCircuit:
			out.Line("if e := %s; len(e) != 0 {", expr)
			if !c.nonError {
				out.Line("errs = append(errs, e...)")
			}
			out.Line("earlyReturn = true")
			out.Line("}")
			if i == last {
				out.Line("if earlyReturn {")
				out.Line("return // do not proceed")
				out.Line("}")
			}
		case c.nonError:
			out.Line("%s", expr)
		default:
			out.Line("if e := %s; len(e) != 0 {", expr)
			out.Line("errs = append(errs, e...)")
			out.Line("}")
		}
	}
}

// callExpr renders a call with the standard arguments and its marks.
func (g *gen) callExpr(c call) string {
	expr := g.funcCall(c, "ctx, op, fldPath, obj, oldObj")
	if c.shortCircuit {
		expr += ".MarkShortCircuit()"
	}
	return expr
}

// funcCall renders fn[typeArgs](leading, args...) with its stability mark.
func (g *gen) funcCall(c call, leading string) string {
	s := g.fnName(c.fn)
	if len(c.typeArgs) > 0 {
		s += "["
		for i, ta := range c.typeArgs {
			if i > 0 {
				s += ","
			}
			if ta.ptr {
				s += "*"
			}
			s += g.name(ta.name)
		}
		s += "]"
	}
	s += "(" + leading
	for i, a := range c.args {
		if i > 0 || leading != "" {
			s += ", "
		}
		s += g.literal(a)
	}
	s += ")"
	switch c.level {
	case alpha:
		s += ".MarkAlpha()"
	case beta:
		s += ".MarkBeta()"
	}
	return s
}

// literal renders an argument of a call as Go source.
func (g *gen) literal(v any) string {
	switch v := v.(type) {
	case bool, int, int64, uint64, float64:
		return fmt.Sprint(v)
	case string:
		if s, err := strconv.Unquote(v); err == nil {
			v = s
		}
		return strconv.Quote(v)
	case rawExpr:
		return string(v)
	case ident:
		return g.name(types.Name(v))
	case *types.Type:
		return g.typeName(v)
	case wrapper:
		return g.wrapperLiteral(v)
	case getter:
		owner, field, amp := g.typeName(v.owner), g.typeName(v.field), ""
		if v.ownerPtr {
			owner = "*" + owner
		}
		if v.fieldPtr {
			field, amp = "*"+field, "&"
		}
		return fmt.Sprintf("\nfunc(%s %s) %s { return %s%s.%s }", v.param, owner, field, amp, v.param, v.name)
	case itemMatch:
		return fmt.Sprintf("\nfunc(item *%s) bool { return %s }", g.typeName(v.elem), strings.Join(v.terms, " && "))
	case setOf:
		return g.setLiteral(v)
	case exclusionList:
		return g.exclusionLiteral(v)
	case matchFunc:
		pt := "*" + g.typeName(nonPointer(v.elem))
		return fmt.Sprintf("\nfunc(a %s, b %s) bool { %s }", pt, pt, v.body())
	}
	if s, ok := g.unionLiteral(v); ok {
		return s
	}
	if s, ok := g.modeLiteral(v); ok {
		return s
	}
	return fmt.Sprintf("/* unsupported argument %T */", v)
}

// wrapperLiteral renders a call passed as a validation function: the
// function itself, or a closure that calls it with its arguments.
func (g *gen) wrapperLiteral(w wrapper) string {
	if len(w.call.args) == 0 {
		s := ""
		for _, c := range w.call.comments {
			s += "// " + c + "\n"
		}
		return s + g.fnName(w.call.fn)
	}
	pfx := "*"
	if nilable(w.objType) {
		pfx = ""
	}
	return fmt.Sprintf("\nfunc(ctx %s, op %s, fldPath *%s, obj, oldObj %s%s) %s {\nreturn %s\n}",
		g.name(types.Name{Package: "context", Name: "Context"}), g.name(types.Name{Package: operationPkg, Name: "Operation"}),
		g.name(types.Name{Package: fieldPkg, Name: "Path"}), pfx, g.typeName(w.objType),
		g.name(types.Name{Package: fieldPkg, Name: "ErrorList"}), g.funcCall(w.call, "ctx, op, fldPath, obj, oldObj"))
}

// setLiteral renders sets.New of an enum's values.
func (g *gen) setLiteral(s setOf) string {
	fn := g.name(types.Name{Package: "k8s.io/apimachinery/pkg/util/sets", Name: "New"})
	if len(s.values) == 0 {
		return fn + "[" + g.typeName(s.t) + "]()"
	}
	names := make([]string, len(s.values))
	for i, v := range s.values {
		names[i] = g.name(v)
	}
	return fn + "(" + strings.Join(names, ", ") + ")"
}

// exclusionLiteral renders the list of an enum's exclusions.
func (g *gen) exclusionLiteral(l exclusionList) string {
	s := "[]" + g.name(validateFn("EnumExclusion")) + "[" + g.typeName(l.t) + "]{\n"
	for _, r := range l.rules {
		s += fmt.Sprintf("\n{\nValue: %s,\nOption: %q,\nExcludeWhen: %t,\n},\n", g.name(r.value), r.option, r.excludeWhen)
	}
	return s + "}"
}
