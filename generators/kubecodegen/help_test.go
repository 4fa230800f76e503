package kubecodegen_test

import (
	"strings"
	"testing"
)

// TestHelpAndVersion: kube-codegen's --help says what it is for, then its
// usage line, subcommands and flags (--version among them); each
// subcommand's --help says what it generates, then its usage line and
// flags; --version prints the version line; all exit 0.
func TestHelpAndVersion(t *testing.T) {
	code, help := codegen(t, "--help")
	if code != 0 || !strings.HasPrefix(help, "kube-codegen runs kube_codegen.sh's code generation") {
		t.Fatalf("kube-codegen --help: exit %d, want 0 and what it is for first:\n%s", code, help)
	}
	assertInOrder(t, help, "\nUsage: kube-codegen <subcommand> [flags] <input-dir>\n", "\nSubcommands:\n", "  helpers ", "  protobuf ", "  all ",
		"\nFlags:\n", "-h, --help", "--version")
	for _, sub := range []string{"helpers", "register", "openapi", "client", "protobuf", "all"} {
		code, help := codegen(t, sub, "--help")
		if code != 0 || !strings.HasPrefix(help, "kube-codegen "+sub+" generates ") {
			t.Errorf("kube-codegen %s --help: exit %d, want 0 and what it generates first:\n%s", sub, code, help)
		}
		assertInOrder(t, help, "\nUsage: kube-codegen "+sub+" [flags] <input-dir>\n", "\nFlags:\n", "--verify-only", "-h, --help")
	}
	if code, v := codegen(t, "--version"); code != 0 || !strings.HasPrefix(v, "kube-codegen (") {
		t.Errorf("kube-codegen --version: exit %d, %q", code, v)
	}
}

// assertInOrder requires each of parts in text, in their order.
func assertInOrder(t *testing.T, text string, parts ...string) {
	t.Helper()
	at := 0
	for _, p := range parts {
		i := strings.Index(text[at:], p)
		if i < 0 {
			t.Errorf("%q missing, or out of order, in:\n%s", p, text)
			return
		}
		at += i + len(p)
	}
}
