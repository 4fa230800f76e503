package celcheck

import (
	"cmp"
	"fmt"
	"go/token"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// Finding is one thing the API server would refuse, at the marker that
// caused it when it is a CEL rule's, else in the CRD it names.
type Finding struct {
	// At is the marker's position; zero when the finding is the CRD's.
	At token.Position
	// CRD is the CRD's file name.
	CRD string
	// Message says what is wrong.
	Message string
}

// String renders a finding as file:line:col: message.
func (f Finding) String() string {
	if f.At.IsValid() {
		return diag.Where(f.At) + ": " + f.Message
	}
	return f.CRD + ": " + f.Message
}

// Sites are the markers' positions of CEL rules, by rule.
type Sites map[string][]token.Position

// Note records a rule's marker; it fits crd.Options.RuleAt.
func (s Sites) Note(rule string, at token.Position) {
	if !slices.Contains(s[rule], at) {
		s[rule] = append(s[rule], at)
	}
}

// Check validates every CRD file as the API server does on create and
// returns its findings, sorted.
func Check(files []run.File, sites Sites) ([]Finding, error) {
	var out []Finding
	for _, f := range files {
		errs, doc, err := validate(f.Data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Path, err)
		}
		name := stringAt(dig(doc, "metadata"), "name")
		for _, e := range errs {
			out = append(out, finding(doc, name, f.Path, e, sites))
		}
	}
	out = slices.DeleteFunc(out, func(f Finding) bool { return overBudgetAlone(out, f) })
	slices.SortFunc(out, func(x, y Finding) int {
		return cmp.Or(cmp.Compare(x.At.Filename, y.At.Filename), cmp.Compare(x.At.Line, y.At.Line),
			cmp.Compare(x.CRD, y.CRD), cmp.Compare(x.Message, y.Message))
	})
	return slices.Compact(out), nil
}

// contributed is how apiextensions flags each costly rule when the CRD's
// total is over budget.
const contributed = "contributed to estimated rule cost total"

// overBudgetAlone reports whether f only says its rule adds to the CRD's
// total being over budget while another finding says the rule is over
// its own budget.
func overBudgetAlone(all []Finding, f Finding) bool {
	head, rest, ok := strings.Cut(f.Message, "): ")
	if !ok || !strings.HasPrefix(rest, contributed) {
		return false
	}
	return slices.ContainsFunc(all, func(g Finding) bool {
		return g.At == f.At && strings.HasPrefix(g.Message, head+"): estimated rule cost exceeds budget")
	})
}

// finding turns one validation error into a finding: at the rule's
// marker when the error is about a rule, with what leaves a costly rule
// unbounded.
func finding(doc map[string]any, name, file string, e *field.Error, sites Sites) Finding {
	detail := e.Detail
	if detail == "" {
		detail = e.ErrorBody()
	}
	loc := locate(doc, e.Field)
	rule, _ := loc.rule["rule"].(string)
	if rule == "" || len(sites[rule]) == 0 {
		where := e.Field
		if loc.version != "" {
			where = loc.version + ", " + e.Field
		}
		return Finding{CRD: file, Message: fmt.Sprintf("CRD %s (%s): %s", name, where, detail)}
	}
	scope := loc.nodes[len(loc.nodes)-1].path
	if scope == "" {
		scope = "the kind's root"
	}
	msg := fmt.Sprintf("CEL rule %q (CRD %s, %s, on %s): %s", rule, name, loc.version, scope, detail)
	if strings.Contains(detail, "cost") {
		if names := unbounded(loc, rule); len(names) > 0 {
			msg += "; without a bound: " + strings.Join(names, ", ")
		}
	}
	return Finding{At: sites[rule][0], CRD: file, Message: msg}
}
