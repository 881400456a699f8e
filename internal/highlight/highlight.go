// Package highlight splits source code into tokens classed for syntax
// highlighting, fast: a small scanner driven by a description of each
// language, in time linear in the code and without allocating, where
// chroma's regular expressions take about a microsecond a byte.
//
// It knows the languages that study notes use (Go, Python, Java, C and
// C++, JavaScript and TypeScript, shell, YAML, JSON, SQL, HTML, CSS...);
// for the others Tokens returns false and the caller uses chroma. Its
// classes are chroma's short names of token types ("k" for a keyword,
// "s" for a string, "c1" for a line comment...), so that a chroma style
// sheet colours its tokens.
//
// The highlighting is lexical, as chroma's is: good enough to colour a
// snippet, with no claim to parse the language.
package highlight

// maxName bounds the language names looked up.
const maxName = 32

// Tokens splits code in language lang into tokens and calls emit with
// the class and text of each, in order: the texts, concatenated, are code,
// every byte of it, valid UTF-8 or not. The class is chroma's short name
// of the token type ("k", "s2", "c1", "mi"...), or "" for plain text;
// adjacent tokens of the same class come as one. The text is a slice of
// code, valid only during the call.
//
// The language is named as chroma, GitHub and linguist name it, in any
// case: "go", "Python", "py", "js", "c++", "yml", "sh"... Tokens returns
// false, without calling emit, when it does not know the language; see
// Supported.
func Tokens(lang string, code []byte, emit func(class string, text []byte)) bool {
	sp := lookup(lang)
	if sp == nil {
		return false
	}
	s := scanner{src: code, emit: emit}
	s.scan(sp, len(code))
	s.flush()
	return true
}

// Supported reports whether Tokens knows the language lang.
func Supported(lang string) bool { return lookup(lang) != nil }

// lookup returns the spec of a language name.
func lookup(lang string) *spec {
	if len(lang) == 0 || len(lang) > maxName {
		return nil
	}
	var buf [maxName]byte
	for i := 0; i < len(lang); i++ {
		c := lang[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return languages[string(buf[:len(lang)])]
}

// languages maps the lower-case names and aliases of languages to their
// specs.
var languages = map[string]*spec{
	"go": langGo, "golang": langGo,
	"c": langC, "h": langC,
	"cpp": langCpp, "c++": langCpp, "cc": langCpp, "cxx": langCpp, "hpp": langCpp, "hxx": langCpp, "h++": langCpp,
	"csharp": langCSharp, "cs": langCSharp, "c#": langCSharp,
	"java":   langJava,
	"kotlin": langKotlin, "kt": langKotlin, "kts": langKotlin,
	"javascript": langJS, "js": langJS, "jsx": langJS, "node": langJS, "mjs": langJS, "cjs": langJS,
	"typescript": langTS, "ts": langTS, "tsx": langTS, "mts": langTS, "cts": langTS,
	"rust": langRust, "rs": langRust,
	"swift": langSwift,
	"php":   langPHP,
	"proto": langProto, "protobuf": langProto,
	"python": langPython, "py": langPython, "python3": langPython, "py3": langPython,
	"ruby": langRuby, "rb": langRuby,
	"bash": langShell, "sh": langShell, "shell": langShell, "zsh": langShell, "ksh": langShell,
	"console": langConsole, "shell-session": langConsole, "bash-session": langConsole, "shellsession": langConsole,
	"dockerfile": langDocker, "docker": langDocker, "containerfile": langDocker,
	"makefile": langMake, "make": langMake, "mf": langMake, "mk": langMake, "bsdmake": langMake,
	"powershell": langPowerShell, "ps1": langPowerShell, "pwsh": langPowerShell, "posh": langPowerShell, "psm1": langPowerShell,
	"lua": langLua,
	"sql": langSQL, "mysql": langSQL, "postgresql": langSQL, "postgres": langSQL, "sqlite": langSQL, "sqlite3": langSQL, "mariadb": langSQL, "plsql": langSQL,
	"yaml": langYAML, "yml": langYAML,
	"json": langJSON, "jsonc": langJSON, "json5": langJSON,
	"toml": langTOML,
	"ini":  langINI, "cfg": langINI, "dosini": langINI, "conf": langINI,
	"properties": langProperties, "java-properties": langProperties,
	"nginx": langNginx, "nginxconf": langNginx,
	"diff": langDiff, "patch": langDiff, "udiff": langDiff,
	"html": langHTML, "htm": langHTML, "xhtml": langHTML, "vue": langHTML,
	"xml": langXML, "svg": langXML, "xsd": langXML, "xsl": langXML, "xslt": langXML, "plist": langXML, "rss": langXML,
	"css": langCSS, "scss": langCSS, "less": langCSS,
}
