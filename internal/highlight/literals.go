package highlight

import "bytes"

// Limits of the raw strings whose closing delimiter repeats a count or a
// word of the opening one, so that looking for it stays linear.
const (
	maxHashes = 64 // Rust's r###"..."###
	maxDelim  = 16 // C++'s R"delim(...)delim", as the standard says
)

// comment takes a comment, if one starts at s.pos.
func (s *scanner) comment() bool {
	sp, rest := s.sp, s.src[s.pos:]
	for _, b := range sp.blockComments {
		if hasPrefix(rest, b.open) {
			s.blockComment(b, sp.nested)
			return true
		}
	}
	for _, m := range sp.lineComments {
		if hasPrefix(rest, m) && (!sp.commentAtWord || s.wordStart()) {
			s.tok(commentSingle, s.lineEnd(s.pos))
			return true
		}
	}
	return false
}

// blockComment takes a block comment; unterminated, it runs to the end.
func (s *scanner) blockComment(b pair, nested bool) {
	src := s.src
	i, depth := s.pos+len(b.open), 1
	for i < len(src) {
		switch {
		case src[i] == b.close[0] && hasPrefix(src[i:], b.close):
			i += len(b.close)
			if depth--; depth == 0 {
				s.tok(commentMultiline, i)
				return
			}
		case nested && src[i] == b.open[0] && hasPrefix(src[i:], b.open):
			i += len(b.open)
			depth++
		default:
			i++
		}
	}
	s.tok(commentMultiline, len(src))
}

// quote takes a string, if one starts at s.pos.
func (s *scanner) quote() bool {
	rest := s.src[s.pos:]
	for i := range s.sp.quotes {
		q := &s.sp.quotes[i]
		if hasPrefix(rest, q.open) {
			s.str(q, s.pos+len(q.open), q.esc, q.interp)
			return true
		}
	}
	return false
}

// str takes a string that starts at s.pos and whose opening delimiter
// ends at i. A string of one line ends, unterminated, before the newline;
// one of several lines at the end of the input.
func (s *scanner) str(q *quote, i int, esc byte, interp []string) {
	src, cls := s.src, q.cls
	for i < len(src) {
		c := src[i]
		if c == q.close[0] && hasPrefix(src[i:], q.close) {
			i += len(q.close)
			if q.doubled && hasPrefix(src[i:], q.close) {
				i += len(q.close)
				continue
			}
			s.tok(cls, i)
			return
		}
		if c == '\n' && !q.multi {
			s.tok(cls, i)
			return
		}
		if len(interp) > 0 && s.depth < maxDepth {
			if op := interpAt(src, i, interp); op != "" {
				if len(op) == 1 && byteAt(src, i+1) == op[0] { // {{ is a brace
					i += 2
					continue
				}
				s.tok(cls, i)
				s.interpolate(op, strInterpol)
				i = s.pos
				continue
			}
		}
		if c == q.sigil && c != 0 {
			if end := s.variable(i); end > i+1 {
				s.tok(cls, i)
				s.tok(nameVariable, end)
				i = end
				continue
			}
		}
		if c == esc && esc != 0 {
			i += 2
			continue
		}
		i++
	}
	s.tok(cls, len(src))
}

// interpAt returns the opener of interpolated code at i, or "".
func interpAt(src []byte, i int, interp []string) string {
	for _, op := range interp {
		if src[i] == op[0] && hasPrefix(src[i:], op) {
			return op
		}
	}
	return ""
}

// interpolate takes the opener op at s.pos, the code after it up to the
// matching bracket, and the bracket, all but the code of class cls. An
// opener ending with two brackets ("$((") is closed by two.
func (s *scanner) interpolate(op string, cls class) {
	s.tok(cls, s.pos+len(op))
	open := op[len(op)-1]
	close := closing(open)
	n := 0
	for i := len(op) - 1; i >= 0 && op[i] == open; i-- {
		n++
	}
	s.depth++
	found := s.code(open, close)
	s.depth--
	if found {
		end := s.pos
		for k := 0; k < n && byteAt(s.src, end) == close; k++ {
			end++
		}
		s.tok(cls, end)
	}
	s.after(true)
}

// closing returns the bracket that closes open.
func closing(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	case '<':
		return '>'
	}
	return '}'
}

// variable returns the end of the variable whose sigil is at i, or i+1
// when none follows it.
func (s *scanner) variable(i int) int {
	src := s.src
	j := i + 1
	if j >= len(src) {
		return j
	}
	c := src[j]
	if s.sp.shellVars {
		switch {
		case c == '{':
			depth := 0
			for ; j < len(src) && src[j] != '\n'; j++ {
				if src[j] == '{' {
					depth++
				} else if src[j] == '}' {
					if depth--; depth == 0 {
						return j + 1
					}
				}
			}
			return j
		case isDigit(c) || indexByte("@#?$!*-", c):
			return j + 1
		}
	}
	if !isNameStart(c) {
		return j
	}
	for j < len(src) && isNameByte(src[j]) {
		j++
	}
	return j
}

// prefixed takes a string whose prefix is src[s.pos:end], if it is one.
func (s *scanner) prefixed(end int) bool {
	sp, src := s.sp, s.src
	word := src[s.pos:end]
	flags, ok := uint8(0), false
	for _, p := range sp.prefixes {
		if len(p.word) == len(word) && (string(word) == p.word || sp.prefixFold && equalFold(word, p.word)) {
			flags, ok = p.flags, true
			break
		}
	}
	switch {
	case !ok:
		return false
	case flags&pHash != 0:
		return s.rawHash(end)
	case flags&pDelim != 0:
		return s.rawDelim(end)
	}
	for i := range sp.quotes {
		q := &sp.quotes[i]
		if hasPrefix(src[end:], q.open) && (q.open[0] == '"' || q.open[0] == '\'') {
			interp := q.interp
			if flags&pInterp != 0 {
				interp = braces
			}
			s.str(q, end+len(q.open), q.esc, interp)
			return true
		}
	}
	return false
}

var braces = []string{"{"}

// rawHash takes Rust's raw string r#"..."#, whose hashes start at i.
func (s *scanner) rawHash(i int) bool {
	src := s.src
	j := i
	for j < len(src) && src[j] == '#' && j-i < maxHashes {
		j++
	}
	if byteAt(src, j) != '"' {
		return false
	}
	hashes := j - i
	for j++; j < len(src); j++ {
		if src[j] != '"' {
			continue
		}
		k := j + 1
		for k < len(src) && k-j-1 < hashes && src[k] == '#' {
			k++
		}
		if k-j-1 == hashes {
			s.tok(str, k)
			return true
		}
	}
	s.tok(str, len(src))
	return true
}

// rawDelim takes C++'s raw string R"delim(...)delim", whose quote is at i.
func (s *scanner) rawDelim(i int) bool {
	src := s.src
	if byteAt(src, i) != '"' {
		return false
	}
	j := i + 1
	for j < len(src) && j-i-1 <= maxDelim && src[j] != '(' {
		if c := src[j]; c == ' ' || c == ')' || c == '\\' || c == '\n' || c == '"' {
			return false
		}
		j++
	}
	if byteAt(src, j) != '(' || j-i-1 > maxDelim {
		return false
	}
	delim := src[i+1 : j]
	for k := j + 1; k < len(src); k++ {
		if src[k] == ')' && bytes.HasPrefix(src[k+1:], delim) && byteAt(src, k+1+len(delim)) == '"' {
			s.tok(str, k+2+len(delim))
			return true
		}
	}
	s.tok(str, len(src))
	return true
}

// regex takes a regular expression literal /.../flags, if one ends on
// this line.
func (s *scanner) regex() bool {
	src := s.src
	inClass := false
	for i := s.pos + 1; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\n':
			s.noRegex = i
			return false
		case c == '\\':
			i++
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '/' && !inClass:
			i++
			for i < len(src) && isLetter(src[i]) {
				i++
			}
			s.tok(strRegex, i)
			return true
		}
	}
	s.noRegex = len(src)
	return false
}

// equalFold reports whether b equals the lower-case ASCII word w, case
// aside.
func equalFold(b []byte, w string) bool {
	if len(b) != len(w) {
		return false
	}
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}
