package crd

import (
	"strings"
	"unicode"
)

// truncateDescriptions cuts every description of a schema to at most max
// bytes, as controller-gen's crd:maxDescLen does: at the last sentence end
// within the limit, else at the last space (adding "..."), else at the
// limit itself (adding "..."); 0 drops every description, a negative max
// keeps them whole.
func truncateDescriptions(s *Schema, max int) {
	if s == nil || max < 0 {
		return
	}
	s.Description = truncated(s.Description, max)
	truncateDescriptions(s.Items, max)
	if add, ok := s.AdditionalProperties.(*Schema); ok {
		truncateDescriptions(add, max)
	}
	for _, list := range [][]*Schema{s.AllOf, s.AnyOf} {
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
