package highlight

import (
	"strings"
	"sync"
)

// A spec describes a language to the scanner: which bytes make words,
// comments, strings and numbers, and how words are classed. What the data
// cannot say (YAML keys, shell variables, Rust lifetimes...) a spec says
// with rules (see rules.go): hooks that the scanner applies on given
// bytes or at the start of each line; languages whose shape is not code's
// (YAML, INI, HTML, CSS, diffs) have a rule that scans the whole input.
type spec struct {
	// Words: each group a space-separated list of the words of a class.
	words []group
	fold  bool   // words are case-insensitive
	funcs string // words after which an identifier names a function
	types string // words after which an identifier names a type
	vars  string // words after which an identifier names a variable

	ident       class  // class of other identifiers
	call        class  // class of an identifier right before "("
	assign      class  // class of a name right before "=" (shell)
	dashWord    class  // class of an identifier with an inner "-" (cmdlets)
	label       class  // class of an identifier right before ":" (Ruby's key: value)
	capital     class  // class of an identifier of two bytes or more starting with a capital (Ruby's constants)
	identStart  string // bytes that start identifiers, besides letters, "_" and non-ASCII
	identPart   string // bytes that continue them, besides those and digits
	identSuffix string // bytes that may end one (Ruby's "?" and "!")
	macros      bool   // an identifier and "!" call a macro (Rust)
	numWord     bool   // a number running into identifier bytes is a word (shell)
	digitSep    byte   // digit separator besides "_" (C++'s "'")
	regex       bool   // "/" where no value can be starts a regular expression
	shellVars   bool   // "$" variables are the shell's: ${x}, $1, $@, $?...

	lineComments  []string
	commentAtWord bool // a line comment starts only at the start of a word
	blockComments []pair
	nested        bool // block comments nest

	quotes     []quote
	prefixes   []prefix // words that may prefix a string
	prefixFold bool     // the prefixes are case-insensitive
	sigils     []sigil

	ops, puncts string // operator and punctuation bytes

	hook      rule // applied on hookBytes; may take a token
	hookBytes string
	line      rule // applied at the start of each line; may take tokens
	run       rule // scans the whole input instead of the scanner

	once  sync.Once
	table map[string]entry
	flags [256]uint16
}

// A group is the words of a class.
type group struct {
	cls  class
	list string
}

// An entry is what the word table knows of a word: its class, and the
// class of the identifier after it, if any.
type entry struct {
	cls, next class
}

// A pair is the delimiters of a block comment.
type pair struct{ open, close string }

// A quote describes a kind of string.
type quote struct {
	open, close string
	cls         class
	esc         byte     // escape character, 0 when none
	doubled     bool     // a doubled closing delimiter stands for itself
	multi       bool     // the string may span lines
	interp      []string // openers of interpolated code, closed by the matching bracket
	sigil       byte     // the byte that starts a variable inside ("$")
}

// A prefix is a word that may stand before a string and be part of it.
type prefix struct {
	word  string
	flags uint8
}

// Prefix flags.
const (
	pInterp uint8 = 1 << iota // interpolates {code} (Python's f)
	pHash                     // Rust's raw string: r#"..."#
	pDelim                    // C++'s raw string: R"delim(...)delim"
)

// A sigil is a byte that makes the identifier after it a token of its
// own, such as "@" before a decorator; doubled ("@@") it may class it
// differently.
type sigil struct {
	b            byte
	cls, doubled class
}

// Flags of bytes.
const (
	fSpace uint16 = 1 << iota
	fIdentStart
	fIdent
	fDigit
	fHook
	fComment
	fQuote
	fSigil
	fRegex
	fOp
	fPunct

	fSpecial = fHook | fComment | fQuote | fSigil | fRegex
)

// maxWord bounds the words looked up in a case-insensitive table.
const maxWord = 32

// ready builds the tables of sp on first use.
func (sp *spec) ready() { sp.once.Do(sp.build) }

func (sp *spec) build() {
	sp.table = make(map[string]entry)
	key := func(w string) string {
		if sp.fold {
			return strings.ToLower(w)
		}
		return w
	}
	for _, g := range sp.words {
		for _, w := range strings.Fields(g.list) {
			sp.table[key(w)] = entry{cls: g.cls}
		}
	}
	for _, w := range strings.Fields(sp.funcs) {
		e := sp.table[key(w)]
		e.next = nameFunction
		sp.table[key(w)] = e
	}
	for _, w := range strings.Fields(sp.types) {
		e := sp.table[key(w)]
		e.next = nameClass
		sp.table[key(w)] = e
	}
	for _, w := range strings.Fields(sp.vars) {
		e := sp.table[key(w)]
		e.next = nameVariable
		sp.table[key(w)] = e
	}
	f := &sp.flags
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c >= 0x80:
			f[c] |= fIdentStart | fIdent
		case c >= '0' && c <= '9':
			f[c] |= fDigit | fIdent
		case c == ' ', c == '\t', c == '\n', c == '\r', c == '\f', c == '\v':
			f[c] |= fSpace
		}
	}
	set := func(bytes string, flag uint16) {
		for i := 0; i < len(bytes); i++ {
			f[bytes[i]] |= flag
		}
	}
	set(sp.identStart, fIdentStart|fIdent)
	set(sp.identPart, fIdent)
	set(sp.ops, fOp)
	set(sp.puncts, fPunct)
	set(sp.hookBytes, fHook)
	for _, m := range sp.lineComments {
		f[m[0]] |= fComment
	}
	for _, b := range sp.blockComments {
		f[b.open[0]] |= fComment
	}
	for _, q := range sp.quotes {
		f[q.open[0]] |= fQuote
	}
	for _, g := range sp.sigils {
		f[g.b] |= fSigil
	}
	if sp.regex {
		f['/'] |= fRegex
	}
}

// lookup returns the table's entry of a word.
func (sp *spec) lookup(word []byte) (entry, bool) {
	if !sp.fold {
		e, ok := sp.table[string(word)]
		return e, ok
	}
	if len(word) > maxWord {
		return entry{}, false
	}
	var buf [maxWord]byte
	for i, c := range word {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	e, ok := sp.table[string(buf[:len(word)])]
	return e, ok
}

// isKeyword reports whether a class is a keyword's that a value cannot
// follow directly, so that a slash after it starts a regular expression.
func isKeyword(c class) bool {
	switch c {
	case keyword, keywordDeclaration, keywordNamespace, keywordReserved, keywordPseudo, operatorWord:
		return true
	}
	return false
}
