package udiff

import "math"

// Sentinels for diagonals that hold no usable point: a forward search
// never picks fNone as a furthest point, a backward search never picks bNone.
const (
	fNone = math.MinInt / 4
	bNone = math.MaxInt / 4
)

// differ finds a shortest edit script between a and b with Myers'
// linear-space "middle snake" divide and conquer. Diagonal k holds the
// points (x, y) with x-y == k; fd and bd hold, per diagonal, the x of the
// furthest point reached by the forward and backward searches.
type differ struct {
	a, b   []int
	ca, cb []bool
	fd, bd []int
	off    int // index of diagonal 0 in fd and bd
}

// newDiffer prepares the comparison of a and b.
func newDiffer(a, b []int) *differ {
	size := len(a) + len(b) + 3
	return &differ{
		a: a, b: b,
		ca: make([]bool, len(a)), cb: make([]bool, len(b)),
		fd: make([]int, size), bd: make([]int, size),
		off: len(b) + 1,
	}
}

// compare flags the changed lines between a[xlo:xhi] and b[ylo:yhi].
func (d *differ) compare(xlo, xhi, ylo, yhi int) {
	for xlo < xhi && ylo < yhi && d.a[xlo] == d.b[ylo] {
		xlo++
		ylo++
	}
	for xlo < xhi && ylo < yhi && d.a[xhi-1] == d.b[yhi-1] {
		xhi--
		yhi--
	}
	switch {
	case xlo == xhi:
		flag(d.cb[ylo:yhi])
	case ylo == yhi:
		flag(d.ca[xlo:xhi])
	default:
		x, y := d.split(xlo, xhi, ylo, yhi)
		d.compare(xlo, x, ylo, y)
		d.compare(x, xhi, y, yhi)
	}
}

// flag marks every line of ch as changed.
func flag(ch []bool) {
	for i := range ch {
		ch[i] = true
	}
}

// split returns a point (x, y) that lies on a shortest edit path from
// (xlo, ylo) to (xhi, yhi), strictly between them. Both ranges must be
// non-empty, with no common first or last line.
func (d *differ) split(xlo, xhi, ylo, yhi int) (int, int) {
	dmin, dmax := xlo-yhi, xhi-ylo
	fmid, bmid := xlo-ylo, xhi-yhi
	odd := (fmid-bmid)&1 != 0
	f := search{v: d.fd, off: d.off, lo: fmid, hi: fmid}
	b := search{v: d.bd, off: d.off, lo: bmid, hi: bmid}
	f.start(fmid, xlo, fNone)
	b.start(bmid, xhi, bNone)
	for {
		f.widen(dmin, dmax, fNone)
		for k := f.hi; k >= f.lo; k -= 2 {
			x := d.forward(k, xhi, yhi)
			if odd && b.has(k) && x != fNone && b.at(k) <= x {
				return x, x - k
			}
		}
		b.widen(dmin, dmax, bNone)
		for k := b.hi; k >= b.lo; k -= 2 {
			x := d.backward(k, xlo, ylo)
			if !odd && f.has(k) && x != bNone && x <= f.at(k) {
				return x, x - k
			}
		}
	}
}

// search is the state of one direction of the middle-snake search: the
// furthest x per diagonal and the range [lo,hi] of diagonals in use.
type search struct {
	v      []int
	off    int
	lo, hi int
}

// start sets the search's only diagonal k to x, with empty neighbours.
func (s *search) start(k, x, none int) {
	s.v[s.off+k] = x
	s.v[s.off+k-1], s.v[s.off+k+1] = none, none
}

// widen moves to the next cost: each end of the diagonal range grows by one
// if it can stay within [dmin,dmax] and shrinks by one otherwise. New
// outer neighbours are marked empty.
func (s *search) widen(dmin, dmax, none int) {
	if s.lo > dmin {
		s.lo--
		s.v[s.off+s.lo-1] = none
	} else {
		s.lo++
	}
	if s.hi < dmax {
		s.hi++
		s.v[s.off+s.hi+1] = none
	} else {
		s.hi--
	}
}

// has reports whether diagonal k is in use.
func (s *search) has(k int) bool { return s.lo <= k && k <= s.hi }

// at returns the furthest x on diagonal k.
func (s *search) at(k int) int { return s.v[s.off+k] }

// forward computes the furthest point the forward search reaches on
// diagonal k at the current cost, from its neighbours at the previous cost,
// and follows the snake of equal lines from there. A step that would leave
// the box [xlo,xhi]x[ylo,yhi] is not taken; if neither step is possible the
// diagonal is marked empty (such points are never on a shortest path).
func (d *differ) forward(k, xhi, yhi int) int {
	i := d.off + k
	x := fNone
	if lo := d.fd[i-1]; lo != fNone && lo < xhi {
		x = lo + 1 // right: skip a line of a
	}
	if hi := d.fd[i+1]; hi != fNone && hi-(k+1) < yhi && hi > x {
		x = hi // down: skip a line of b
	}
	if x != fNone {
		for y := x - k; x < xhi && y < yhi && d.a[x] == d.b[y]; y++ {
			x++
		}
	}
	d.fd[i] = x
	return x
}

// backward is forward for the search from (xhi, yhi) towards (xlo, ylo),
// where the furthest point is the one with the smallest x.
func (d *differ) backward(k, xlo, ylo int) int {
	i := d.off + k
	x := bNone
	if hi := d.bd[i+1]; hi != bNone && hi > xlo {
		x = hi - 1 // left: skip a line of a
	}
	if lo := d.bd[i-1]; lo != bNone && lo-(k-1) > ylo && lo < x {
		x = lo // up: skip a line of b
	}
	if x != bNone {
		for y := x - k; x > xlo && y > ylo && d.a[x-1] == d.b[y-1]; y-- {
			x--
		}
	}
	d.bd[i] = x
	return x
}
