package highlight

// HTML and XML: tags, attributes, comments, entities; in HTML, scripts
// and style sheets in their own languages.

var (
	langHTML = &spec{run: ruleHTML}
	langXML  = &spec{run: ruleXML}
)

// markup takes HTML (html) or XML.
func (s *scanner) markup(html bool) {
	src := s.src
	for s.pos < len(src) {
		i := s.pos
		rest := src[i:]
		switch {
		case hasPrefix(rest, "<!--"):
			s.tok(comment, s.until(i+4, "-->"))
		case hasPrefix(rest, "<![CDATA["):
			s.tok(commentPreproc, s.until(i+9, "]]>"))
		case hasPrefix(rest, "<!"):
			s.tok(commentPreproc, s.until(i+2, ">"))
		case hasPrefix(rest, "<?"):
			s.tok(commentPreproc, s.until(i+2, "?>"))
		case rest[0] == '<' && (isLetter(byteAt(rest, 1)) || byteAt(rest, 1) == '/' && isLetter(byteAt(rest, 2))):
			s.tag(html)
		case rest[0] == '&':
			s.entity()
		default:
			j := i + 1
			for j < len(src) && src[j] != '<' && src[j] != '&' {
				j++
			}
			s.tok(plain, j)
		}
	}
}

// until returns the end of the first close at or after i, or the end of
// the input.
func (s *scanner) until(i int, close string) int {
	for ; i < len(s.src); i++ {
		if s.src[i] == close[0] && hasPrefix(s.src[i:], close) {
			return i + len(close)
		}
	}
	return len(s.src)
}

// tag takes a start or end tag and its attributes; after <script> or
// <style> in HTML, the script or style sheet.
func (s *scanner) tag(html bool) {
	src := s.src
	i := s.pos + 1
	end := src[s.pos+1] == '/'
	if end {
		i++
	}
	s.tok(punctuation, i)
	j := i
	for j < len(src) && (isNameByte(src[j]) || indexByte(":.-", src[j])) {
		j++
	}
	name := src[i:j]
	s.tok(nameTag, j)
	for s.pos < len(src) {
		k := s.pos
		switch c := src[k]; {
		case c == '>':
			s.tok(punctuation, k+1)
			if html && !end {
				switch {
				case equalFold(name, "script"):
					s.embedded(langJS, "</script")
				case equalFold(name, "style"):
					s.embedded(langCSS, "</style")
				}
			}
			return
		case c == '/' && byteAt(src, k+1) == '>':
			s.tok(punctuation, k+2)
			return
		case c == '<':
			return // a tag left open
		case isBlank(c) || c == '/':
			s.tok(plain, k+1)
		case c == '=':
			s.tok(operator, k+1)
			s.attrValue()
		default:
			e := k + 1
			for e < len(src) && !isBlank(src[e]) && !indexByte("=/><\"'", src[e]) {
				e++
			}
			s.tok(nameAttribute, e)
		}
	}
}

// attrValue takes the value of an attribute after its "=".
func (s *scanner) attrValue() {
	src := s.src
	i := s.indent(s.pos)
	s.tok(plain, i)
	switch c := byteAt(src, i); {
	case c == '"' || c == '\'':
		j := i + 1
		for j < len(src) && src[j] != c {
			j++
		}
		s.tok(str, j+1)
	case c != 0 && c != '>' && !isBlank(c):
		j := i + 1
		for j < len(src) && !isBlank(src[j]) && src[j] != '>' {
			j++
		}
		s.tok(str, j)
	}
}

// embedded takes the content of an element, up to its end tag, in the
// language sp.
func (s *scanner) embedded(sp *spec, endTag string) {
	src := s.src
	end := len(src)
	for i := s.pos; i+len(endTag) <= len(src); i++ {
		if src[i] == '<' && equalFold(src[i:i+len(endTag)], endTag) {
			end = i
			break
		}
	}
	if s.depth >= maxDepth {
		s.tok(plain, end)
		return
	}
	s.depth++
	s.scan(sp, end)
	s.depth--
}

// entity takes a character reference, &amp; or &#39;, or a lone "&".
func (s *scanner) entity() {
	src := s.src
	j := s.pos + 1
	if byteAt(src, j) == '#' {
		j++
	}
	k := j
	for k < len(src) && isNameByte(src[k]) && k-j < maxWord {
		k++
	}
	if k > j && byteAt(src, k) == ';' {
		s.tok(nameEntity, k+1)
		return
	}
	s.tok(plain, s.pos+1)
}
