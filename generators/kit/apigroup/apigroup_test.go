package apigroup

import (
	"strings"
	"testing"

	"k8s.io/gengo/v2/types"
)

func TestDescribe(t *testing.T) {
	tests := []struct {
		path                 string
		internal             bool
		comments             []string
		wantGroup, wantGo    string
		wantVersion, wantDir string
	}{
		{"k8s.io/api/apps/v1", false, nil, "apps", "Apps", "v1", "apps"},
		{"k8s.io/api/core/v1", false, []string{"+groupName="}, "", "Core", "v1", "core"},
		{"k8s.io/api/networking/v1", false, []string{"Package v1 is networking.", "+groupName=networking.k8s.io"}, "networking.k8s.io", "Networking", "v1", "networking"},
		{"x.io/apis/net/v1", false, []string{"+groupName=net.x.io", "+groupGoName=NetX"}, "net.x.io", "NetX", "v1", "net"},
		{"x.io/apis/net", true, nil, "net", "Net", "", "net"},
	}
	for _, tt := range tests {
		p, err := Describe(&types.Package{Path: tt.path, Comments: tt.comments}, tt.internal)
		if err != nil || string(p.Group()) != tt.wantGroup || p.GoName != tt.wantGo || string(p.Version) != tt.wantVersion || p.DirGroup != tt.wantDir {
			t.Errorf("Describe(%s) = %+v (group %q), %v", tt.path, p, p.Group(), err)
		}
	}
	if _, err := Describe(&types.Package{Path: "widgets"}, false); err == nil {
		t.Errorf("a one-element path should be an error")
	}
	if _, err := Describe(&types.Package{Path: "widgets"}, true); err == nil {
		t.Errorf("an internal package without a parent directory should be an error")
	}
}

func TestResourceName(t *testing.T) {
	tests := []struct {
		second, doc []string
		want        string
		wantOK      bool
	}{
		{nil, []string{"Widget is a widget.", "+genclient"}, "", false},
		{nil, []string{"+genclient", "+resourceName=gadgets"}, "gadgets", true},
		{[]string{"+resourceName=fromabove"}, []string{"+resourceName=fromdoc"}, "fromabove", true},
		{nil, []string{"+resourceName="}, "", false},
		{nil, []string{"+resourceName"}, "", false},
	}
	for _, tt := range tests {
		typ := &types.Type{Name: types.Name{Name: "Widget"}, SecondClosestCommentLines: tt.second, CommentLines: tt.doc}
		if got, ok := ResourceName(typ); got != tt.want || ok != tt.wantOK {
			t.Errorf("ResourceName(%q, %q) = %q, %v; want %q, %v", tt.second, tt.doc, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestIsInternal(t *testing.T) {
	meta := func(tag string) *types.Type {
		return &types.Type{Members: []types.Member{{Name: "ObjectMeta", Embedded: true, Tags: tag}}}
	}
	plain := &types.Type{Members: []types.Member{{Name: "Spec"}}}
	for _, tt := range []struct {
		ts   []*types.Type
		want bool
	}{
		{[]*types.Type{plain, meta(`json:"metadata,omitempty" protobuf:"bytes,1,opt,name=metadata"`)}, false},
		{[]*types.Type{meta(""), meta(`json:"metadata"`)}, true},
		{[]*types.Type{meta(`protobuf:"bytes,1,opt,name=metadata"`)}, true},
		{[]*types.Type{meta(`json:"-"`)}, true},
		{[]*types.Type{plain}, false},
		{nil, false},
	} {
		if got := IsInternal(tt.ts); got != tt.want {
			t.Errorf("IsInternal(%v) = %v, want %v", tt.ts, got, tt.want)
		}
	}
}

func TestGroupTags(t *testing.T) {
	if name, ok := GroupName([]string{"+groupName=apps"}); name != "apps" || !ok {
		t.Errorf("GroupName = %q, %v", name, ok)
	}
	if _, ok := GroupName([]string{"+groupGoName=Apps"}); ok {
		t.Errorf("GroupName without the tag reads as present")
	}
	if got := GoName("", nil); got != "Core" {
		t.Errorf("GoName of the core group = %q", got)
	}
	if got := GoName("flow.example.com", []string{"+groupGoName=flowControl"}); got != "FlowControl" {
		t.Errorf("GoName with +groupGoName = %q", got)
	}
}

func TestParsePluralExceptions(t *testing.T) {
	m, err := ParsePluralExceptions([]string{"Endpoints:Endpoints", "Fish:Fish"})
	if err != nil || m["Endpoints"] != "Endpoints" || m["Fish"] != "Fish" {
		t.Errorf("got %v, %v", m, err)
	}
	for _, bad := range []string{"Endpoints", "A:B:C", ":B", "A:"} {
		if _, err := ParsePluralExceptions([]string{bad}); err == nil || !strings.Contains(err.Error(), "--plural-exceptions") {
			t.Errorf("%q: got %v, want an error naming the flag", bad, err)
		}
	}
}
