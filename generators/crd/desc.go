package crd

import "strings"

// description returns a schema's description from the lines of a doc
// comment, as controller-gen writes it: marker lines (+...) dropped but
// those in keep (a /* ... */ comment's, which are no markers),
// blank lines at either end dropped and runs of them made one (as Go
// reads the comment without them), TODO lines dropped, and everything
// from a line starting with "---" on cut, as Kubernetes' API
// documentation does; but not inside a fenced code block.
func description(lines []string, keep map[string]bool) string {
	var kept []string
	for _, l := range lines {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "+") && !keep[t] {
			continue
		}
		kept = append(kept, strings.TrimRight(l, " \t"))
	}
	kept = squeezeBlanks(kept)
	var out []string
	inCode := false
	for _, l := range kept {
		if strings.HasPrefix(l, "```") || strings.HasPrefix(l, "~~~") {
			inCode = !inCode
		}
		if !inCode {
			if strings.HasPrefix(l, "TODO") {
				continue
			}
			if strings.HasPrefix(l, "---") {
				break
			}
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// squeezeBlanks drops blank lines at either end and makes each run of
// blank lines one.
func squeezeBlanks(lines []string) []string {
	var out []string
	for _, l := range lines {
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}
