package plugin

import (
	"go/token"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// gogoPredeclared are the predeclared identifiers protoc-gen-gogo keeps
// package names off: Go's universe before 1.18 (no any, comparable, min,
// max or clear).
var gogoPredeclared = wordSet("append bool byte cap close complex complex128 complex64 copy delete error " +
	"false float32 float64 imag int int16 int32 int64 int8 iota len make new nil panic print println " +
	"real recover rune string true uint uint16 uint32 uint64 uint8 uintptr")

// gogoReserved are the names gogo's generated file declares for itself
// before it names any imported package.
var gogoReserved = wordSet("fmt math proto")

func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// cleanName makes an identifier of s as gogo does: every rune that is not
// a letter, digit or underscore becomes an underscore, and a keyword or a
// leading digit gets an underscore prefix.
func cleanName(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			return r
		}
		return '_'
	}, s)
	if token.IsKeyword(s) {
		return "_" + s
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsDigit(r) {
		return "_" + s
	}
	return s
}

// depBaseName is the candidate name of an imported package: the last path
// element without its last dot suffix.
func depBaseName(path string) string {
	name := path[strings.LastIndex(path, "/")+1:]
	if i := strings.LastIndex(name, "."); i >= 0 {
		name = name[:i]
	}
	return cleanName(name)
}

// uniqueName returns base, or base with the first numeric suffix that is
// neither taken nor reserved.
func uniqueName(base string, taken map[string]bool) string {
	name := base
	for i := 1; taken[name] || gogoReserved[name] || gogoPredeclared[name]; i++ {
		name = base + strconv.Itoa(i)
	}
	return name
}
