package applyconfiguration

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// scalarStyle is how a string is quoted in YAML.
type scalarStyle int

const (
	stylePlain scalarStyle = iota
	styleSingle
	styleDouble
	styleLiteral
)

// styleOf picks the style yaml.v2 gives a string: literal when it has a
// line break, double-quoted when it would read back as something else
// (true, 12, null...), plain when its text allows, else single-quoted,
// else double-quoted. key says it is a mapping key.
func scalarStyleOf(s string, key bool) scalarStyle {
	a := analyze(s)
	switch {
	case strings.Contains(s, "\n"):
		if a.blockAllowed && !key {
			return styleLiteral
		}
		return styleDouble
	case !readsAsString(s):
		return styleDouble
	case key && a.multiline:
		return styleDouble
	case a.plainAllowed && !(key && s == ""):
		return stylePlain
	case a.singleAllowed:
		return styleSingle
	}
	return styleDouble
}

// scalarFacts are what a string's text allows, as yaml's emitter
// analyses it.
type scalarFacts struct {
	multiline     bool
	plainAllowed  bool // in block context
	singleAllowed bool
	blockAllowed  bool
}

func analyze(s string) scalarFacts {
	if s == "" {
		return scalarFacts{plainAllowed: true, singleAllowed: true}
	}
	rs := []rune(s)
	var st scanState
	st.indicators = strings.HasPrefix(s, "---") || strings.HasPrefix(s, "...")
	st.precededByBlank = true
	for i, r := range rs {
		st.visit(rs, i, r)
	}
	f := scalarFacts{multiline: st.lineBreaks, plainAllowed: true, singleAllowed: true, blockAllowed: true}
	if st.leadingSpace || st.leadingBreak || st.trailingSpace || st.trailingBreak || st.lineBreaks || st.indicators {
		f.plainAllowed = false
	}
	if st.trailingSpace {
		f.blockAllowed = false
	}
	if st.breakSpace {
		f.plainAllowed, f.singleAllowed = false, false
	}
	if st.spaceBreak || st.special {
		f.plainAllowed, f.singleAllowed, f.blockAllowed = false, false, false
	}
	return f
}

// scanState accumulates what analyze looks for.
type scanState struct {
	indicators, lineBreaks, special                          bool
	leadingSpace, leadingBreak, trailingSpace, trailingBreak bool
	breakSpace, spaceBreak                                   bool
	previousSpace, previousBreak, precededByBlank            bool
}

// visit looks at rune i: block indicators, special runes, spaces and
// breaks.
func (st *scanState) visit(rs []rune, i int, r rune) {
	followedByBlank := i+1 >= len(rs) || rs[i+1] == ' ' || rs[i+1] == '\t'
	if i == 0 {
		switch {
		case strings.ContainsRune("#,[]{}&*!|>'\"%@`", r):
			st.indicators = true
		case (r == '?' || r == ':' || r == '-') && followedByBlank:
			st.indicators = true
		}
	} else if (r == ':' && followedByBlank) || (r == '#' && st.precededByBlank) {
		st.indicators = true
	}
	if !printable(r) {
		st.special = true
	}
	last := i == len(rs)-1
	switch {
	case r == ' ':
		st.leadingSpace = st.leadingSpace || i == 0
		st.trailingSpace = st.trailingSpace || last
		st.breakSpace = st.breakSpace || st.previousBreak
		st.previousSpace, st.previousBreak = true, false
	case isBreak(r):
		st.lineBreaks = true
		st.leadingBreak = st.leadingBreak || i == 0
		st.trailingBreak = st.trailingBreak || last
		st.spaceBreak = st.spaceBreak || st.previousSpace
		st.previousSpace, st.previousBreak = false, true
	default:
		st.previousSpace, st.previousBreak = false, false
	}
	st.precededByBlank = r == ' ' || r == '\t' || r == 0 || isBreak(r)
}

// readsAsString reports whether s, written plain, reads back as the same
// string in yaml.v2 (not as null, a bool, a number or a timestamp); base
// 60 floats are quoted too.
func readsAsString(s string) bool {
	switch s {
	case "", "~", "null", "Null", "NULL",
		"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
		"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
		".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF":
		return false
	}
	switch c := s[0]; {
	case c == '.':
		_, err := strconv.ParseFloat(s, 64)
		return err != nil
	case c == '+' || c == '-' || (c >= '0' && c <= '9'):
		return !readsAsNumber(s) && !base60Float.MatchString(s)
	}
	return true
}

var (
	yamlFloat   = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)
	base60Float = regexp.MustCompile(`^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`)
)

// readsAsNumber reports whether yaml.v2 reads s, which starts with a sign
// or a digit, as a timestamp, an integer or a float.
func readsAsNumber(s string) bool {
	if s[0] >= '0' && s[0] <= '9' && isTimestamp(s) {
		return true
	}
	p := strings.ReplaceAll(s, "_", "")
	if _, err := strconv.ParseInt(p, 0, 64); err == nil {
		return true
	}
	if _, err := strconv.ParseUint(p, 0, 64); err == nil {
		return true
	}
	if yamlFloat.MatchString(p) {
		if _, err := strconv.ParseFloat(p, 64); err == nil {
			return true
		}
	}
	if b, ok := strings.CutPrefix(p, "0b"); ok {
		_, errI := strconv.ParseInt(b, 2, 64)
		_, errU := strconv.ParseUint(b, 2, 64)
		return errI == nil || errU == nil
	}
	if b, ok := strings.CutPrefix(p, "-0b"); ok {
		_, err := strconv.ParseInt("-"+b, 2, 64)
		return err == nil
	}
	return false
}

// isTimestamp reports whether s is a date or time in a form yaml.v2 reads.
func isTimestamp(s string) bool {
	if len(s) < 5 || s[4] != '-' || strings.IndexFunc(s[:4], func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return false
	}
	for _, layout := range []string{"2006-1-2T15:4:5.999999999Z07:00", "2006-1-2t15:4:5.999999999Z07:00", "2006-1-2 15:4:5.999999999", "2006-1-2"} {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}
