package applyconfiguration

import (
	"slices"
	"strings"
	"unicode"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"
)

const managedFieldsPkg = "k8s.io/apimachinery/pkg/util/managedfields"

// emitExtract writes the Extract functions of a +genclient type: one that
// takes the subresource, one for the main resource and one per
// subresource.
func (f *typeFile) emitExtract(sw *generator.SnippetWriter, args generator.Args) {
	args["extractInto"] = types.Ref(managedFieldsPkg, "ExtractInto")
	args["parser"] = types.Ref(f.parser, "Parser")
	args["openAPI"] = f.openAPI
	args["namespaced"] = !f.tags.NonNamespaced
	sw.Do(extractFrom, args)
	sw.Do(extractMain, args)
	for _, sub := range f.subresources() {
		args["subresource"], args["subresourceName"] = sub, title(sub)
		sw.Do(extractSubresource, args)
	}
}

const extractFrom = `
// Extract$.type|public$From extracts the applied configuration owned by fieldManager from
// $.type|private$ for the specified subresource. Pass an empty string for subresource to extract
// the main resource. Common subresources include "status", "scale", etc.
// $.type|private$ must be a unmodified $.type|public$ API object that was retrieved from the Kubernetes API.
// Extract$.type|public$From provides a way to perform a extract/modify-in-place/apply workflow.
// Note that an extracted apply configuration will contain fewer fields than what the fieldManager previously
// applied if another fieldManager has updated or force applied any of the previously applied fields.
func Extract$.type|public$From($.type|private$ *$.type|raw$, fieldManager string, subresource string) (*$.config|public$, error) {
	b := &$.config|public${}
	err := $.extractInto|raw$($.type|private$, $.parser|raw$().Type("$.openAPI$"), fieldManager, b, subresource)
	if err != nil {
		return nil, err
	}
	b.WithName($.type|private$.Name)
	$- if .namespaced $
	b.WithNamespace($.type|private$.Namespace)
	$- end $

	b.WithKind("$.type|public$")
	b.WithAPIVersion("$.apiVersion$")
	return b, nil
}
`

const extractMain = `
// Extract$.type|public$ extracts the applied configuration owned by fieldManager from
// $.type|private$. If no managedFields are found in $.type|private$ for fieldManager, a
// $.config|public$ is returned with only the Name, Namespace (if applicable),
// APIVersion and Kind populated. It is possible that no managed fields were found for because other
// field managers have taken ownership of all the fields previously owned by fieldManager, or because
// the fieldManager never owned fields any fields.
// $.type|private$ must be a unmodified $.type|public$ API object that was retrieved from the Kubernetes API.
// Extract$.type|public$ provides a way to perform a extract/modify-in-place/apply workflow.
// Note that an extracted apply configuration will contain fewer fields than what the fieldManager previously
// applied if another fieldManager has updated or force applied any of the previously applied fields.
func Extract$.type|public$($.type|private$ *$.type|raw$, fieldManager string) (*$.config|public$, error) {
	return Extract$.type|public$From($.type|private$, fieldManager, "")
}
`

const extractSubresource = `
// Extract$.type|public$$.subresourceName$ extracts the applied configuration owned by fieldManager from
// $.type|private$ for the $.subresource$ subresource.
func Extract$.type|public$$.subresourceName$($.type|private$ *$.type|raw$, fieldManager string) (*$.config|public$, error) {
	return Extract$.type|public$From($.type|private$, fieldManager, "$.subresource$")
}
`

// subresources are the type's subresources, sorted: status (unless
// +genclient:noStatus, and if it has a Status field) and those of its
// extension methods.
func (f *typeFile) subresources() []string {
	var out []string
	if !f.tags.NoStatus && slices.ContainsFunc(f.t.Members, func(m types.Member) bool { return m.Name == "Status" }) {
		out = append(out, "status")
	}
	for _, m := range f.tags.Methods {
		if m.Subresource != "" {
			out = append(out, m.Subresource)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// title capitalizes the first letter of each word of s and lower-cases the
// others, as upstream's Unicode title casing does for subresource names:
// "ephemeralcontainers" gives "Ephemeralcontainers", "foo-bar" "Foo-Bar".
func title(s string) string {
	var b strings.Builder
	cased := false // whether the current word's first letter is written
	for _, r := range s {
		if !isWordRune(r) {
			cased = false
			b.WriteRune(r)
			continue
		}
		if unicode.IsLetter(r) && !cased {
			b.WriteRune(unicode.ToTitle(r))
			cased = true
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isWordRune reports whether r continues a word: letters, digits, and the
// joiners of Unicode word segmentation.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("_.:'", r)
}
