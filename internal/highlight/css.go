package highlight

// CSS, SCSS and Less: selectors, properties, values and at-rules.

var langCSS = &spec{run: ruleCSS}

// The parts of a CSS statement.
const (
	cssStart    = iota // before a statement: its kind is not known yet
	cssSelector        // a selector, before "{"
	cssProperty        // a declaration's property, before ":"
	cssValue           // a declaration's value, or an at-rule's prelude
)

func runCSS(s *scanner) {
	src := s.src
	state := cssStart
	for s.pos < len(src) {
		i := s.pos
		c := src[i]
		switch {
		case isBlank(c):
			s.tok(plain, i+1)
		case hasPrefix(src[i:], "/*"):
			s.blockComment(pair{"/*", "*/"}, false)
		case hasPrefix(src[i:], "//") && (i == 0 || src[i-1] != ':'):
			s.tok(commentSingle, s.lineEnd(i)) // SCSS, Less
		case c == '{' || c == '}' || c == ';':
			s.tok(punctuation, i+1)
			state = cssStart
		case c == '"' || c == '\'':
			cls := strDouble
			if c == '\'' {
				cls = strSingle
			}
			j := i + 1
			for j < len(src) && src[j] != c && src[j] != '\n' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			if j < len(src) && src[j] == c {
				j++
			}
			s.tok(cls, j)
		case state == cssStart && c == '@':
			s.tok(keyword, s.cssName(i+1))
			state = cssValue
		case state == cssStart:
			state = s.cssKind(i)
			continue
		case state == cssSelector:
			s.cssSelector()
		case state == cssProperty:
			if c == ':' {
				s.tok(punctuation, i+1)
				state = cssValue
			} else {
				s.cssProperty()
			}
		default:
			s.cssValue()
		}
		if s.pos == i {
			s.tok(plain, i+1) // never loop
		}
	}
}

// cssKind tells a selector, which "{" follows, from a declaration.
func (s *scanner) cssKind(i int) int {
	for ; i < len(s.src); i++ {
		switch s.src[i] {
		case '{':
			return cssSelector
		case ';', '}':
			return cssProperty
		}
	}
	return cssSelector
}

// cssName returns the end of a name at i: letters, digits, "-" and "_".
func (s *scanner) cssName(i int) int {
	for i < len(s.src) && (isNameByte(s.src[i]) || s.src[i] == '-' || s.src[i] == '\\') {
		if s.src[i] == '\\' {
			i++
		}
		i++
	}
	return i
}

// cssSelector takes a token of a selector: .class, #id, :pseudo, a tag.
func (s *scanner) cssSelector() {
	src := s.src
	i := s.pos
	switch c := src[i]; {
	case (c == '.' || c == '%') && s.cssName(i+1) > i+1:
		s.tok(nameClass, s.cssName(i+1))
	case c == '#' && s.cssName(i+1) > i+1:
		s.tok(nameNamespace, s.cssName(i+1))
	case c == ':':
		j := i + 1
		if byteAt(src, j) == ':' {
			j++
		}
		s.tok(nameDecorator, s.cssName(j))
	case c == '&':
		s.tok(keyword, i+1)
	case c == '$' || c == '@':
		s.tok(nameVariable, s.cssName(i+1))
	case isNameStart(c) || c == '-' || c == '*':
		if c == '*' {
			s.tok(nameTag, i+1)
			return
		}
		s.tok(nameTag, s.cssName(i))
	case c == '[':
		s.tok(punctuation, i+1)
		j := s.cssName(s.pos)
		s.tok(nameAttribute, j)
	case c == '>' || c == '+' || c == '~' || c == '=' || c == '|' || c == '^':
		s.tok(operator, i+1)
	case c == ',' || c == ']' || c == '(' || c == ')':
		s.tok(punctuation, i+1)
	default:
		s.tok(plain, i+1)
	}
}

// cssProperty takes a property, or a variable being set.
func (s *scanner) cssProperty() {
	src := s.src
	i := s.pos
	switch c := src[i]; {
	case c == '$' || c == '@' || c == '-' && byteAt(src, i+1) == '-':
		s.tok(nameVariable, s.cssName(i+1))
	case isNameStart(c) || c == '-' || c == '*':
		s.tok(keyword, s.cssName(i+1))
	default:
		s.tok(plain, i+1)
	}
}

// cssValue takes a token of a value: a number and its unit, a colour, a
// keyword, a function, a variable, !important.
func (s *scanner) cssValue() {
	src := s.src
	i := s.pos
	c := src[i]
	switch {
	case isDigit(c) || (c == '.' || c == '-' || c == '+') && isDigit(byteAt(src, i+1)) && !s.valueBefore(i):
		j := i + 1
		cls := numberInteger
		for j < len(src) && (isDigit(src[j]) || src[j] == '.' && isDigit(byteAt(src, j+1))) {
			if src[j] == '.' {
				cls = numberFloat
			}
			j++
		}
		if c == '.' {
			cls = numberFloat
		}
		s.tok(cls, j)
		if u := s.cssName(j); u > j && isLetter(src[j]) {
			s.tok(keywordType, u)
		} else if byteAt(src, j) == '%' {
			s.tok(keywordType, j+1)
		}
	case c == '#' && isHex(byteAt(src, i+1)):
		j := i + 1
		for j < len(src) && isHex(src[j]) {
			j++
		}
		s.tok(numberHex, j)
	case c == '!':
		j := s.indent(i + 1)
		s.tok(commentPreproc, s.cssName(j))
	case c == '$' || c == '@':
		s.tok(nameVariable, s.cssName(i+1))
	case isNameStart(c) || c == '-' && (isNameStart(byteAt(src, i+1)) || byteAt(src, i+1) == '-'):
		j := s.cssName(i + 1)
		switch {
		case byteAt(src, j) == '(' && equalFold(src[i:j], "url"):
			s.tok(nameFunction, j)
			s.tok(punctuation, j+1)
			k := s.pos
			for k < len(src) && src[k] != ')' && src[k] != '\n' {
				k++
			}
			if q := byteAt(src, s.pos); q != '"' && q != '\'' {
				s.tok(str, k)
			}
		case byteAt(src, j) == '(':
			s.tok(nameFunction, j)
		case c == '-' && byteAt(src, i+1) == '-':
			s.tok(nameVariable, j)
		default:
			s.tok(keywordConstant, j)
		}
	case c == ',' || c == '(' || c == ')' || c == ':' || c == '/':
		s.tok(punctuation, i+1)
	case c == '+' || c == '-' || c == '*' || c == '=' || c == '>' || c == '<':
		s.tok(operator, i+1)
	default:
		s.tok(plain, i+1)
	}
}
