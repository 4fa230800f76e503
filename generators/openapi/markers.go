package openapi

import (
	"encoding/json"
	"fmt"
	"go/token"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/types"
	"k8s.io/kube-openapi/pkg/validation/spec"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// markerPrefix starts the validation markers, e.g.
// +k8s:validation:maxLength=64.
const markerPrefix = "+k8s:validation:"

// markerNamespace is the tag namespace of the validation markers.
const markerNamespace = "k8s:validation:"

// markerLine reads one comment line as a validation marker: the line as
// written (without its indentation) and the marker after its prefix;
// false when the line is no marker.
func markerLine(line string) (written, rest string, ok bool) {
	found := tags.Written([]string{line})
	if len(found) != 1 || !strings.HasPrefix(found[0].Name, markerNamespace) {
		return "", "", false
	}
	written = strings.TrimRight(found[0].Line, " ")
	return "+" + written, written[len(markerNamespace):], true
}

// splitMarker splits a marker after its prefix into its key, its
// operator and its value: key=JSON, key>raw text, or key alone (true).
func splitMarker(rest string) (key, op, value string, ok bool) {
	end := strings.IndexFunc(rest, func(r rune) bool { return !isKeyRune(r) })
	if end < 0 {
		return rest, "", "", true
	}
	if rest[end] != '=' && rest[end] != '>' {
		return "", "", "", false
	}
	return rest[:end], rest[end : end+1], rest[end+1:], true
}

// isKeyRune reports whether r may be part of a marker's key.
func isKeyRune(r rune) bool {
	return r == ':' || r == '_' || r == '[' || r == ']' || r == '-' ||
		'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

// marker is one key of a comment's validation markers, with its value as
// JSON text ("" for a bare key).
type marker struct {
	key, value string
	// line is the comment line that set the key, for positions.
	line string
}

// markerReader reads a comment's markers line by line: a raw string
// continued on the next line with the same key is joined with "\n", and an
// array subscript must count up from 0 on consecutive lines.
type markerReader struct {
	where   func(string) token.Position
	out     []*marker
	byKey   map[string]*marker
	lastKey string
	// lastArray and lastIndex are the array key and index of the line
	// before, if it had a subscript.
	lastArray string
	lastIndex int
}

// markers returns the schema the validation markers of lines give a
// field or type of type t; where positions their lines.
func (p *plan) markers(t *types.Type, lines []string, where func(string) token.Position) (*spec.Schema, error) {
	r := &markerReader{where: where, byKey: map[string]*marker{}, lastIndex: -1}
	for _, line := range lines {
		if err := r.read(line); err != nil {
			return nil, err
		}
	}
	if len(r.out) == 0 {
		return &spec.Schema{}, nil
	}
	tree, err := r.tree()
	if err != nil {
		return nil, err
	}
	return markerSchema(t, tree, r.out[0].line, where)
}

// read reads one comment line.
func (r *markerReader) read(line string) error {
	prevKey, prevArray, prevIndex := r.lastKey, r.lastArray, r.lastIndex
	r.lastKey, r.lastArray, r.lastIndex = "", "", -1
	line, rest, isMarker := markerLine(line)
	if !isMarker {
		return nil
	}
	key, op, value, ok := splitMarker(rest)
	if !ok {
		return markerErr(r.where, line, "%s does not read as %s<key>=<JSON value>, %s<key>><text> or %s<key>", line, markerPrefix, markerPrefix, markerPrefix)
	}
	if err := r.set(line, key, op, value, prevKey); err != nil {
		return err
	}
	r.lastKey = key
	array, index, subscripted, err := subscript(key)
	if !subscripted {
		return nil
	}
	switch {
	case err != nil:
		return markerErr(r.where, line, "%s: %v", line, err)
	case (prevArray != array && index != 0) || (prevArray == array && index != prevIndex+1 && index != prevIndex):
		return markerErr(r.where, line, "%s: index %d of %s does not follow the line before (indices count up from 0 on consecutive lines)", line, index, array)
	}
	r.lastArray, r.lastIndex = array, index
	return nil
}

// set records key's value from one line.
func (r *markerReader) set(line, key, op, value, prevKey string) error {
	old, seen := r.byKey[key]
	switch {
	case op == ">" && seen && key != prevKey:
		return markerErr(r.where, line, "%s: the lines of a %s%s> text must follow one another", line, markerPrefix, key)
	case op == ">" && seen:
		var text string
		if err := json.Unmarshal([]byte(old.value), &text); err != nil {
			return markerErr(r.where, line, "%s: %s%s is not text, and cannot be continued", line, markerPrefix, key)
		}
		old.value = quoteJSON(text + "\n" + strings.Trim(value, " "))
		return nil
	case op == ">":
		value = quoteJSON(strings.Trim(value, " "))
	case op == "=" && seen:
		return markerErr(r.where, line, "%s: %s%s is given more than once; keep one", line, markerPrefix, key)
	}
	m := &marker{key: key, value: value, line: line}
	r.byKey[key] = m
	r.out = append(r.out, m)
	return nil
}

// quoteJSON returns s as a JSON string.
func quoteJSON(s string) string {
	data, _ := json.Marshal(s)
	return string(data)
}

// subscript reads the first array subscript of a key: "cel[1]:rule" is
// array "cel", index 1.
func subscript(key string) (array string, index int, ok bool, err error) {
	open := strings.IndexByte(key, '[')
	if open < 0 {
		return "", -1, false, nil
	}
	inner, _, _ := strings.Cut(key[open+1:], "]")
	if inner == "" {
		return key[:open], -1, true, fmt.Errorf("empty subscript")
	}
	index, err = strconv.Atoi(inner)
	if err != nil || index < 0 {
		return key[:open], -1, true, fmt.Errorf("subscript %q is not an index (0, 1, ...)", inner)
	}
	return key[:open], index, true, nil
}

// markerErr returns a positioned problem with a marker line.
func markerErr(where func(string) token.Position, line, format string, args ...any) error {
	return diag.Errorf(where(strings.TrimPrefix(line, "+")), format, args...)
}
