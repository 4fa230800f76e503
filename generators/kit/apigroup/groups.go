package apigroup

import (
	"go/token"
	"path"
	"sort"

	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// Note records a described package for CheckGroups. Scan notes the
// packages it describes; a generator that describes packages itself notes
// them here.
func (s *Scanner) Note(p Package) {
	s.seen = append(s.seen, p)
}

// CheckGroups looks at the noted packages group directory by group
// directory (the directory of a group's versions, and its internal
// package). When one of them sets +groupName, all must set the same: a
// version without it, or with another, would silently get another group
// (the directory's name) and its clients would talk to the wrong API. When
// none does, each gets a warning naming the group it falls back to.
func (s *Scanner) CheckGroups(errs *diag.List) {
	byDir := map[string][]Package{}
	for _, p := range s.seen {
		byDir[groupDir(p)] = append(byDir[groupDir(p)], p)
	}
	dirs := make([]string, 0, len(byDir))
	for d := range byDir {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		s.checkGroup(byDir[d], errs)
	}
}

func (s *Scanner) checkGroup(pkgs []Package, errs *diag.List) {
	var named *Package
	for i := range pkgs {
		if pkgs[i].HasGroupName {
			named = &pkgs[i]
			break
		}
	}
	for _, p := range pkgs {
		switch {
		case named == nil:
			klog.Warningf("%s: package %s has no +groupName; its API group is %q, the name of its directory (add +groupName=<group> to its doc.go to say which)",
				diag.Where(s.Index.PackageDoc(p.Path).Pos), p.Path, p.DirGroup)
		case !p.HasGroupName:
			errs.Addf(s.Index.PackageDoc(p.Path).Pos, "package %s has no +groupName, so its group would be %q, while %s says +groupName=%s; versions of one group must name the same group: add +groupName=%s to its doc.go",
				p.Path, p.DirGroup, named.Path, named.GroupName, named.GroupName)
		case p.GroupName != named.GroupName:
			errs.Addf(s.groupNamePos(p), "+groupName=%s differs from +groupName=%s of %s, a version of the same group; versions of one group must name the same group",
				p.GroupName, named.GroupName, named.Path)
		}
	}
}

func (s *Scanner) groupNamePos(p Package) token.Position {
	return s.Index.PackageTag(p.Path)(TagGroupName + "=" + p.GroupName)
}

// groupDir is the directory that holds a group's versions: the package's
// parent for a version, the package itself for an internal one.
func groupDir(p Package) string {
	if p.Internal {
		return p.Path
	}
	return path.Dir(p.Path)
}
