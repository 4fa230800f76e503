package crd

import (
	"go/token"
	"strconv"
	"strings"
	"unicode"
)

// DescLenMarker cuts the descriptions of one field's or type's schema (its
// own and those below it), as --crd-max-desc-len cuts a whole CRD's: the
// way to shrink a CRD too large for kubectl apply where its descriptions
// are longest, and keep them elsewhere. controller-gen has no such marker
// (and ignores it).
const DescLenMarker = "gengokit:crd:maxDescLen"

// limitDescriptions applies a +gengokit:crd:maxDescLen=<n> among comment
// lines to s.
func (b *builder) limitDescriptions(s *jsonSchema, lines []string, find func(string) token.Position) {
	found := parseMarkers(lines, []string{DescLenMarker})
	for _, m := range found {
		n, err := strconv.Atoi(strings.TrimSpace(m.value))
		if err != nil || n < 0 {
			b.errs.Addf(find(m.line), "+%s: the value must be a byte count, 0 or more", m.line)
			continue
		}
		truncateDescriptions(s, n)
	}
}

// truncateDescriptions cuts every description of a schema to at most max
// bytes, as controller-gen's crd:maxDescLen does: at the last sentence end
// within the limit, else at the last space (adding "..."), else at the
// limit itself (adding "..."); 0 drops every description, a negative max
// keeps them whole.
func truncateDescriptions(s *jsonSchema, max int) {
	if s == nil || max < 0 {
		return
	}
	s.Description = truncated(s.Description, max)
	truncateDescriptions(s.Items, max)
	if add, ok := s.AdditionalProperties.(*jsonSchema); ok {
		truncateDescriptions(add, max)
	}
	for _, list := range [][]*jsonSchema{s.AllOf, s.AnyOf} {
		for _, sub := range list {
			truncateDescriptions(sub, max)
		}
	}
	for _, sub := range s.Properties {
		truncateDescriptions(sub, max)
	}
}

// truncated cuts one description (see truncateDescriptions).
func truncated(desc string, max int) string {
	if len(desc) <= max {
		return desc
	}
	if max == 0 {
		return ""
	}
	desc = desc[:max]
	if n := strings.LastIndexFunc(desc, func(r rune) bool { return unicode.Is(unicode.STerm, r) }); n > 0 {
		return desc[:n+1]
	}
	if n := strings.LastIndexFunc(desc, func(r rune) bool { return unicode.Is(unicode.White_Space, r) }); n > 0 {
		return desc[:n] + "..."
	}
	return desc + "..."
}
