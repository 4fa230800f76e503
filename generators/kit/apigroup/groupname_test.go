package apigroup

import (
	"go/token"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// TestGroupNameValue checks that +groupName takes the empty core group and
// DNS subdomains, the shapes every real group has, and nothing else, in
// every registry that declares it.
func TestGroupNameValue(t *testing.T) {
	good := []string{"", "apps", "networking.k8s.io", "pod-security.admission.config.k8s.io", "example2.apiserver.k8s.io", strings.Repeat("a", 253)}
	bad := []string{"Widgets Example.com", "Apps", "shop.example.com.", ".shop", "-shop.io", "shop-.io", "shop..io", "shop_io", "shop.io // a comment", strings.Repeat("a", 254)}
	reg := Registry("lister-gen", "k8s:lister-gen")
	where := func(string) token.Position { return token.Position{Filename: "doc.go", Line: 3, Column: 4} }
	for _, v := range good {
		var errs diag.List
		if reg.Check([]string{"+groupName=" + v}, tags.Package, where, &errs); errs.Len() != 0 {
			t.Errorf("+groupName=%s: %v, want no error", v, errs.Err())
		}
	}
	for _, v := range bad {
		var errs diag.List
		if reg.Check([]string{"+groupName=" + v}, tags.Package, where, &errs); errs.Len() != 1 || !strings.Contains(errs.Err().Error(), "doc.go:3:4: +groupName: ") {
			t.Errorf("+groupName=%s: %v, want one error at doc.go:3:4", v, errs.Err())
		}
	}
}
