package validation

import (
	"encoding/json"
	"testing"
)

// TestEveryTagIsSupported requires a handler for every tag --docs
// documents, and no handler for a tag it does not: what the command says
// it reads is what it reads.
func TestEveryTagIsSupported(t *testing.T) {
	docs, list, err := readTagDocs()
	if err != nil {
		t.Fatal(err)
	}
	p := &plan{}
	handlers := p.tagHandlers()
	for _, d := range list {
		if handlers[d.Tag] == nil {
			t.Errorf("+%s is documented but has no handler", d.Tag)
		}
	}
	for name := range handlers {
		if docs[name] == nil {
			t.Errorf("+%s has a handler but no documentation", name)
		}
	}
	if len(list) != 45 {
		t.Errorf("--docs documents %d tags, want upstream's 45", len(list))
	}
}

// TestDocsJSON checks what --docs prints: JSON, the tags sorted by name,
// each with its usage spelled out.
func TestDocsJSON(t *testing.T) {
	out, err := docsJSON()
	if err != nil {
		t.Fatal(err)
	}
	var docs []tagDoc
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatalf("--docs is not JSON: %v", err)
	}
	for i := range docs {
		if i > 0 && docs[i-1].Tag >= docs[i].Tag {
			t.Errorf("tags out of order: %s before %s", docs[i-1].Tag, docs[i].Tag)
		}
		if docs[i].Usage == "" {
			t.Errorf("+%s has no usage", docs[i].Tag)
		}
	}
}
