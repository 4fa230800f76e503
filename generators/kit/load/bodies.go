package load

import (
	"go/scanner"
	"go/token"
)

// blankBodies returns src with the insides of its function bodies turned
// to spaces, their line breaks kept, so that the parser reads only the
// declarations (no generator reads a body) and every position stays
// where it was: for generated.pb.go, most of a package, it parses in a
// fraction of the time. A body's comments go with it; a comment that ends
// on a declaration's line before is never inside a body, as the body's
// closing brace follows it. src is changed in place.
func blankBodies(src []byte) []byte {
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var s scanner.Scanner
	s.Init(file, src, nil, 0)
	depth, prev := 0, token.SEMICOLON // braces open outside function bodies
	for {
		_, tok, _ := s.Scan()
		switch tok {
		case token.EOF:
			return src
		case token.LBRACE:
			depth++
		case token.RBRACE:
			depth--
		case token.FUNC:
			// A declaration starts a statement; a function literal in a
			// variable's value (after "=" or "(") keeps its body.
			if depth == 0 && prev == token.SEMICOLON {
				open, end, ok := funcBody(&s)
				tok = token.SEMICOLON // what ended a function without a body
				if ok {
					blank(src, file.Offset(open)+1, file.Offset(end))
					tok = token.RBRACE
				}
			}
		}
		prev = tok
	}
}

// funcBody scans a top-level function's signature and body, and returns
// the positions of the body's braces; false for a function without one.
// Braces of struct and interface types in the signature are not the
// body's.
func funcBody(s *scanner.Scanner) (open, end token.Pos, ok bool) {
	parens, prev := 0, token.FUNC
	for {
		pos, tok, _ := s.Scan()
		switch tok {
		case token.EOF:
			return 0, 0, false
		case token.LPAREN, token.LBRACK:
			parens++
		case token.RPAREN, token.RBRACK:
			parens--
		case token.SEMICOLON:
			if parens == 0 {
				return 0, 0, false
			}
		case token.LBRACE:
			if prev != token.STRUCT && prev != token.INTERFACE && parens == 0 {
				return pos, skipBraces(s), true
			}
			skipBraces(s)
			tok = token.RBRACE
		}
		prev = tok
	}
}

// skipBraces scans to the brace that closes one just opened and returns
// its position.
func skipBraces(s *scanner.Scanner) token.Pos {
	depth := 1
	for {
		pos, tok, _ := s.Scan()
		switch tok {
		case token.EOF:
			return pos
		case token.LBRACE:
			depth++
		case token.RBRACE:
			depth--
			if depth == 0 {
				return pos
			}
		}
	}
}

// blank turns src[from:to] to spaces but its line breaks.
func blank(src []byte, from, to int) {
	for i := from; i < to && i < len(src); i++ {
		if src[i] != '\n' {
			src[i] = ' '
		}
	}
}
