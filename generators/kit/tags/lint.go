package tags

import (
	"fmt"
	"go/token"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// The lint rules of --lint-rules, as code-generator v0.37 names them.
const (
	// RuleKnownTagsOnly rejects a +k8s:<name>-gen tag in doc.go that no
	// generator knows.
	RuleKnownTagsOnly = "known-tags-only"
	// RuleExplicitDisablement requires doc.go of an API package to enable
	// or disable, explicitly, each generator such packages usually need.
	RuleExplicitDisablement = "require-explicit-disablement"
)

// LintRules lists the rules --lint-rules accepts.
func LintRules() []string { return []string{RuleKnownTagsOnly, RuleExplicitDisablement} }

// generatorTags returns the tags of the Kubernetes generator family, as
// code-generator v0.37 recognises them.
func generatorTags() []string {
	return []string{
		"k8s:conversion-gen", "k8s:conversion-gen-external-types",
		"k8s:defaulter-gen", "k8s:defaulter-gen-input",
		"k8s:validation-gen", "k8s:validation-gen-input", "k8s:validation-gen-nolint",
		"k8s:validation-gen-scheme-registry", "k8s:validation-gen-test-fixture", "k8s:validation-gen-test-targets",
		"k8s:prerelease-lifecycle-gen", "k8s:deepcopy-gen", "k8s:register-gen",
		"k8s:openapi-gen", "k8s:openapi-model-package", "k8s:protobuf-gen",
		"k8s:client-gen", "genclient", "genclient:nonNamespaced", "genclient:noVerbs",
		"genclient:onlyVerbs", "genclient:skipVerbs", "genclient:noStatus",
		"genclient:readonly", "genclient:method", "groupGoName",
		"k8s:applyconfiguration-gen", "k8s:informer-gen", "k8s:lister-gen",
	}
}

// IsKnown reports whether name (without "+") is a tag of the generator
// family, or a sub-tag of one ("k8s:deepcopy-gen:interfaces").
func IsKnown(name string) bool {
	return slices.Contains(generatorTags(), generatorBase(name))
}

// generatorBase cuts "k8s:x-gen:sub" to "k8s:x-gen".
func generatorBase(name string) string {
	if !strings.HasPrefix(name, "k8s:") {
		return name
	}
	if i := strings.IndexByte(name[len("k8s:"):], ':'); i >= 0 {
		return name[:len("k8s:")+i]
	}
	return name
}

// CheckLintRules validates the names given to --lint-rules.
func CheckLintRules(rules []string) error {
	for _, r := range rules {
		if !slices.Contains(LintRules(), r) {
			return fmt.Errorf("--lint-rules: unknown rule %q (known: %s)", r, strings.Join(LintRules(), ", "))
		}
	}
	return nil
}

// Lint applies the rules to an input package, whose comments are read as
// gengo read them; where and docPos find positions, only when there is an
// error to report.
func Lint(rules []string, pkg *types.Package, where func(line string) token.Position, docPos func() token.Position, errs *diag.List) {
	for _, rule := range rules {
		switch rule {
		case RuleKnownTagsOnly:
			lintKnownTags(pkg, where, errs)
		case RuleExplicitDisablement:
			lintExplicitDisablement(pkg, docPos, errs)
		}
	}
}

func lintKnownTags(pkg *types.Package, where func(string) token.Position, errs *diag.List) {
	for _, line := range pkg.Comments {
		for name, ls := range codetags.Extract("+", []string{line}) {
			if !strings.HasPrefix(name, "k8s:") || !strings.Contains(name, "-gen") || IsKnown(name) {
				continue
			}
			errs.Addf(where(ls[0]), "unrecognized generator tag +%s (--lint-rules=%s); known generator tags: %s",
				name, RuleKnownTagsOnly, strings.Join(generatorTags(), ", "))
		}
	}
}

func lintExplicitDisablement(pkg *types.Package, docPos func() token.Position, errs *diag.List) {
	written := codetags.Extract("+", pkg.Comments)
	var missing []string
	for _, tag := range expectedTags(pkg) {
		if _, ok := written[tag]; !ok {
			missing = append(missing, "+"+tag+"=<value or false>")
		}
	}
	if len(missing) > 0 {
		errs.Addf(docPos(), "this looks like an API version package; add to its doc.go %s (--lint-rules=%s)",
			strings.Join(missing, ", "), RuleExplicitDisablement)
	}
}

var versionSegment = regexp.MustCompile(`^v\d+([a-z]+\d+)?$`)

// expectedTags returns the generator tags an API package of pkg's kind is
// expected to set: deepcopy for external versions, conversion, defaulter and
// validation for internal versions.
func expectedTags(pkg *types.Package) []string {
	if !looksLikeAPI(pkg) || !versionSegment.MatchString(path.Base(pkg.Path)) {
		return nil
	}
	if hasInlineTypeMeta(pkg) {
		return []string{"k8s:deepcopy-gen"}
	}
	written := codetags.Extract("+", pkg.Comments)
	for _, tag := range []string{"k8s:defaulter-gen", "k8s:defaulter-gen-input", "k8s:validation-gen", "k8s:validation-gen-input"} {
		if _, ok := written[tag]; ok {
			return []string{"k8s:conversion-gen", "k8s:defaulter-gen", "k8s:validation-gen"}
		}
	}
	return nil
}

func looksLikeAPI(pkg *types.Package) bool {
	for name := range codetags.Extract("+", pkg.Comments) {
		if name == "groupName" || slices.Contains(generatorTags(), name) {
			return true
		}
	}
	return false
}

func hasInlineTypeMeta(pkg *types.Package) bool {
	for _, t := range pkg.Types {
		for _, m := range t.Members {
			if !m.Embedded || m.Name != "TypeMeta" {
				continue
			}
			if tag, ok := reflect.StructTag(m.Tags).Lookup("json"); ok && strings.Split(tag, ",")[0] == "" {
				return true
			}
		}
	}
	return false
}
