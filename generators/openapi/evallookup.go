package openapi

import (
	"bytes"
	"strings"
)

// The lookups below find a declaration of a package: first among the
// files that contain the text gofmt writes it with (a large generated
// file that only mentions the name is not parsed), then, when that finds
// nothing, among all the files that mention the name.

// lookupFunc finds function name of p.
func (ev *evaluator) lookupFunc(p *srcPackage, name string) (declRef, bool, error) {
	err := ev.lookup(p, name, func() bool { _, ok := p.index.funcs[name]; return ok }, "func "+name+"(")
	d, ok := p.index.funcs[name]
	return d, ok, err
}

// lookupMethod finds method name of type typ of p.
func (ev *evaluator) lookupMethod(p *srcPackage, typ, name string) (declRef, bool, error) {
	key := typ + "." + name
	err := ev.lookup(p, name, func() bool { _, ok := p.index.methods[key]; return ok }, ") "+name+"(")
	d, ok := p.index.methods[key]
	return d, ok, err
}

// lookupConst finds constant name of p.
func (ev *evaluator) lookupConst(p *srcPackage, name string) (constDef, bool, error) {
	err := ev.lookup(p, name, func() bool { _, ok := p.index.consts[name]; return ok },
		"const "+name, "\t"+name+" ", "\t"+name+"\n", "\t"+name+",")
	d, ok := p.index.consts[name]
	return d, ok, err
}

// lookupType finds type name of p.
func (ev *evaluator) lookupType(p *srcPackage, name string) (typeDef, bool, error) {
	err := ev.lookup(p, name, func() bool { _, ok := p.index.types[name]; return ok }, "type "+name+" ", "\t"+name+" ")
	d, ok := p.index.types[name]
	return d, ok, err
}

// lookup parses the files of p that contain one of needles, then, unless
// found reports the declaration found, those that mention name.
func (ev *evaluator) lookup(p *srcPackage, name string, found func() bool, needles ...string) error {
	if found() {
		return nil
	}
	if err := ev.search(p, needles...); err != nil || found() {
		return err
	}
	return ev.search(p, name)
}

// search parses, once for each set of needles, the files of p that
// contain one of them. The generated package is parsed already.
func (ev *evaluator) search(p *srcPackage, needles ...string) error {
	key := strings.Join(needles, "\x00")
	if p.searched == nil || p.searched[key] {
		return nil
	}
	p.searched[key] = true
	for _, f := range p.files {
		if f.ast == nil && containsAny(f.src, needles) {
			if err := ev.parse(p, f); err != nil {
				return err
			}
		}
	}
	return nil
}

// containsAny reports whether src contains one of needles.
func containsAny(src []byte, needles []string) bool {
	for _, n := range needles {
		if bytes.Contains(src, []byte(n)) {
			return true
		}
	}
	return false
}
