package highlight

// YAML: keys, scalars classed as numbers, constants or plain literals,
// quoted strings, block scalars, flow collections, anchors and tags.

var langYAML = &spec{run: ruleYAML}

func runYAML(s *scanner) {
	for s.pos < len(s.src) {
		p := s.pos
		if s.yamlLine(); s.pos == p {
			s.tok(plain, p+1) // never loop
		}
	}
}

// yamlLine takes a line in block context, with the block scalar or flow
// collections that start on it.
func (s *scanner) yamlLine() {
	src := s.src
	start := s.pos
	i := s.indent(start)
	ind := i - start
	s.tok(plain, i)
	if i == start && (hasPrefix(src[i:], "---") || hasPrefix(src[i:], "...")) && isBlank(byteAt(src, i+3)) {
		s.tok(nameNamespace, i+3)
	} else if i == start && byteAt(src, i) == '%' {
		s.tok(commentPreproc, s.lineEnd(i))
	}
	for byteAt(src, s.pos) == '-' && isBlank(byteAt(src, s.pos+1)) {
		s.tok(plain, s.indent(s.pos+1)) // a sequence entry
	}
	if key, colon := s.yamlKey(s.pos, false); key > s.pos {
		s.tok(nameTag, key)
		s.tok(plain, colon)
		s.tok(punctuation, colon+1)
	}
	s.yamlValue(ind)
	if byteAt(src, s.pos) == '\n' {
		s.tok(plain, s.pos+1)
	}
}

// yamlKey returns the end of the key at i and the index of its colon, or
// 0, 0 when no key is there.
func (s *scanner) yamlKey(i int, flow bool) (key, colon int) {
	src := s.src
	if i >= len(src) {
		return 0, 0
	}
	if c := src[i]; c == '"' || c == '\'' {
		end := s.yamlQuoted(i)
		j := s.indent(end)
		if byteAt(src, j) == ':' && (flow || isBlank(byteAt(src, j+1))) && !hasNewline(src[i:end]) {
			return end, j
		}
		return 0, 0
	}
	if !s.plainStart(i) {
		return 0, 0
	}
	for j := i; j < len(src); j++ {
		switch c := src[j]; {
		case c == '\n':
			return 0, 0
		case c == ':' && (isBlank(byteAt(src, j+1)) || j+1 == len(src) || flow && indexByte(",[]{}", byteAt(src, j+1))):
			k := j
			for k > i && (src[k-1] == ' ' || src[k-1] == '\t') {
				k--
			}
			return k, j
		case c == '#' && (src[j-1] == ' ' || src[j-1] == '\t'):
			return 0, 0
		case flow && indexByte(",[]{}", c):
			return 0, 0
		}
	}
	return 0, 0
}

// plainStart reports whether a plain scalar starts at i.
func (s *scanner) plainStart(i int) bool {
	c := s.src[i]
	if indexByte("-?:", c) {
		return !isBlank(byteAt(s.src, i+1))
	}
	return !indexByte(",[]{}#&*!|>'\"%@` \t\r\n", c)
}

// yamlValue takes the rest of a line: a value, anchors, tags, a comment;
// after a block scalar indicator, the block scalar's lines too.
func (s *scanner) yamlValue(ind int) {
	src := s.src
	block := false
	for s.pos < len(src) {
		i := s.pos
		switch c := src[i]; {
		case c == '\n':
			if block {
				s.tok(plain, i+1)
				s.yamlBlock(ind)
			}
			return
		case c == ' ' || c == '\t' || c == '\r':
			s.tok(plain, s.indent(i+1))
		case c == '#' && (i == 0 || isBlank(src[i-1])):
			s.tok(commentSingle, s.lineEnd(i))
		case c == '&' || c == '*':
			s.tok(commentPreproc, s.yamlWord(i+1))
		case c == '!':
			s.tok(keywordType, s.yamlWord(i+1))
		case (c == '|' || c == '>') && !block:
			j := i + 1
			for j < len(src) && (src[j] == '-' || src[j] == '+' || isDigit(src[j])) {
				j++
			}
			if !isBlank(byteAt(src, j)) && j < len(src) {
				s.yamlScalar(false)
				break
			}
			s.tok(punctuation, j)
			block = true
		case c == '"' || c == '\'':
			cls := strDouble
			if c == '\'' {
				cls = strSingle
			}
			s.tok(cls, s.yamlQuoted(i))
		case c == '[' || c == '{':
			s.yamlFlow()
		default:
			s.yamlScalar(false)
		}
		if s.pos == i {
			s.tok(plain, i+1) // never loop
		}
	}
}

// yamlBlock takes the lines of a block scalar: those indented more than
// ind, and blank lines between them.
func (s *scanner) yamlBlock(ind int) {
	src := s.src
	last := s.pos
	for i := s.pos; i < len(src); {
		end := s.lineEnd(i)
		j := s.indent(i)
		if j < end && !(j == end-1 && src[j] == '\r') {
			if j-i <= ind {
				break
			}
			last = end
		}
		i = end + 1
	}
	s.tok(str, last)
}

// yamlFlow takes a flow collection, [...] or {...}, over several lines if
// need be.
func (s *scanner) yamlFlow() {
	src := s.src
	depth := 0
	for s.pos < len(src) {
		i := s.pos
		switch c := src[i]; {
		case c == '[' || c == '{':
			depth++
			s.tok(punctuation, i+1)
		case c == ']' || c == '}':
			s.tok(punctuation, i+1)
			if depth--; depth <= 0 {
				return
			}
		case c == ',' || c == ':':
			s.tok(punctuation, i+1)
		case isBlank(c):
			s.tok(plain, i+1)
		case c == '#' && isBlank(byteAt(src, i-1)):
			s.tok(commentSingle, s.lineEnd(i))
		case c == '&' || c == '*':
			s.tok(commentPreproc, s.yamlWord(i+1))
		case c == '!':
			s.tok(keywordType, s.yamlWord(i+1))
		default:
			if key, _ := s.yamlKey(i, true); key > i {
				s.tok(nameTag, key)
			} else if c == '"' || c == '\'' {
				cls := strDouble
				if c == '\'' {
					cls = strSingle
				}
				s.tok(cls, s.yamlQuoted(i))
			} else {
				s.yamlScalar(true)
			}
		}
		if s.pos == i {
			s.tok(plain, i+1) // never loop
		}
	}
}

// yamlScalar takes a plain scalar, up to the end of the line or a
// comment, or in a flow collection up to a flow indicator.
func (s *scanner) yamlScalar(flow bool) {
	src := s.src
	i := s.pos
	j := i + 1
	for j < len(src) && src[j] != '\n' && !(src[j] == '#' && isBlank(src[j-1])) &&
		!(flow && (indexByte(",[]{}", src[j]) || src[j] == ':' && isBlank(byteAt(src, j+1)))) {
		j++
	}
	for j > i+1 && isBlank(src[j-1]) {
		j--
	}
	s.tok(yamlClass(src[i:j]), j)
}

// yamlQuoted returns the end of the quoted scalar at i; unterminated, it
// runs to the end of the input.
func (s *scanner) yamlQuoted(i int) int {
	src := s.src
	q := src[i]
	for j := i + 1; j < len(src); j++ {
		switch {
		case src[j] == '\\' && q == '"':
			j++
		case src[j] == q:
			if q == '\'' && byteAt(src, j+1) == '\'' {
				j++
				continue
			}
			return j + 1
		}
	}
	return len(src)
}

// yamlWord returns the end of an anchor, alias or tag name at i.
func (s *scanner) yamlWord(i int) int {
	for i < len(s.src) && !isBlank(s.src[i]) && !indexByte(",[]{}", s.src[i]) {
		i++
	}
	return i
}

// yamlClass classes a plain scalar: a number, a constant, or a literal.
func yamlClass(v []byte) class {
	switch string(v) {
	case "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~",
		"yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF":
		return keywordConstant
	case ".inf", "-.inf", "+.inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN":
		return numberFloat
	}
	i := 0
	if i < len(v) && (v[i] == '-' || v[i] == '+') {
		i++
	}
	if hasPrefix(v[i:], "0x") || hasPrefix(v[i:], "0o") {
		i += 2
		if i == len(v) {
			return literal
		}
		for ; i < len(v); i++ {
			if !isHex(v[i]) && v[i] != '_' {
				return literal
			}
		}
		return numberInteger
	}
	digits, cls := 0, numberInteger
	for ; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			digits++
		case c == '_' && digits > 0:
		case c == '.' && cls == numberInteger:
			cls = numberFloat
		case (c == 'e' || c == 'E') && digits > 0 && i+1 < len(v):
			cls = numberFloat
			if v[i+1] == '+' || v[i+1] == '-' {
				i++
			}
			digits = 0
		default:
			return literal
		}
	}
	if digits == 0 {
		return literal
	}
	return cls
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0 }

func hasNewline(b []byte) bool {
	for _, c := range b {
		if c == '\n' {
			return true
		}
	}
	return false
}
