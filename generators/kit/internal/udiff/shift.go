package udiff

// shiftBoundaries normalises the runs of changed lines of one side, given
// its line ids, its change flags ch and the change flags other of the other
// side. A run whose first line equals the line after it (or whose last line
// equals the line before it) can slide without changing the diff's size.
// Each run, merged with any run it slides into, is placed as low as
// possible, except that it stays at the lowest place where it lines up with
// a run of changes on the other side, so deletions and insertions print as
// one change. This is the placement GNU diff chooses.
func shiftBoundaries(ids []int, ch, other []bool) {
	n := len(ids)
	// j is the index in the other side just after the partner of the last
	// unchanged line before i.
	i, j := 0, 0
	for {
		for i < n && !ch[i] {
			j = nextPartner(other, j)
			i++
		}
		if i == n {
			return
		}
		s := run{ids: ids, ch: ch, other: other, start: i, end: i, j: j}
		s.normalise()
		i, j = s.end, s.j
	}
}

// run is a run of changed lines [start,end) being slid; j is as in
// shiftBoundaries for the line start.
type run struct {
	ids        []int
	ch, other  []bool
	start, end int
	j          int
	aligned    int // largest end seen where the run lines up with the other side, or -1
}

// normalise slides the run to its final place.
func (r *run) normalise() {
	r.extendDown()
	for {
		size := r.end - r.start
		r.slideUp()
		r.aligned = -1
		if r.alignedHere() {
			r.aligned = r.end
		}
		r.slideDown()
		if r.end-r.start == size {
			break
		}
	}
	for r.aligned >= 0 && r.end > r.aligned {
		r.up()
	}
}

// alignedHere reports whether the other side has changed lines facing the
// run in its current place.
func (r *run) alignedHere() bool {
	return r.j < len(r.other) && r.other[r.j]
}

// slideUp moves the run up while its last line equals the line before it,
// swallowing runs it meets.
func (r *run) slideUp() {
	for r.start > 0 && r.ids[r.start-1] == r.ids[r.end-1] {
		r.up()
		for r.start > 0 && r.ch[r.start-1] {
			r.start--
		}
	}
}

// slideDown moves the run down while its first line equals the line after
// it, swallowing runs it meets and noting where it lines up.
func (r *run) slideDown() {
	for r.end < len(r.ids) && r.ids[r.start] == r.ids[r.end] {
		r.ch[r.start], r.ch[r.end] = false, true
		r.start++
		r.j = nextPartner(r.other, r.j)
		r.extendDown()
		if r.alignedHere() {
			r.aligned = r.end
		}
	}
}

// extendDown grows the run over the changed lines that follow it.
func (r *run) extendDown() {
	for r.end < len(r.ids) && r.ch[r.end] {
		r.end++
	}
}

// up moves the run up by one line.
func (r *run) up() {
	r.start--
	r.end--
	r.ch[r.start], r.ch[r.end] = true, false
	r.j = prevPartner(r.other, r.j)
}

// nextPartner advances j over the changed lines of other and the unchanged
// line after them.
func nextPartner(other []bool, j int) int {
	for j < len(other) && other[j] {
		j++
	}
	return j + 1
}

// prevPartner undoes nextPartner.
func prevPartner(other []bool, j int) int {
	j--
	for j > 0 && other[j-1] {
		j--
	}
	return j
}
