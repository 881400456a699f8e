package highlight

// maxDepth bounds the nesting of interpolations and embedded languages:
// deeper, an interpolation reads as part of its string.
const maxDepth = 8

// A scanner splits code into tokens. It keeps the last token pending and
// merges the next one into it when their classes are the same, so that
// emit sees runs: every byte of src once, in order.
//
// Every loop of the scanner moves pos forward; lookahead is bounded or
// done once per line or statement, so that the time is linear.
type scanner struct {
	src   []byte
	pos   int // end of the pending run
	start int // start of the pending run
	cls   class
	emit  func(class string, text []byte)
	sp    *spec
	depth int // nesting of interpolations and embedded languages

	next    class // class of the next identifier (after "def"), or plain
	value   bool  // the last significant token was a value: "/" divides
	noRegex int   // no regular expression starts before this position

	heredoc     []byte // the word that ends a pending shell here-document
	heredocTabs bool   // <<- : the ending line may be indented with tabs
	session     bool   // a shell session: lines without a prompt are output
}

// tok makes src[s.pos:end] a token of class c.
func (s *scanner) tok(c class, end int) {
	if end > len(s.src) {
		end = len(s.src)
	}
	if end <= s.pos {
		return
	}
	if c != s.cls {
		if s.pos > s.start {
			s.emit(names[s.cls], s.src[s.start:s.pos])
		}
		s.start = s.pos
		s.cls = c
	}
	s.pos = end
}

// flush emits the pending run.
func (s *scanner) flush() {
	if s.pos > s.start {
		s.emit(names[s.cls], s.src[s.start:s.pos])
	}
	s.start = s.pos
}

// after records the kind of token just taken: a value or not; any token
// but an identifier ends the effect of a word such as "def".
func (s *scanner) after(value bool) {
	s.value = value
	s.next = plain
}

// scan runs the language sp over src[s.pos:end].
func (s *scanner) scan(sp *spec, end int) {
	sp.ready()
	saved, src := s.sp, s.src
	s.sp, s.src = sp, s.src[:end]
	s.next, s.value = plain, false
	if sp.run != noRule {
		s.apply(sp.run)
	} else {
		s.code(0, 0)
	}
	if s.pos < end { // a run function that stopped short
		s.tok(plain, end)
	}
	s.sp, s.src = saved, src
}

// code scans code up to the end of the input, or, when close is not 0,
// up to a close byte that matches no open byte, where it stops and
// returns true.
func (s *scanner) code(open, close byte) bool {
	nest := 0
	for s.pos < len(s.src) {
		sp := s.sp
		p := s.pos
		if sp.line != noRule && (p == 0 || s.src[p-1] == '\n') {
			if s.apply(sp.line); s.pos > p {
				continue
			}
		}
		c := s.src[p]
		if close != 0 {
			if c == close {
				if nest == 0 {
					return true
				}
				nest--
			} else if c == open {
				nest++
			}
		}
		f := sp.flags[c]
		switch {
		case f&fSpecial != 0 && s.special(c, f):
		case f&fSpace != 0:
			s.space()
		case f&fDigit != 0 || c == '.' && p+1 < len(s.src) && isDigit(s.src[p+1]) && !s.valueBefore(p):
			if !s.number() {
				s.ident()
			}
		case f&fIdentStart != 0:
			s.ident()
		default:
			cls := plain
			if f&fOp != 0 {
				cls = operator
			} else if f&fPunct != 0 {
				cls = punctuation
			}
			s.tok(cls, p+1)
			next := s.next
			s.after(c == ')' || c == ']' || c == '}')
			if c == '.' {
				s.next = next // def self.name
			}
		}
		if s.pos <= p { // a hook that took nothing: never loop
			s.tok(plain, p+1)
		}
	}
	return false
}

// special tries the hooks, comments, strings, sigils and regular
// expressions that may start with c.
func (s *scanner) special(c byte, f uint16) bool {
	sp := s.sp
	p := s.pos
	if f&fHook != 0 {
		if s.apply(sp.hook); s.pos > p {
			return true
		}
	}
	if f&fComment != 0 && s.comment() {
		return true
	}
	if f&fQuote != 0 && s.quote() {
		s.after(true)
		return true
	}
	if f&fSigil != 0 && s.sigil(c) {
		s.after(true)
		return true
	}
	if f&fRegex != 0 && !s.value && p >= s.noRegex && s.regex() {
		s.after(true)
		return true
	}
	return false
}

// space takes white space, up to the end of the line.
func (s *scanner) space() {
	i, src, f := s.pos, s.src, &s.sp.flags
	for i < len(src) {
		c := src[i]
		if f[c]&fSpace == 0 {
			break
		}
		i++
		if c == '\n' {
			break
		}
	}
	s.tok(plain, i)
}

// ident takes an identifier or keyword, or a string it prefixes.
func (s *scanner) ident() {
	sp, src := s.sp, s.src
	end := s.pos + 1
	for end < len(src) && sp.flags[src[end]]&fIdent != 0 {
		end++
	}
	if sp.identSuffix != "" && end < len(src) && indexByte(sp.identSuffix, src[end]) && !(end+1 < len(src) && src[end+1] == '=') {
		end++
	}
	if len(sp.prefixes) > 0 && end < len(src) && end-s.pos <= 3 && s.prefixed(end) {
		s.after(true)
		return
	}
	word := src[s.pos:end]
	e, known := sp.lookup(word)
	cls := e.cls
	next := byteAt(src, end)
	switch {
	case known:
		if e.next != plain {
			s.next = e.next
		}
		s.tok(cls, end)
		s.value = !isKeyword(cls)
		return
	case s.next != plain:
		cls = s.next
	case sp.capital != plain && len(word) > 1 && word[0] >= 'A' && word[0] <= 'Z':
		cls = sp.capital
	case sp.macros && next == '!' && byteAt(src, end+1) != '=':
		cls = nameFunctionMagic
		end++
	case sp.call != plain && next == '(':
		cls = sp.call
	case sp.assign != plain && next == '=' && byteAt(src, end+1) != '=' && isName(word):
		cls = sp.assign
	case sp.label != plain && next == ':' && byteAt(src, end+1) != ':':
		cls = sp.label
	case sp.dashWord != plain && isDashWord(word):
		cls = sp.dashWord
	default:
		cls = sp.ident
	}
	s.tok(cls, end)
	s.after(true)
}

// sigil takes a sigil and the name after it.
func (s *scanner) sigil(c byte) bool {
	src := s.src
	for _, g := range s.sp.sigils {
		if g.b != c {
			continue
		}
		i, cls := s.pos+1, g.cls
		if byteAt(src, i) == c && g.doubled != plain {
			i, cls = i+1, g.doubled
		}
		if i >= len(src) || !isNameStart(src[i]) {
			return false
		}
		for i < len(src) && (isNameByte(src[i]) || cls == nameDecorator && src[i] == '.' && i+1 < len(src) && isNameStart(src[i+1])) {
			i++
		}
		s.tok(cls, i)
		return true
	}
	return false
}

// valueBefore reports whether the byte before i ends a value, as "x" in
// "x.5" (a field, not a number).
func (s *scanner) valueBefore(i int) bool {
	if i == 0 {
		return false
	}
	c := s.src[i-1]
	return isNameByte(c) || c == ')' || c == ']'
}

// wordStart reports whether s.pos starts a word of the shell: a comment
// starts there.
func (s *scanner) wordStart() bool {
	if s.pos == 0 {
		return true
	}
	switch s.src[s.pos-1] {
	case ' ', '\t', '\n', '\r', ';', '|', '&', '(', '{':
		return true
	}
	return false
}

// continued reports whether the line before s.pos (at a line start) ends
// with a backslash that continues it.
func (s *scanner) continued() bool {
	i := s.pos - 2
	if i >= 0 && s.src[i] == '\r' {
		i--
	}
	return i >= 0 && s.src[i] == '\\'
}

// lineEnd returns the index of the newline ending the line at i, or the
// end of the input.
func (s *scanner) lineEnd(i int) int {
	for i < len(s.src) && s.src[i] != '\n' {
		i++
	}
	return i
}

// indent returns the end of the spaces and tabs at i.
func (s *scanner) indent(i int) int {
	for i < len(s.src) && (s.src[i] == ' ' || s.src[i] == '\t') {
		i++
	}
	return i
}

func byteAt(b []byte, i int) byte {
	if i < 0 || i >= len(b) {
		return 0
	}
	return b[i]
}

func hasPrefix(b []byte, s string) bool {
	return len(b) >= len(s) && string(b[:len(s)]) == s
}

func indexByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool     { return c >= '0' && c <= '9' }
func isLetter(c byte) bool    { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isNameStart(c byte) bool { return isLetter(c) || c == '_' || c >= 0x80 }
func isNameByte(c byte) bool  { return isNameStart(c) || isDigit(c) }

// isName reports whether w is a plain identifier: [A-Za-z_][A-Za-z0-9_]*.
func isName(w []byte) bool {
	if len(w) == 0 || !isLetter(w[0]) && w[0] != '_' {
		return false
	}
	for _, c := range w {
		if !isLetter(c) && !isDigit(c) && c != '_' {
			return false
		}
	}
	return true
}

// isDashWord reports whether w is two names joined by "-", as Get-Item.
func isDashWord(w []byte) bool {
	for i := 1; i+1 < len(w); i++ {
		if w[i] == '-' && isLetter(w[i-1]) && isLetter(w[i+1]) {
			return isLetter(w[0])
		}
	}
	return false
}
