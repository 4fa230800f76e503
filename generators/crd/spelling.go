package crd

import (
	"slices"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/tags"
)

// otherMarkers are controller-gen's markers that other generators of it
// read (or that need no check here): never taken for misspellings.
var otherMarkers = []string{
	"kubebuilder:object:generate", "kubebuilder:object:root", "kubebuilder:skipversion", "kubebuilder:ac:generate",
	"kubebuilder:ac:output:package", "kubebuilder:rbac", "kubebuilder:webhook", "kubebuilder:skip",
}

// misspelt returns the marker a comment line most likely means when it
// names none controller-gen knows but is within two edits of one (or
// differs from one in case only): "+kubebuilder:validation:MaxLenght=5"
// means MaxLength. controller-gen ignores such a line, and the field is
// left unbounded without a word.
func misspelt(line string) (string, bool) {
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "+kubebuilder:") {
		return "", false
	}
	text := line[1:]
	all := slices.Concat(fieldMarkers, typeMarkers, packageMarkers, otherMarkers)
	if markerName(text, all) != "" {
		return "", false
	}
	name, _, _ := strings.Cut(text, "=")
	best, bestDistance := "", 3
	for _, known := range all {
		d := tags.Distance(strings.ToLower(name), strings.ToLower(known))
		if strings.EqualFold(name, known) {
			d = 0
		}
		if d < bestDistance {
			best, bestDistance = known, d
		}
	}
	return best, best != ""
}
