package highlight

// Data and configuration: JSON, TOML, INI, Java properties, nginx's
// configuration, and diffs. YAML is in yaml.go.

var langJSON = &spec{
	words:        []group{{keywordConstant, "true false null"}},
	lineComments: slashComments, blockComments: cBlock, // JSONC
	puncts: "{}[],:",
	hook:   ruleJSON, hookBytes: `"'-`,
}

// jsonHook takes a string, a key (a string before a colon) or a negative
// number.
func jsonHook(s *scanner) {
	src, i := s.src, s.pos
	q := src[i]
	if q == '-' {
		if isDigit(byteAt(src, i+1)) {
			s.numberFrom(i + 1)
		}
		return
	}
	j := i + 1
	for j < len(src) && src[j] != q && src[j] != '\n' {
		if src[j] == '\\' {
			j++
		}
		j++
	}
	if j < len(src) && src[j] == q {
		j++
	}
	cls := strDouble
	if q == '\'' {
		cls = strSingle
	}
	if byteAt(src, s.indent(j)) == ':' {
		cls = nameTag
	}
	s.tok(cls, j)
	s.after(true)
}

var langTOML = &spec{
	words: []group{{keywordConstant, "true false inf nan"}},
	ident: nameOther, identPart: "-",
	lineComments: hashComments,
	quotes: []quote{
		{open: `"""`, close: `"""`, cls: strDouble, esc: '\\', multi: true},
		{open: `'''`, close: `'''`, cls: strSingle, multi: true},
		{open: `"`, close: `"`, cls: strDouble, esc: '\\'},
		{open: "'", close: "'", cls: strSingle},
	},
	ops: "=+-", puncts: "[]{},.",
	hook: ruleTOMLDate, hookBytes: "0123456789",
	line: ruleTOMLTable,
}

// tomlDate takes a date or a time: 1979-05-27T07:32:00-08:00, 07:32:00.
func tomlDate(s *scanner) {
	src, i := s.src, s.pos
	date := isDigit(byteAt(src, i+1)) && isDigit(byteAt(src, i+2)) && isDigit(byteAt(src, i+3)) && byteAt(src, i+4) == '-' && isDigit(byteAt(src, i+5))
	time := isDigit(byteAt(src, i+1)) && byteAt(src, i+2) == ':' && isDigit(byteAt(src, i+3))
	if !date && !time || s.valueBefore(i) {
		return
	}
	j := i
	for j < len(src) && (isDigit(src[j]) || indexByte("-:.+TZtz", src[j]) || src[j] == ' ' && isDigit(byteAt(src, j+1)) && byteAt(src, j+3) == ':') {
		j++
	}
	s.tok(literalDate, j)
}

// tomlTable takes a table header, [name] or [[name]].
func tomlTable(s *scanner) {
	src := s.src
	i := s.indent(s.pos)
	if byteAt(src, i) != '[' {
		return
	}
	j := i + 1
	for j < len(src) && (isNameByte(src[j]) || indexByte("[-.\"' ", src[j])) {
		j++
	}
	if byteAt(src, j) != ']' {
		return
	}
	for j < len(src) && src[j] == ']' {
		j++
	}
	s.tok(plain, i)
	s.tok(keyword, j)
}

var langINI = &spec{run: ruleINI}

// runINI takes lines of an INI file: comments, [sections], and keys with
// their values.
func runINI(s *scanner) {
	src := s.src
	for s.pos < len(src) {
		i := s.indent(s.pos)
		end := s.lineEnd(i)
		s.tok(plain, i)
		switch c := byteAt(src, i); {
		case c == ';' || c == '#':
			s.tok(commentSingle, end)
		case c == '[':
			s.tok(keyword, end)
		case i < end:
			s.keyValue(end, "=:", nameAttribute)
		}
		s.tok(plain, end+1)
	}
}

// keyValue takes a key up to the first of the separators seps, the
// separator and a value, up to end.
func (s *scanner) keyValue(end int, seps string, key class) {
	src := s.src
	i := s.pos
	for i < end && !indexByte(seps, src[i]) {
		i++
	}
	k := i
	for k > s.pos && (src[k-1] == ' ' || src[k-1] == '\t' || src[k-1] == '\r') {
		k--
	}
	s.tok(key, k)
	s.tok(plain, i)
	if i == end {
		return
	}
	s.tok(operator, i+1)
	s.tok(plain, s.indent(i+1))
	v := end
	for v > s.pos && (src[v-1] == ' ' || src[v-1] == '\t' || src[v-1] == '\r') {
		v--
	}
	s.tok(str, v)
	s.tok(plain, end)
}

var langProperties = &spec{run: ruleProperties}

// runProperties takes lines of Java properties: comments, and keys with
// their values, which a backslash continues on the next line.
func runProperties(s *scanner) {
	src := s.src
	for s.pos < len(src) {
		i := s.indent(s.pos)
		end := s.lineEnd(i)
		s.tok(plain, i)
		if c := byteAt(src, i); c == '#' || c == '!' {
			s.tok(commentSingle, end)
			s.tok(plain, end+1)
			continue
		}
		for end < len(src) && end > i && (src[end-1] == '\\' || src[end-1] == '\r' && byteAt(src, end-2) == '\\') {
			end = s.lineEnd(end + 1) // a continued value
		}
		j := i
		for j < end && !indexByte("=: \t\r", src[j]) {
			if src[j] == '\\' {
				j++
			}
			j++
		}
		if j > end {
			j = end
		}
		s.tok(nameAttribute, j)
		if k := s.indent(j); k < end && (src[k] == '=' || src[k] == ':') {
			s.tok(plain, k)
			s.tok(operator, k+1)
		}
		s.tok(plain, s.indent(s.pos))
		s.tok(str, end)
		s.tok(plain, end+1)
	}
}

var langNginx = &spec{run: ruleNginx}

// runNginx takes nginx's configuration: directives, their arguments
// (strings, numbers, variables) and blocks.
func runNginx(s *scanner) {
	src := s.src
	directive := true
	for s.pos < len(src) {
		i := s.pos
		switch c := src[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			s.tok(plain, i+1)
		case c == '#':
			s.tok(commentSingle, s.lineEnd(i))
		case c == '{' || c == '}' || c == ';':
			s.tok(punctuation, i+1)
			directive = true
		case c == '"' || c == '\'':
			j := i + 1
			for j < len(src) && src[j] != c {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			s.tok(str, j+1)
		case c == '$' && (isNameStart(byteAt(src, i+1)) || byteAt(src, i+1) == '{'):
			j := i + 1
			if src[j] == '{' {
				for j < len(src) && src[j] != '}' && src[j] != '\n' {
					j++
				}
				if byteAt(src, j) == '}' {
					j++
				}
			} else {
				for j < len(src) && isNameByte(src[j]) {
					j++
				}
			}
			s.tok(nameVariable, j)
		default:
			j := i
			for j < len(src) && !indexByte(" \t\r\n;{}\"'#", src[j]) && !(src[j] == '$' && j > i && (isNameStart(byteAt(src, j+1)) || byteAt(src, j+1) == '{')) {
				j++
			}
			switch {
			case directive:
				s.tok(keyword, j)
				directive = false
			case isSize(src[i:j]):
				s.tok(numberInteger, j)
			default:
				s.tok(str, j)
			}
		}
	}
}

// isSize reports whether w is a number with an optional unit: 80, 10m, 1.5s.
func isSize(w []byte) bool {
	i := 0
	for i < len(w) && (isDigit(w[i]) || w[i] == '.' && i > 0) {
		i++
	}
	if i == 0 || len(w)-i > 2 {
		return false
	}
	for _, c := range w[i:] {
		if !isLetter(c) {
			return false
		}
	}
	return true
}

var langDiff = &spec{run: ruleDiff}

// runDiff takes the lines of a diff, each with its newline: inserted,
// deleted, hunk headers and file headers.
func runDiff(s *scanner) {
	src := s.src
	for s.pos < len(src) {
		i := s.pos
		end := s.lineEnd(i) + 1
		cls := plain
		switch rest := src[i:]; {
		case hasPrefix(rest, "+"):
			cls = genericInserted
		case hasPrefix(rest, "-"):
			cls = genericDeleted
		case hasPrefix(rest, "@"):
			cls = genericSubheading
		case hasPrefix(rest, "!"):
			cls = genericStrong
		case hasPrefix(rest, "diff "), hasPrefix(rest, "index "), hasPrefix(rest, "Index: "), hasPrefix(rest, "="):
			cls = genericHeading
		}
		s.tok(cls, end)
	}
}
