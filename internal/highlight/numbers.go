package highlight

// number takes a number at s.pos. In a language of words (numWord) it
// takes nothing and returns false when the number runs into a word.
func (s *scanner) number() bool { return s.numberFrom(s.pos) }

// numberFrom takes a token from s.pos to the end of the number at i.
func (s *scanner) numberFrom(i int) bool {
	src, sp := s.src, s.sp
	cls := numberInteger
	if src[i] == '0' && i+2 < len(src) {
		switch src[i+1] | 0x20 {
		case 'x':
			if isHex(src[i+2]) {
				i, cls = s.digits(i+2, isHex), numberHex
			}
		case 'b':
			if src[i+2] == '0' || src[i+2] == '1' {
				i, cls = s.digits(i+2, isDigit), numberBin
			}
		case 'o':
			if src[i+2] >= '0' && src[i+2] <= '7' {
				i, cls = s.digits(i+2, isDigit), numberOct
			}
		}
	}
	if cls == numberInteger {
		if src[i] != '.' {
			i = s.digits(i, isDigit)
		}
		if byteAt(src, i) == '.' && isDigit(byteAt(src, i+1)) {
			i, cls = s.digits(i+1, isDigit), numberFloat
		}
		if byteAt(src, i)|0x20 == 'e' {
			j := i + 1
			if c := byteAt(src, j); c == '+' || c == '-' {
				j++
			}
			if isDigit(byteAt(src, j)) {
				i, cls = s.digits(j, isDigit), numberFloat
			}
		}
	}
	if sp.numWord {
		if i < len(src) && sp.flags[src[i]]&fIdent != 0 {
			return false
		}
	} else {
		for i < len(src) && (isLetter(src[i]) || isDigit(src[i]) || src[i] == '_') {
			i++ // a suffix: 10L, 1.5f, 0xffu8
		}
	}
	s.tok(cls, i)
	s.after(true)
	return true
}

// digits returns the end of the digits at i, with their separators.
func (s *scanner) digits(i int, ok func(byte) bool) int {
	src, sep := s.src, s.sp.digitSep
	for i < len(src) {
		c := src[i]
		if !ok(c) && !((c == '_' || c == sep && sep != 0) && i+1 < len(src) && ok(src[i+1])) {
			break
		}
		i++
	}
	return i
}

func isHex(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }
