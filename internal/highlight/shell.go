package highlight

import "bytes"

// The shell, shell sessions, and the languages that hold shell commands:
// Dockerfiles and makefiles.

// Bytes of the shell's words besides letters and digits: a path, an
// option or a glob is one word.
const shellWord = "-./~%+@,:^*?"

var shellInterp = []string{"$((", "$("}

var shellQuotes = []quote{
	{open: `"`, close: `"`, cls: strDouble, esc: '\\', multi: true, interp: shellInterp, sigil: '$'},
	{open: "'", close: "'", cls: strSingle, multi: true},
	{open: "`", close: "`", cls: strBacktick, esc: '\\', multi: true},
	{open: `$'`, close: "'", cls: strSingle, esc: '\\', multi: true},
	{open: `$"`, close: `"`, cls: strDouble, esc: '\\', multi: true, interp: shellInterp, sigil: '$'},
}

// newShell returns the spec of the shell, for languages to build on.
func newShell() *spec {
	return &spec{
		words:  []group{{keyword, shellKeywords}, {nameBuiltin, shellBuiltins}},
		assign: nameVariable, numWord: true, shellVars: true,
		identStart: shellWord, identPart: shellWord,
		lineComments: hashComments, commentAtWord: true,
		quotes: shellQuotes,
		ops:    "=!<>(){}[]", puncts: "|&;",
		hook: ruleShell, hookBytes: "$<\\&|",
		line: ruleShellLine,
	}
}

var langShell = newShell()

var langConsole = func() *spec {
	sp := newShell()
	sp.run = ruleConsole
	return sp
}()

// shellHook takes a variable or a substitution at "$", a here-document
// operator at "<", an escaped byte at a backslash, and the operators "&&"
// and "||" (a single "&" or "|" is punctuation).
func shellHook(s *scanner) {
	src, i := s.src, s.pos
	switch src[i] {
	case '&', '|':
		if byteAt(src, i+1) == src[i] {
			s.tok(operator, i+2)
			s.after(false)
		}
	case '\\':
		s.tok(plain, i+2)
	case '<':
		s.heredocStart()
	case '$':
		switch {
		case s.depth < maxDepth && hasPrefix(src[i:], "$(("):
			s.interpolate("$((", keyword)
		case s.depth < maxDepth && hasPrefix(src[i:], "$("):
			s.interpolate("$(", keyword)
		default:
			if end := s.variable(i); end > i+1 {
				s.tok(nameVariable, end)
			}
		}
	}
}

// shellLine takes, at the start of a line, the body of a pending
// here-document, a #! line, a prompt, or a line of output.
func shellLine(s *scanner) {
	src, i := s.src, s.pos
	switch {
	case s.heredoc != nil:
		s.heredocBody()
	case i == 0 && hasPrefix(src, "#!"):
		s.tok(commentHashbang, s.lineEnd(0))
	case s.continued():
	case isPrompt(src, i):
		s.tok(plain, i+2)
	case s.session:
		s.tok(plain, s.lineEnd(i)+1)
	}
}

// heredocStart takes <<WORD, <<-WORD or <<'WORD' and makes the lines
// after this one, up to WORD, a here-document.
func (s *scanner) heredocStart() {
	src, i := s.src, s.pos
	if !hasPrefix(src[i:], "<<") || hasPrefix(src[i:], "<<<") {
		return
	}
	j, tabs := i+2, false
	if c := byteAt(src, j); c == '-' || c == '~' {
		j, tabs = j+1, true
	}
	j = s.indent(j)
	q := byteAt(src, j)
	if q == '\'' || q == '"' {
		j++
	} else {
		q = 0
	}
	k := j
	for k < len(src) && (isNameByte(src[k]) || src[k] == '-') {
		k++
	}
	if k == j || q != 0 && byteAt(src, k) != q {
		return
	}
	s.heredoc, s.heredocTabs = src[j:k], tabs
	if q != 0 {
		k++
	}
	s.tok(strHeredoc, k)
}

// heredocBody takes the lines of a here-document, up to its word.
func (s *scanner) heredocBody() {
	src, word := s.src, s.heredoc
	s.heredoc = nil
	for i := s.pos; i < len(src); {
		end := s.lineEnd(i)
		line := bytes.TrimSuffix(src[i:end], []byte{'\r'})
		if s.heredocTabs {
			line = bytes.TrimLeft(line, "\t")
		}
		if bytes.Equal(line, word) {
			s.tok(strHeredoc, end)
			return
		}
		i = end + 1
	}
	s.tok(strHeredoc, len(src))
}

// hasPrompt reports whether a line of src starts with a prompt.
func hasPrompt(src []byte) bool {
	for i := 0; i < len(src); {
		if isPrompt(src, i) {
			return true
		}
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			return false
		}
		i += j + 1
	}
	return false
}

// isPrompt reports whether the line at i starts with a prompt: "$ ".
func isPrompt(src []byte, i int) bool {
	if byteAt(src, i) != '$' {
		return false
	}
	c := byteAt(src, i+1)
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || i+1 == len(src)
}

var langDocker = func() *spec {
	sp := newShell()
	sp.ops, sp.puncts = "=!<>(){}", "|&;[]" // brackets hold the exec form's JSON array
	sp.line = ruleDockerLine
	return sp
}()

// dockerLine takes a here-document body, or an instruction at the start
// of a line that does not continue the one before.
func dockerLine(s *scanner) {
	if s.heredoc != nil {
		s.heredocBody()
		return
	}
	if s.continued() {
		return
	}
	src := s.src
	i := s.indent(s.pos)
	j := i
	for j < len(src) && isLetter(src[j]) {
		j++
	}
	if j == i || j < len(src) && src[j] != ' ' && src[j] != '\t' && src[j] != '\n' && src[j] != '\r' {
		return
	}
	if inList(src[i:j], dockerInstructions) {
		s.tok(plain, i)
		s.tok(keyword, j)
	}
}

// inList reports whether w is, case aside, a word of the space-separated
// lower-case list.
func inList(w []byte, list string) bool {
	for len(list) > 0 {
		n := 0
		for n < len(list) && list[n] != ' ' {
			n++
		}
		if equalFold(w, list[:n]) {
			return true
		}
		if n == len(list) {
			break
		}
		list = list[n+1:]
	}
	return false
}

var langMake = func() *spec {
	sp := newShell()
	sp.words = []group{
		{keyword, shellKeywords + " " + makeKeywords}, {nameBuiltin, shellBuiltins + " " + makeFunctions},
	}
	sp.identStart, sp.identPart = "-./~%@,^*", "-./~%@,^*"
	sp.ops, sp.puncts = "=!<>:?+", "|&;(){}[]"
	sp.hook = ruleMake
	sp.line = ruleMakeLine
	return sp
}()

// makeHook takes make's variables, $(NAME) $@ $<..., and its function
// calls, $(wildcard *.go); otherwise it does what the shell's does.
func makeHook(s *scanner) {
	src, i := s.src, s.pos
	if src[i] != '$' {
		shellHook(s)
		return
	}
	c := byteAt(src, i+1)
	switch {
	case c == '(' || c == '{':
		close := closing(c)
		j := i + 2
		for j < len(src) && (isNameByte(src[j]) || src[j] == '.' || src[j] == '-') {
			j++
		}
		if byteAt(src, j) == close {
			s.tok(nameVariable, j+1)
		} else if s.depth < maxDepth {
			op := "$("
			if c == '{' {
				op = "${"
			}
			s.interpolate(op, keyword)
		}
	case c == '$':
		s.tok(plain, i+2)
	case c != 0 && c != ' ' && c != '\t' && c != '\n' && c != '\r':
		s.tok(nameVariable, i+2)
	}
}

// makeLine takes, at the start of a line that is not a recipe's, the name
// of a variable being set or of a target.
func makeLine(s *scanner) {
	src, i := s.src, s.pos
	if byteAt(src, i) == '\t' || s.continued() {
		return
	}
	j := i
	for j < len(src) && (isNameByte(src[j]) || indexByte(".%/-", src[j])) {
		j++
	}
	if j == i {
		return
	}
	k := s.indent(j)
	rest := src[k:]
	switch {
	case hasPrefix(rest, "="), hasPrefix(rest, ":="), hasPrefix(rest, "::="), hasPrefix(rest, "?="), hasPrefix(rest, "+="), hasPrefix(rest, "!="):
		s.tok(nameVariable, j)
	case hasPrefix(rest, ":"):
		s.tok(nameFunction, j)
	}
}
