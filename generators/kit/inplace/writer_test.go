package inplace_test

import (
	"go/token"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
)

func TestWriterBlocks(t *testing.T) {
	errs := &diag.List{}
	w := inplace.NewWriter(errs)
	w.Func("func (in *T) DeepCopyInto(out *T)", func() {
		w.For("i := range *in", func() {
			w.IfElse("(*in)[i] == nil", func() { w.Line("(*out)[i] = nil") }, func() {
				w.If("ok", func() { w.Line("x := %d", 1) })
			})
		})
		w.Block("switch", func() {})
	})
	want := `func (in *T) DeepCopyInto(out *T) {
for i := range *in {
if (*in)[i] == nil {
(*out)[i] = nil
} else {
if ok {
x := 1
}
}
}
switch {
}
}

`
	if got := w.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if errs.Err() != nil {
		t.Fatalf("errors before Fail: %v", errs.Err())
	}
	w.Fail(token.Position{Filename: "/x/types.go", Line: 3, Column: 2}, "field %s: cannot deep-copy", "T.C")
	if err := errs.Err(); err == nil || !strings.HasSuffix(err.Error(), "types.go:3:2: field T.C: cannot deep-copy") {
		t.Errorf("Fail recorded %v, want a positioned error", err)
	}
}
