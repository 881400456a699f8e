package highlight

// The scripting languages: Python, Ruby, PowerShell, Lua and SQL. The
// shell and its relatives are in shell.go.

var hashComments = []string{"#"}

var langPython = &spec{
	words: []group{
		{keyword, pyKeywords}, {keywordNamespace, pyNamespace}, {operatorWord, pyOpWords},
		{keywordConstant, pyConstants}, {nameBuiltinPseudo, pyPseudo}, {nameBuiltin, pyBuiltins},
	},
	funcs: "def", types: "class",
	call:         nameFunction,
	lineComments: hashComments,
	quotes: []quote{
		{open: `"""`, close: `"""`, cls: strDouble, esc: '\\', multi: true},
		{open: `'''`, close: `'''`, cls: strSingle, esc: '\\', multi: true},
		{open: `"`, close: `"`, cls: strDouble, esc: '\\'},
		{open: "'", close: "'", cls: strSingle, esc: '\\'},
	},
	prefixes: []prefix{
		{word: "r"}, {word: "u"}, {word: "b"}, {word: "rb"}, {word: "br"},
		{word: "f", flags: pInterp}, {word: "t", flags: pInterp}, {word: "fr", flags: pInterp}, {word: "rf", flags: pInterp},
	},
	prefixFold: true,
	sigils:     decorators,
	ops:        "+-*/%=<>!&|^~@.", puncts: "()[]{},;:",
}

var langRuby = &spec{
	words: []group{
		{keyword, rubyKeywords}, {keywordConstant, rubyConstants}, {keywordPseudo, rubyPseudo}, {nameBuiltin, rubyBuiltins},
	},
	funcs: "def", types: "class module",
	identSuffix:  "?!",
	label:        strSymbol,
	capital:      nameConstant,
	regex:        true,
	lineComments: hashComments,
	quotes: []quote{
		{open: `"`, close: `"`, cls: strDouble, esc: '\\', multi: true, interp: []string{"#{"}},
		{open: "'", close: "'", cls: strSingle, esc: '\\', multi: true},
		{open: "`", close: "`", cls: strBacktick, esc: '\\', multi: true, interp: []string{"#{"}},
	},
	sigils: []sigil{{b: '@', cls: nameVariableInstance, doubled: nameVariableClass}, {b: '$', cls: nameVariableGlobal}},
	ops:    "+-*/%=<>!&|^~[].", puncts: "(){},;:?",
	hook: ruleRuby, hookBytes: ":",
	line: ruleRubyDoc,
}

// rubyHook takes a symbol, :name.
func rubyHook(s *scanner) {
	src, i := s.src, s.pos
	if byteAt(src, i+1) == ':' || i > 0 && (src[i-1] == ':' || isNameByte(src[i-1])) || !isNameStart(byteAt(src, i+1)) {
		return
	}
	j := i + 1
	for j < len(src) && isNameByte(src[j]) {
		j++
	}
	if c := byteAt(src, j); c == '?' || c == '!' || c == '=' && byteAt(src, j+1) != '=' && byteAt(src, j+1) != '>' {
		j++
	}
	s.tok(strSymbol, j)
}

// rubyLine takes an embedded document, =begin to =end.
func rubyLine(s *scanner) {
	src := s.src
	if !hasPrefix(src[s.pos:], "=begin") {
		return
	}
	for i := s.lineEnd(s.pos); i < len(src); i = s.lineEnd(i) {
		i++ // past the newline
		if hasPrefix(src[i:], "=end") {
			s.tok(commentMultiline, s.lineEnd(i))
			return
		}
	}
	s.tok(commentMultiline, len(src))
}

var psInterp = []string{"$("}

var langPowerShell = &spec{
	words: []group{{keyword, psKeywords}, {operatorWord, psOpWords}, {keywordType, psTypes}},
	fold:  true, funcs: "function filter",
	dashWord: nameBuiltin, identStart: "-", identPart: "-",
	lineComments: hashComments, blockComments: []pair{{"<#", "#>"}},
	quotes: []quote{
		{open: `@"`, close: `"@`, cls: strDouble, multi: true, interp: psInterp, sigil: '$'},
		{open: `@'`, close: `'@`, cls: strSingle, multi: true},
		{open: `"`, close: `"`, cls: strDouble, esc: '`', multi: true, interp: psInterp, sigil: '$'},
		{open: "'", close: "'", cls: strSingle, doubled: true, multi: true},
	},
	sigils: []sigil{{b: '$', cls: nameVariable}},
	ops:    "+*/%=<>!&|", puncts: "()[]{},;.:@",
}

var langLua = &spec{
	words: []group{{keyword, luaKeywords}, {operatorWord, "and or not"}, {keywordConstant, luaConstants}, {nameBuiltin, luaBuiltins}},
	funcs: "function",
	call:  nameFunction,
	quotes: []quote{
		{open: `"`, close: `"`, cls: strDouble, esc: '\\'},
		{open: "'", close: "'", cls: strSingle, esc: '\\'},
	},
	ops: "+-*/%^#=<>~&|", puncts: "()[]{},;.:",
	hook: ruleLua, hookBytes: "-[",
}

// luaHook takes a comment at "--", and a long string at "[[" or "[==[".
func luaHook(s *scanner) {
	src, i := s.src, s.pos
	if src[i] == '-' {
		if byteAt(src, i+1) != '-' {
			return
		}
		if !s.longBracket(i+2, commentMultiline) {
			s.tok(commentSingle, s.lineEnd(i))
		}
		return
	}
	s.longBracket(i, str)
}

// longBracket takes, from s.pos, a run of Lua up to the end of the long
// bracket [==[ ... ]==] at i, if there is one there.
func (s *scanner) longBracket(i int, cls class) bool {
	src := s.src
	if byteAt(src, i) != '[' {
		return false
	}
	j := i + 1
	for j < len(src) && src[j] == '=' && j-i <= maxHashes {
		j++
	}
	if byteAt(src, j) != '[' {
		return false
	}
	level := j - i - 1
	for k := j + 1; k < len(src); k++ {
		if src[k] != ']' {
			continue
		}
		e := k + 1
		for e < len(src) && src[e] == '=' && e-k-1 < level {
			e++
		}
		if e-k-1 == level && byteAt(src, e) == ']' {
			s.tok(cls, e+1)
			return true
		}
	}
	s.tok(cls, len(src))
	return true
}

var langSQL = &spec{
	words:        []group{{keyword, sqlKeywords}, {nameBuiltin, sqlTypes}, {keywordConstant, sqlConstants}},
	fold:         true,
	lineComments: []string{"--"}, blockComments: cBlock,
	quotes: []quote{
		{open: "'", close: "'", cls: strSingle, doubled: true, multi: true},
		{open: `"`, close: `"`, cls: strDouble, doubled: true, multi: true},
		{open: "`", close: "`", cls: plain, doubled: true, multi: true},
	},
	sigils: []sigil{{b: '@', cls: nameVariable}},
	ops:    "+-*/%=<>!|&^~", puncts: "()[],;.:",
}
