package applyconfiguration

import (
	"maps"
	"slices"
	"strings"
	"unicode"
)

// yamlWriter writes block-style YAML as go.yaml.in/yaml/v2 does: two
// spaces of indentation, sequences inside mappings not indented, empty
// collections as {} and [], scalars in the first style that can hold them
// (plain, single-quoted, double-quoted; literal for multi-line strings),
// folded at spaces past column 80.
type yamlWriter struct {
	b      strings.Builder
	column int // in runes
}

// bestWidth is the column past which scalars are folded at a space.
const bestWidth = 80

// String returns the YAML written so far.
func (w *yamlWriter) String() string { return w.b.String() }

func (w *yamlWriter) write(s string) {
	w.b.WriteString(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		w.column = len([]rune(s[i+1:]))
		return
	}
	w.column += len([]rune(s))
}

func (w *yamlWriter) newline() { w.write("\n") }

// indent starts a new line at column n.
func (w *yamlWriter) indent(n int) {
	if w.column != 0 {
		w.newline()
	}
	w.write(strings.Repeat(" ", n))
}

// document writes a top-level mapping.
func (w *yamlWriter) document(n *node) {
	w.mapping(n, 0, false)
	if w.column != 0 {
		w.newline()
	}
}

// mapping writes n's keys at column at; inline says the first key goes
// where the writer is (after a sequence's "- ").
func (w *yamlWriter) mapping(n *node, at int, inline bool) {
	for i, key := range n.keys {
		if i > 0 || !inline {
			w.indent(at)
		}
		w.scalar(key, true, at+2, true)
		w.write(":")
		w.value(n.values[i], at)
	}
}

// value writes what follows "key:" of a key at column at.
func (w *yamlWriter) value(v *node, at int) {
	switch {
	case v.leaf:
		w.write(" ")
		w.scalar(v.scalar, v.str, at+2, false)
	case v.list && len(v.items) == 0:
		w.write(" []")
	case v.list:
		w.sequence(v, at, false)
	case len(v.keys) == 0:
		w.write(" {}")
	default:
		w.mapping(v, at+2, false)
	}
}

// sequence writes n's items, their dashes at column at.
func (w *yamlWriter) sequence(n *node, at int, inline bool) {
	for i, item := range n.items {
		if i > 0 || !inline {
			w.indent(at)
		}
		w.write("- ")
		switch {
		case item.leaf:
			w.scalar(item.scalar, item.str, at+2, false)
		case item.list && len(item.items) == 0:
			w.write("[]")
		case item.list:
			w.sequence(item, at+2, true)
		case len(item.keys) == 0:
			w.write("{}")
		default:
			w.mapping(item, at+2, true)
		}
	}
}

// scalar writes a scalar whose continuation lines start at column cont;
// a key (simple) is never folded. Only strings (isStr) need a style.
func (w *yamlWriter) scalar(s string, isStr bool, cont int, key bool) {
	if !isStr {
		w.write(s)
		return
	}
	switch scalarStyleOf(s, key) {
	case stylePlain:
		w.folded(s, cont, !key, false)
	case styleSingle:
		w.single(s, cont, !key)
	case styleDouble:
		w.double(s, cont, !key)
	case styleLiteral:
		w.literal(s, cont)
	}
}

// folded writes a plain scalar, replacing a space past bestWidth with a
// line break when folding is allowed and the next rune is not a space.
func (w *yamlWriter) folded(s string, cont int, fold, quotedEnds bool) {
	rs := []rune(s)
	spaces, breaks := false, false
	for i, r := range rs {
		switch {
		case isBreak(r): // only U+2028 and U+2029 get here: the others take other styles
			// yaml.v2 counts them as line breaks: the next rune is
			// indented as if on a new line, though none was written.
			w.write(string(r))
			w.column = 0
			breaks = true
			continue
		case r != ' ':
			if breaks {
				w.indent(cont)
			}
			w.write(string(r))
			spaces, breaks = false, false
			continue
		}
		next := i+1 < len(rs) && rs[i+1] == ' '
		inner := !quotedEnds || (i > 0 && i < len(rs)-1)
		if fold && !spaces && w.column > bestWidth && inner && !next {
			w.indent(cont)
		} else {
			w.write(" ")
		}
		spaces = true
	}
}

// single writes a single-quoted scalar: quotes doubled, folded as plain
// scalars are but never at its first or last rune.
func (w *yamlWriter) single(s string, cont int, fold bool) {
	w.write("'")
	w.folded(strings.ReplaceAll(s, "'", "''"), cont, fold, true)
	w.write("'")
}

// double writes a double-quoted scalar with yaml's escapes; a space past
// bestWidth becomes a line break (and a following space is escaped).
func (w *yamlWriter) double(s string, cont int, fold bool) {
	w.write(`"`)
	rs := []rune(s)
	spaces := false
	for i, r := range rs {
		switch {
		case needsEscape(r):
			w.write(escape(r))
			spaces = false
		case r == ' ' && fold && !spaces && w.column > bestWidth && i > 0 && i < len(rs)-1:
			w.indent(cont)
			if rs[i+1] == ' ' {
				w.write(`\`)
			}
			spaces = true
		default:
			w.write(string(r))
			spaces = r == ' '
		}
	}
	w.write(`"`)
}

// literal writes a block scalar: "|", an indentation hint when it starts
// with a space or break, a chomping hint for its trailing line breaks,
// then its lines at column cont.
func (w *yamlWriter) literal(s string, cont int) {
	w.write("|")
	if strings.HasPrefix(s, " ") || strings.HasPrefix(s, "\n") {
		w.write("2")
	}
	switch {
	case !strings.HasSuffix(s, "\n"):
		w.write("-")
	case s == "\n" || strings.HasSuffix(s, "\n\n"):
		w.write("+")
	}
	w.newline()
	for line := range strings.SplitAfterSeq(s, "\n") {
		if line != "\n" && line != "" {
			w.write(strings.Repeat(" ", cont))
		}
		w.write(line)
	}
}

func needsEscape(r rune) bool {
	return !printable(r) || r == '\uFEFF' || isBreak(r) || r == '"' || r == '\\'
}

// escape renders r inside double quotes.
func escape(r rune) string {
	short := map[rune]string{0: `\0`, 7: `\a`, 8: `\b`, 9: `\t`, '\n': `\n`, 0x0b: `\v`, 0x0c: `\f`, '\r': `\r`,
		0x1b: `\e`, '"': `\"`, '\\': `\\`, 0x85: `\N`, 0xA0: `\_`, 0x2028: `\L`, 0x2029: `\P`}
	if s, ok := short[r]; ok {
		return s
	}
	hex := "0123456789ABCDEF"
	prefix, digits := `\x`, 2
	switch {
	case r > 0xFFFF:
		prefix, digits = `\U`, 8
	case r > 0xFF:
		prefix, digits = `\u`, 4
	}
	out := []byte(prefix)
	for k := (digits - 1) * 4; k >= 0; k -= 4 {
		out = append(out, hex[(r>>uint(k))&0xF])
	}
	return string(out)
}

// printable is yaml's printable set, as yaml.v2 tests it (on UTF-8 bytes,
// which leaves out U+0085 and everything beyond U+FFFF).
func printable(r rune) bool {
	return r == '\n' || (r >= 0x20 && r <= 0x7E) || (r >= 0xA0 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD && r != 0xFEFF)
}

func isBreak(r rune) bool { return r == '\n' || r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029 }

// yamlSortedKeys orders map keys as yaml.v2 does: runs of digits compare
// as numbers, letters before other runes.
func yamlSortedKeys(m map[string]any) []string {
	keys := slices.Sorted(maps.Keys(m))
	slices.SortStableFunc(keys, func(a, b string) int {
		switch {
		case yamlKeyLess(a, b):
			return -1
		case yamlKeyLess(b, a):
			return 1
		}
		return 0
	})
	return keys
}

func yamlKeyLess(a, b string) bool {
	ar, br := []rune(a), []rune(b)
	for i := 0; i < len(ar) && i < len(br); i++ {
		if ar[i] == br[i] {
			continue
		}
		al, bl := unicode.IsLetter(ar[i]), unicode.IsLetter(br[i])
		if al && bl {
			return ar[i] < br[i]
		}
		if al || bl {
			return bl
		}
		return digitsLess(ar, br, i)
	}
	return len(ar) < len(br)
}

// digitsLess compares the digit runs of a and b that start at i (at least
// one of them differs there and is not a letter).
func digitsLess(ar, br []rune, i int) bool {
	var an, bn int64
	if ar[i] == '0' || br[i] == '0' {
		for j := i - 1; j >= 0 && unicode.IsDigit(ar[j]); j-- {
			if ar[j] != '0' {
				an, bn = 1, 1
				break
			}
		}
	}
	ai, bi := i, i
	for ; ai < len(ar) && unicode.IsDigit(ar[ai]); ai++ {
		an = an*10 + int64(ar[ai]-'0')
	}
	for ; bi < len(br) && unicode.IsDigit(br[bi]); bi++ {
		bn = bn*10 + int64(br[bi]-'0')
	}
	if an != bn {
		return an < bn
	}
	if ai != bi {
		return ai < bi
	}
	return ar[i] < br[i]
}
