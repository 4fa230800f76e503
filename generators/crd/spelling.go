package crd

import (
	"slices"
	"strings"
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
	all := slices.Concat(fieldMarkers, typeMarkers, packageMarkers, unsupportedMarkers, otherMarkers)
	if markerName(text, all) != "" {
		return "", false
	}
	name, _, _ := strings.Cut(text, "=")
	best, bestDistance := "", 3
	for _, known := range all {
		d := editDistance(strings.ToLower(name), strings.ToLower(known))
		if strings.EqualFold(name, known) {
			d = 0
		}
		if d < bestDistance {
			best, bestDistance = known, d
		}
	}
	return best, best != ""
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
