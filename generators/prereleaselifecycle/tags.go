package prereleaselifecycle

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/tags"
)

// The tags prerelease-lifecycle-gen reads.
const (
	tagEnabled     = "k8s:prerelease-lifecycle-gen"
	tagIntroduced  = tagEnabled + ":introduced"
	tagDeprecated  = tagEnabled + ":deprecated"
	tagRemoved     = tagEnabled + ":removed"
	tagReplacement = tagEnabled + ":replacement"
)

// version is a Kubernetes release, major.minor.
type version struct{ major, minor int }

// String writes v as a tag value, e.g. "1.19".
func (v version) String() string { return fmt.Sprintf("%d.%d", v.major, v.minor) }

// before reports whether v is an earlier release than w.
func (v version) before(w version) bool {
	return v.major < w.major || (v.major == w.major && v.minor < w.minor)
}

// plusThree is the release three minor releases after v, as upstream's
// policy computes the defaults of deprecated and removed.
func (v version) plusThree() version { return version{v.major, v.minor + 3} }

// gvk is the group, version and kind a +...:replacement names.
type gvk struct{ group, version, kind string }

// tagSet holds prerelease-lifecycle-gen's tags, each declared with its
// value's parser.
type tagSet struct {
	enabled     tags.Typed[bool]
	introduced  tags.Typed[version]
	deprecated  tags.Typed[version]
	removed     tags.Typed[version]
	replacement tags.Typed[gvk]
}

func declareTags() tagSet {
	release := func(name, doc string) tags.Typed[version] {
		return tags.Declare(tags.Definition{Name: name, Scopes: tags.Type, Syntax: "<major>.<minor>", Doc: doc}, parseVersion)
	}
	return tagSet{
		enabled: tags.Declare(tags.Definition{
			Name:   tagEnabled,
			Scopes: tags.Package,
			Syntax: "true|false",
			Doc:    "generate the lifecycle methods of every API type (exported struct embedding TypeMeta) of the package",
		}, tags.Bool),
		introduced: release(tagIntroduced, "the release that introduced the type (required on every API type of an enabled package)"),
		deprecated: release(tagDeprecated, "the release that deprecates the type (default: introduced plus three minor releases; GA versions: none)"),
		removed:    release(tagRemoved, "the release that stops serving the type (default: deprecated plus three minor releases; GA versions: none, and it needs +"+tagDeprecated+")"),
		replacement: tags.Declare(tags.Definition{
			Name:   tagReplacement,
			Scopes: tags.Type,
			Syntax: "<group>,<version>,<Kind>",
			Doc:    "the group, version and kind to use instead (the core group is empty: \",v1,Pod\")",
		}, parseReplacement),
	}
}

// Registry declares prerelease-lifecycle-gen's tags.
func Registry() *tags.Registry {
	ts := declareTags()
	return &tags.Registry{
		Generator:  Name,
		Namespaces: []string{tagEnabled},
		Definitions: []tags.Definition{
			ts.enabled.Definition(), ts.introduced.Definition(), ts.deprecated.Definition(),
			ts.removed.Definition(), ts.replacement.Definition(),
		},
	}
}

var releasePattern = regexp.MustCompile(`^([0-9]+)\.([0-9]+)$`)

// parseVersion reads "<major>.<minor>", two decimal numbers.
func parseVersion(_ tags.Scope, value string) (version, error) {
	m := releasePattern.FindStringSubmatch(value)
	if m == nil {
		return version{}, fmt.Errorf("%q is not a release: want <major>.<minor>, two decimal numbers such as 1.19 (no \"v\", no patch)", value)
	}
	major, err1 := strconv.ParseInt(m[1], 10, 32)
	minor, err2 := strconv.ParseInt(m[2], 10, 32)
	if err1 != nil || err2 != nil {
		return version{}, fmt.Errorf("%q is not a release: its numbers are too large", value)
	}
	return version{int(major), int(minor)}, nil
}

var (
	groupPattern   = regexp.MustCompile(`^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$`)
	versionPattern = regexp.MustCompile(`^v[0-9]+[a-z0-9]*$`)
	kindPattern    = regexp.MustCompile(`^[A-Z][A-Za-z0-9_]*$`)
)

// parseReplacement reads "<group>,<version>,<Kind>": the group lower-case
// (empty for the core group), the version starting with "v", the kind
// starting with an upper-case letter.
func parseReplacement(_ tags.Scope, value string) (gvk, error) {
	const want = "want <group>,<version>,<Kind> such as apps,v1,Deployment (the core group is empty: \",v1,Pod\")"
	parts := strings.Split(value, ",")
	if len(parts) != 3 {
		return gvk{}, fmt.Errorf("%q has %d comma-separated parts; %s", value, len(parts), want)
	}
	r := gvk{group: parts[0], version: parts[1], kind: parts[2]}
	switch {
	case r.group != "" && !groupPattern.MatchString(r.group):
		return gvk{}, fmt.Errorf("group %q is not a lower-case API group name; %s", r.group, want)
	case !versionPattern.MatchString(r.version):
		return gvk{}, fmt.Errorf("version %q must be \"v\", a number, then lower-case letters and digits (v1, v1beta1); %s", r.version, want)
	case !kindPattern.MatchString(r.kind):
		return gvk{}, fmt.Errorf("kind %q must be a Go-style name starting with an upper-case letter; %s", r.kind, want)
	}
	return r, nil
}
