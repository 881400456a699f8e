package highlight

import "unicode/utf8"

// The C family: braces, // and /* */ comments, "strings".

const (
	cOps    = "+-*/%=<>!&|^~?:"
	cPuncts = "()[]{},;."
)

var (
	slashComments = []string{"//"}
	cBlock        = []pair{{"/*", "*/"}}
	decorators    = []sigil{{b: '@', cls: nameDecorator}}

	cString = quote{open: `"`, close: `"`, cls: str, esc: '\\'}
	cChar   = quote{open: "'", close: "'", cls: strChar, esc: '\\'}
)

var langGo = &spec{
	words: []group{
		{keyword, goKeywords}, {keywordDeclaration, goDecls}, {keywordNamespace, "package import"},
		{keywordConstant, "true false iota nil"}, {keywordType, goTypes}, {nameBuiltin, goBuiltins},
	},
	funcs: "func",
	ident: nameOther, call: nameFunction,
	lineComments: slashComments, blockComments: cBlock,
	quotes: []quote{{open: "`", close: "`", cls: str, multi: true}, cString, cChar},
	ops:    cOps, puncts: cPuncts,
}

var langC = &spec{
	words:        []group{{keyword, cKeywords}, {keywordType, cTypes}, {nameBuiltin, cConstants}},
	types:        "struct union enum",
	call:         nameFunction,
	lineComments: slashComments, blockComments: cBlock,
	quotes:   []quote{cString, cChar},
	prefixes: []prefix{{word: "L"}, {word: "u"}, {word: "U"}, {word: "u8"}},
	ops:      cOps, puncts: cPuncts,
	line: rulePreprocessor,
}

var langCpp = &spec{
	words: []group{
		{keyword, cKeywords + " " + cppKeywords}, {keywordType, cTypes + " " + cppTypes},
		{nameBuiltin, cConstants}, {keywordConstant, cppConstants},
	},
	types: "class struct union enum",
	call:  nameFunction, digitSep: '\'',
	lineComments: slashComments, blockComments: cBlock,
	quotes: []quote{cString, cChar},
	prefixes: []prefix{
		{word: "L"}, {word: "u"}, {word: "U"}, {word: "u8"},
		{word: "R", flags: pDelim}, {word: "LR", flags: pDelim}, {word: "uR", flags: pDelim}, {word: "UR", flags: pDelim}, {word: "u8R", flags: pDelim},
	},
	ops: cOps, puncts: cPuncts,
	line: rulePreprocessor,
}

var langCSharp = &spec{
	words:        []group{{keyword, csKeywords}, {keywordType, csTypes}, {keywordConstant, csConstants}},
	types:        "class struct interface enum record",
	call:         nameFunction,
	lineComments: slashComments, blockComments: cBlock,
	quotes: []quote{
		{open: `"""`, close: `"""`, cls: str, multi: true},
		{open: `$@"`, close: `"`, cls: str, doubled: true, multi: true, interp: braces},
		{open: `@$"`, close: `"`, cls: str, doubled: true, multi: true, interp: braces},
		{open: `@"`, close: `"`, cls: str, doubled: true, multi: true},
		{open: `$"`, close: `"`, cls: str, esc: '\\', interp: braces},
		cString, cChar,
	},
	ops: cOps, puncts: cPuncts,
	line: rulePreprocessor,
}

var langJava = &spec{
	words: []group{
		{keyword, javaKeywords}, {keywordType, javaTypes}, {keywordNamespace, javaNamespaces}, {keywordConstant, javaConstants},
	},
	types:        "class interface enum record",
	call:         nameFunction,
	lineComments: slashComments, blockComments: cBlock,
	quotes: []quote{{open: `"""`, close: `"""`, cls: str, esc: '\\', multi: true}, cString, cChar},
	sigils: decorators,
	ops:    javaOps, puncts: javaPuncts,
}

// Java's brackets are operators and its colons punctuation, as chroma
// has them.
const (
	javaOps    = "+-*/%=<>!&|^~?[]"
	javaPuncts = "(){},;.:"
)

var kotlinInterp = []string{"${"}

var langKotlin = &spec{
	words: []group{{keyword, kotlinKeywords}, {keywordConstant, kotlinConstants}},
	funcs: "fun", types: "class interface object",
	call:         nameFunction,
	lineComments: slashComments, blockComments: cBlock, nested: true,
	quotes: []quote{
		{open: `"""`, close: `"""`, cls: str, multi: true, interp: kotlinInterp, sigil: '$'},
		{open: `"`, close: `"`, cls: str, esc: '\\', interp: kotlinInterp, sigil: '$'},
		cChar,
	},
	sigils: decorators,
	ops:    cOps, puncts: cPuncts,
}

var jsQuotes = []quote{
	{open: "`", close: "`", cls: strBacktick, esc: '\\', multi: true, interp: []string{"${"}},
	{open: `"`, close: `"`, cls: strDouble, esc: '\\'},
	{open: "'", close: "'", cls: strSingle, esc: '\\'},
}

var langJS = &spec{
	words: []group{
		{keyword, jsKeywords}, {keywordDeclaration, jsDecls}, {keywordReserved, jsReserved},
		{keywordConstant, jsConstants}, {nameBuiltin, jsBuiltins},
	},
	funcs: "function", types: "class",
	ident: nameOther, call: nameFunction,
	identStart: "$", identPart: "$", regex: true,
	lineComments: slashComments, blockComments: cBlock,
	quotes: jsQuotes,
	sigils: decorators,
	ops:    cOps, puncts: cPuncts,
}

// langTS is langJS with TypeScript's types and reserved words. It is
// spelled out rather than copied from langJS: a spec holds a sync.Once.
var langTS = &spec{
	words: []group{
		{keyword, jsKeywords}, {keywordDeclaration, jsDecls}, {keywordReserved, jsReserved + " " + tsReserved},
		{keywordConstant, jsConstants}, {nameBuiltin, jsBuiltins}, {keywordType, tsTypes},
	},
	funcs: "function", types: "class interface enum",
	ident: nameOther, call: nameFunction,
	identStart: "$", identPart: "$", regex: true,
	lineComments: slashComments, blockComments: cBlock,
	quotes: jsQuotes,
	sigils: decorators,
	ops:    cOps, puncts: cPuncts,
}

var langRust = &spec{
	words: []group{
		{keyword, rustKeywords}, {keywordDeclaration, rustDecls}, {keywordType, rustTypes},
		{keywordConstant, rustConstants}, {nameBuiltinPseudo, rustPseudo}, {nameBuiltin, rustBuiltins},
	},
	funcs: "fn", types: "struct enum trait union",
	call: nameFunction, macros: true,
	lineComments: slashComments, blockComments: cBlock, nested: true,
	quotes: []quote{{open: `"`, close: `"`, cls: str, esc: '\\', multi: true}},
	prefixes: []prefix{
		{word: "b"}, {word: "c"}, {word: "r", flags: pHash}, {word: "br", flags: pHash}, {word: "cr", flags: pHash},
	},
	ops: cOps, puncts: cPuncts,
	hook: ruleRust, hookBytes: "'#",
}

// rustHook takes a character literal or a lifetime at a quote, and an
// attribute #[...] at a hash.
func rustHook(s *scanner) {
	src, i := s.src, s.pos
	if src[i] == '#' {
		j := i + 1
		if byteAt(src, j) == '!' {
			j++
		}
		if byteAt(src, j) != '[' {
			return
		}
		depth := 0
		for ; j < len(src) && src[j] != '\n'; j++ {
			if src[j] == '[' {
				depth++
			} else if src[j] == ']' {
				if depth--; depth == 0 {
					j++
					break
				}
			}
		}
		s.tok(commentPreproc, j)
		return
	}
	if byteAt(src, i+1) == '\\' { // '\n', '\u{1F600}'
		for j := i + 2; j < len(src) && j < i+14 && src[j] != '\n'; j++ {
			if src[j] == '\'' && j > i+2 {
				s.tok(strChar, j+1)
				return
			}
		}
		return
	}
	if i+1 < len(src) {
		_, n := utf8.DecodeRune(src[i+1:])
		if byteAt(src, i+1+n) == '\'' && src[i+1] != '\'' {
			s.tok(strChar, i+2+n)
			return
		}
	}
	if isNameStart(byteAt(src, i+1)) { // 'a, 'static
		j := i + 1
		for j < len(src) && isNameByte(src[j]) {
			j++
		}
		s.tok(nameAttribute, j)
	}
}

var langSwift = &spec{
	words: []group{{keyword, swiftKeywords}, {keywordConstant, swiftConstants}, {nameBuiltin, swiftBuiltins}},
	funcs: "func", types: "class struct enum protocol extension actor", vars: "let var",
	call:         nameFunction,
	lineComments: slashComments, blockComments: cBlock, nested: true,
	quotes: []quote{
		{open: `"""`, close: `"""`, cls: str, esc: '\\', multi: true, interp: []string{`\(`}},
		{open: `"`, close: `"`, cls: str, esc: '\\', interp: []string{`\(`}},
	},
	sigils: decorators,
	ops:    cOps, puncts: cPuncts,
	line: rulePreprocessor,
}

var langPHP = &spec{
	words: []group{{keyword, phpKeywords}, {keywordType, phpTypes}, {keywordConstant, phpConstants}},
	fold:  true, funcs: "function", types: "class interface trait enum",
	ident: nameOther, call: nameFunction,
	lineComments: []string{"//", "#"}, blockComments: cBlock,
	quotes: []quote{
		{open: `"`, close: `"`, cls: strDouble, esc: '\\', multi: true, sigil: '$'},
		{open: "'", close: "'", cls: strSingle, esc: '\\', multi: true},
		{open: "`", close: "`", cls: strBacktick, esc: '\\', multi: true, sigil: '$'},
	},
	sigils: []sigil{{b: '$', cls: nameVariable}},
	ops:    cOps + ".", puncts: "()[]{},;", // "." concatenates
	hook: rulePHP, hookBytes: "<?",
}

// phpTags takes the tags <?php, <?= and ?>.
func phpTags(s *scanner) {
	rest := s.src[s.pos:]
	switch {
	case hasPrefix(rest, "<?php"):
		s.tok(commentPreproc, s.pos+5)
	case hasPrefix(rest, "<?="):
		s.tok(commentPreproc, s.pos+3)
	case hasPrefix(rest, "?>"):
		s.tok(commentPreproc, s.pos+2)
	}
}

var langProto = &spec{
	words: []group{
		{keyword, protoKeywords}, {keywordDeclaration, protoDecls}, {keywordNamespace, protoNamespace},
		{keywordType, protoTypes}, {keywordConstant, "true false"},
	},
	funcs: "rpc", types: "message enum service",
	lineComments: slashComments, blockComments: cBlock,
	quotes: []quote{cString, {open: "'", close: "'", cls: str, esc: '\\'}},
	ops:    "=-+", puncts: "()[]{}<>,;.:",
}

// preprocessor takes a line of the C preprocessor: a hash and the rest of
// the line, continued by backslashes, up to a comment.
func preprocessor(s *scanner) {
	src := s.src
	i := s.indent(s.pos)
	if byteAt(src, i) != '#' || byteAt(src, i+1) == '"' || byteAt(src, i+1) == '[' {
		return
	}
	j := i + 1
	for ; j < len(src); j++ {
		c := src[j]
		if c == '\n' {
			if src[j-1] == '\\' || src[j-1] == '\r' && byteAt(src, j-2) == '\\' {
				continue
			}
			break
		}
		if c == '/' && (byteAt(src, j+1) == '/' || byteAt(src, j+1) == '*') {
			break
		}
	}
	s.tok(plain, i)
	s.tok(commentPreproc, j)
}
