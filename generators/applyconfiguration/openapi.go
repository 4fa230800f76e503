package applyconfiguration

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
)

// openAPIDoc is what applyconfiguration-gen reads of an OpenAPI v2
// document: its definitions.
type openAPIDoc struct {
	path string                 // the file, for errors
	defs map[string]*jsonSchema // by name, e.g. "io.k8s.api.apps.v1.Deployment"
}

// jsonSchema is the part of an OpenAPI schema that apply configurations
// depend on.
type jsonSchema struct {
	ref        string                 // "$ref", e.g. "#/definitions/io.k8s.api.core.v1.PodSpec"
	types      []string               // "type", one or more
	format     string                 // "format", e.g. "int-or-string"
	properties map[string]*jsonSchema // "properties"; nil when absent or empty
	items      []*jsonSchema          // "items", one schema or a list
	additional *jsonSchema            // "additionalProperties" when a schema
	def        any                    // "default" (numbers as json.Number); nil when absent or null
	ext        map[string]any         // the "x-..." extensions, by lower-case name
	nested     []*jsonSchema          // other subschemas, followed only for the definitions they refer to
}

// readOpenAPI reads and parses the --openapi-schema file.
func readOpenAPI(path string) (*openAPIDoc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", flagSchema, err)
	}
	return parseOpenAPI(path, data)
}

// schemaName is how errors name the schema: its file, or, for a schema
// given in memory without one, what it is.
func schemaName(file string) string {
	if file == "" {
		return "the OpenAPI models schema given in memory"
	}
	return file
}

// parseOpenAPI parses an OpenAPI v2 document; path names it in errors.
func parseOpenAPI(path string, data []byte) (*openAPIDoc, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var raw any
	if err := dec.Decode(&raw); err != nil {
		return nil, jsonError(path, data, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s: --%s: not valid JSON: more than one value in the file", path, flagSchema)
	}
	top, ok := raw.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: --%s: the document is not a JSON object", path, flagSchema)
	}
	doc := &openAPIDoc{path: path, defs: map[string]*jsonSchema{}}
	defs, ok := top["definitions"].(map[string]any)
	if !ok && top["definitions"] != nil {
		return nil, fmt.Errorf("%s: --%s: \"definitions\" is not an object", path, flagSchema)
	}
	for name, v := range defs {
		s, err := parseSchema(v, "definitions."+name)
		if err != nil {
			return nil, fmt.Errorf("%s: --%s: %w", path, flagSchema, err)
		}
		doc.defs[name] = s
	}
	return doc, nil
}

// jsonError positions a decoding error at its line and column.
func jsonError(path string, data []byte, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	offset := int64(-1)
	switch {
	case errors.As(err, &syntax):
		offset = syntax.Offset
	case errors.As(err, &typ):
		offset = typ.Offset
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		offset = int64(len(data))
	}
	if offset < 0 {
		return fmt.Errorf("%s: --%s: not valid JSON: %v", path, flagSchema, err)
	}
	line, col := lineCol(data, offset)
	return fmt.Errorf("%s:%d:%d: --%s: not valid JSON: %v", path, line, col, flagSchema, err)
}

// lineCol converts a byte offset into a 1-based line and column; the
// column counts bytes, as go/token does.
func lineCol(data []byte, offset int64) (int, int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	before := data[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	return line, len(before) - bytes.LastIndexByte(before, '\n')
}

// parseSchema converts a decoded JSON schema; where names it in errors,
// e.g. "definitions.io.k8s.api.core.v1.Pod.properties.spec".
func parseSchema(v any, where string) (*jsonSchema, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: a schema must be a JSON object", where)
	}
	s := &jsonSchema{ext: map[string]any{}}
	for _, key := range slices.Sorted(maps.Keys(obj)) {
		if err := s.set(key, obj[key], where); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// set reads one key of a schema object.
func (s *jsonSchema) set(key string, v any, where string) error {
	var err error
	switch key {
	case "$ref":
		s.ref, err = asString(v, where+".$ref")
	case "type":
		s.types, err = asStrings(v, where+".type")
	case "format":
		s.format, err = asString(v, where+".format")
	case "default":
		s.def = v
	case "properties":
		s.properties, err = schemaMap(v, where+".properties")
	case "items":
		s.items, err = schemaOrList(v, where+".items")
	case "additionalProperties":
		if _, isBool := v.(bool); !isBool {
			s.additional, err = parseSchema(v, where+".additionalProperties")
		}
	case "allOf", "anyOf", "oneOf", "not", "additionalItems", "patternProperties", "definitions", "dependencies":
		s.nested, err = appendNested(s.nested, key, v, where+"."+key)
	default:
		if strings.HasPrefix(strings.ToLower(key), "x-") {
			s.ext[strings.ToLower(key)] = v
		}
	}
	return err
}

// appendNested adds the subschemas of a key that only matters for the
// definitions it refers to.
func appendNested(out []*jsonSchema, key string, v any, where string) ([]*jsonSchema, error) {
	switch key {
	case "allOf", "anyOf", "oneOf":
		list, ok := v.([]any)
		if !ok {
			return nil, fmt.Errorf("%s: must be a list of schemas", where)
		}
		for i, item := range list {
			s, err := parseSchema(item, fmt.Sprintf("%s[%d]", where, i))
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
	case "not", "additionalItems":
		if _, isBool := v.(bool); isBool {
			return out, nil
		}
		s, err := parseSchema(v, where)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	default: // patternProperties, definitions, dependencies: maps of schemas (or, for dependencies, of names)
		obj, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%s: must be an object", where)
		}
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			if _, isList := obj[k].([]any); isList && key == "dependencies" {
				continue
			}
			s, err := parseSchema(obj[k], where+"."+k)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
	}
	return out, nil
}

func schemaMap(v any, where string) (map[string]*jsonSchema, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: must be an object of schemas", where)
	}
	if len(obj) == 0 {
		return nil, nil
	}
	out := make(map[string]*jsonSchema, len(obj))
	for k, item := range obj {
		s, err := parseSchema(item, where+"."+k)
		if err != nil {
			return nil, err
		}
		out[k] = s
	}
	return out, nil
}

func schemaOrList(v any, where string) ([]*jsonSchema, error) {
	list, isList := v.([]any)
	if !isList {
		s, err := parseSchema(v, where)
		return []*jsonSchema{s}, err
	}
	var out []*jsonSchema
	for i, item := range list {
		s, err := parseSchema(item, fmt.Sprintf("%s[%d]", where, i))
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func asString(v any, where string) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("%s: must be a string", where)
	}
	return s, nil
}

func asStrings(v any, where string) ([]string, error) {
	if s, ok := v.(string); ok {
		return []string{s}, nil
	}
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("%s: must be a string or a list of strings", where)
	}
	out := make([]string, len(list))
	for i, item := range list {
		s, err := asString(item, fmt.Sprintf("%s[%d]", where, i))
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}
