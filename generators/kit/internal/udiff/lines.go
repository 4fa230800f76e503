package udiff

// diffLines decides which lines of la are deleted (ca) and which lines of lb
// are inserted (cb). The unflagged lines of the two sides, taken in order,
// pair up as equal lines. The number of flagged lines is minimal.
func diffLines(la, lb []string) (ca, cb []bool) {
	ida, idb := intern(la, lb)
	ca, cb = make([]bool, len(ida)), make([]bool, len(idb))
	pre, suf := commonEnds(ida, idb)
	pre, suf = pre-min(pre, context), suf-min(suf, context)
	ida, idb = ida[pre:len(ida)-suf], idb[pre:len(idb)-suf]
	diffIDs(ida, idb, ca[pre:len(ca)-suf], cb[pre:len(cb)-suf])
	return ca, cb
}

// commonEnds returns the number of equal lines at the start and (not
// counting those) at the end of a and b.
func commonEnds(a, b []int) (pre, suf int) {
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	return pre, suf
}

// diffIDs flags the changed lines of a in ca and of b in cb.
//
// Like GNU diff, diffLines hands it the lines between the common prefix and
// suffix of the files plus up to context lines of each: that margin bounds
// how far shiftBoundaries may slide a change, and matters for output that
// is identical to GNU's.
func diffIDs(a, b []int, ca, cb []bool) {
	ra, ma := keepShared(a, b, ca)
	rb, mb := keepShared(b, a, cb)
	d := newDiffer(ra, rb)
	d.compare(0, len(ra), 0, len(rb))
	copyFlags(ca, d.ca, ma)
	copyFlags(cb, d.cb, mb)
	shiftBoundaries(a, ca, cb)
	shiftBoundaries(b, cb, ca)
}

// intern replaces each line by a small integer, equal lines getting equal
// numbers, so that later comparisons are integer comparisons.
func intern(la, lb []string) (ida, idb []int) {
	ids := make(map[string]int, len(la))
	conv := func(lines []string) []int {
		out := make([]int, len(lines))
		for i, l := range lines {
			id, ok := ids[l]
			if !ok {
				id = len(ids)
				ids[l] = id
			}
			out[i] = id
		}
		return out
	}
	return conv(la), conv(lb)
}

// keepShared returns the lines of ids that also occur in other, and for
// each of them its index in ids. Lines that occur only in ids cannot match
// anything: they are flagged as changed right away, which keeps the
// result minimal and makes wholly different inputs cheap to compare.
func keepShared(ids, other []int, changed []bool) (kept, index []int) {
	seen := make(map[int]bool, len(other))
	for _, id := range other {
		seen[id] = true
	}
	for i, id := range ids {
		if !seen[id] {
			changed[i] = true
			continue
		}
		kept = append(kept, id)
		index = append(index, i)
	}
	return kept, index
}

// copyFlags sets dst[index[i]] for every set src[i].
func copyFlags(dst, src []bool, index []int) {
	for i, c := range src {
		if c {
			dst[index[i]] = true
		}
	}
}
