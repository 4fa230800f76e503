package protobuf

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strconv"

	"k8s.io/gengo/v2/types"
)

// oldField is a field of the generated.proto a run replaces.
type oldField struct {
	name, typ string
	number    int
}

// previousFile is what the generated.proto a run replaces numbered: by
// message, its fields by name and by number.
type previousFile struct {
	path   string
	byName map[string]map[string]oldField
	byNum  map[string]map[int]oldField
}

// previousFields matches a message's opening line and a field's line as
// go-to-protobuf writes them.
func previousFields() (message, fieldLine *regexp.Regexp) {
	return regexp.MustCompile(`^message (\w+) \{$`),
		regexp.MustCompile(`^  (?:(?:optional|repeated|required) )?(map<[^>]+>|\S+) (\w+) = (\d+)\b`)
}

// readPrevious reads the numbers of the generated.proto at path; a missing
// file has none.
func readPrevious(path string) (*previousFile, error) {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	prev := &previousFile{path: path, byName: map[string]map[string]oldField{}, byNum: map[string]map[int]oldField{}}
	messageRe, fieldRe := previousFields()
	message := ""
	s := bufio.NewScanner(bytes.NewReader(data))
	s.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for s.Scan() {
		line := s.Text()
		if m := messageRe.FindStringSubmatch(line); m != nil {
			message = m[1]
			prev.byName[message], prev.byNum[message] = map[string]oldField{}, map[int]oldField{}
			continue
		}
		if m := fieldRe.FindStringSubmatch(line); m != nil && message != "" {
			n, _ := strconv.Atoi(m[3])
			f := oldField{name: m[2], typ: m[1], number: n}
			prev.byName[message][f.name], prev.byNum[message][n] = f, f
		}
	}
	return prev, s.Err()
}

// checkNumbers compares the numbered fields of message (made from the
// members of from) with those of the
// file the run replaces: a field whose number would change, or a new
// field that takes the number of a removed field of another type, would
// break what was written with the old file, so either is an error at the
// field's member.
func (g *fileGen) checkNumbers(from *types.Type, message string, fields []field) error {
	if g.prev == nil || g.prev.byName[message] == nil {
		return nil
	}
	current := map[string]bool{}
	for _, f := range fields {
		current[f.name] = true
	}
	for _, f := range fields {
		if old, ok := g.prev.byName[message][f.name]; ok {
			if old.number != f.tag {
				return numberError(from, f, fmt.Errorf("field %q of %s is number %d in %s and would now be %d: give its Go member the struct tag `protobuf:\"...,%d,...\"` to keep the number (go-to-protobuf reads numbers back from struct tags)",
					f.name, message, old.number, g.prev.path, f.tag, old.number))
			}
			continue
		}
		if old, ok := g.prev.byNum[message][f.tag]; ok && !current[old.name] && old.typ != g.typeName(f.typ) {
			return numberError(from, f, fmt.Errorf("new field %q of %s would take number %d, field %q's (of type %s) in %s: give it an unused number in a `protobuf:` struct tag, so that data written with the old field is not read as the new one",
				f.name, message, f.tag, old.name, old.typ, g.prev.path))
		}
	}
	return nil
}

// numberError places err at the member of from that f comes from.
func numberError(from *types.Type, f field, err error) error {
	return &memberError{t: from, member: f.member, err: err}
}
