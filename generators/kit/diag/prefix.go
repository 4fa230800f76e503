package diag

import "strings"

// dropShorter removes each problem whose message another problem of the
// same position extends with more advice (": write ..." or "; ..."): when
// two generators read one tag (defaulter-gen and openapi-gen both read
// +default) and one says more about it, the run reports it once, in full.
// errs is sorted by position.
func dropShorter(errs []error) []error {
	var out []error
	for i, err := range errs {
		if !extendedNearby(errs, i) {
			out = append(out, err)
		}
	}
	return out
}

// extendedNearby reports whether a problem at errs[i]'s position extends
// its message.
func extendedNearby(errs []error, i int) bool {
	pos := position(errs[i])
	if pos.Filename == "" {
		return false
	}
	msg := errs[i].Error()
	for j := i - 1; j >= 0 && position(errs[j]) == pos; j-- {
		if extends(errs[j].Error(), msg) {
			return true
		}
	}
	for j := i + 1; j < len(errs) && position(errs[j]) == pos; j++ {
		if extends(errs[j].Error(), msg) {
			return true
		}
	}
	return false
}

// extends reports whether long is short followed by more advice.
func extends(long, short string) bool {
	rest, ok := strings.CutPrefix(long, short)
	return ok && (strings.HasPrefix(rest, ": ") || strings.HasPrefix(rest, "; "))
}
