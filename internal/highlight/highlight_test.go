package highlight

import (
	"strings"
	"testing"
)

// show returns the tokens of code as "class:text" for a token of a class
// and "text" for plain text, joined by "|".
func show(t *testing.T, lang, code string) string {
	t.Helper()
	var parts []string
	var all strings.Builder
	if !Tokens(lang, []byte(code), func(class string, text []byte) {
		all.Write(text)
		if class != "" {
			parts = append(parts, class+":"+string(text))
		} else {
			parts = append(parts, string(text))
		}
	}) {
		t.Fatalf("%s: not supported", lang)
	}
	if all.String() != code {
		t.Fatalf("%s: tokens make %q, not %q", lang, all.String(), code)
	}
	return strings.Join(parts, "|")
}

func TestTokens(t *testing.T) {
	for _, c := range []struct{ lang, code, want string }{
		// Go
		{"go", "func main() {}", "kd:func| |nf:main|p:()| |p:{}"},
		{"go", "x := `a\nb` + \"c\\\"d\" // e", "nx:x| |o::=| |s:`a\nb`| |o:+| |s:\"c\\\"d\"| |c1:// e"},
		{"go", "n := 0x1F + 1_000 + 1.5e-3 + 'x'", "nx:n| |o::=| |mh:0x1F| |o:+| |mi:1_000| |o:+| |mf:1.5e-3| |o:+| |sc:'x'"},
		{"go", "a.b(x)", "nx:a|p:.|nf:b|p:(|nx:x|p:)"},
		{"go", "s := \"open\nnext", "nx:s| |o::=| |s:\"open|\n|nx:next"},
		{"go", "/* open\nx", "cm:/* open\nx"},
		{"go", "x.5", "nx:x|p:.|mi:5"},
		// C, C++
		{"c", "#include <stdio.h>\nint x; // c", "cp:#include <stdio.h>|\n|kt:int| x|p:;| |c1:// c"},
		{"c", "  #define A \\\n  1\nA", "  |cp:#define A \\\n  1|\nA"},
		{"cpp", `auto s = R"x(a)"b)x";`, `k:auto| s |o:=| |s:R"x(a)"b)x"|p:;`},
		{"c++", "int n = 1'000;", "kt:int| n |o:=| |mi:1'000|p:;"},
		// C#
		{"cs", `var s = @"a""b" + $"{x}";`, `kt:var| s |o:=| |s:@"a""b"| |o:+| |s:$"|si:{|x|si:}|s:"|p:;`},
		// Java, Kotlin
		{"java", "@Override\npublic String s = \"\"\"\na\"\"\";", "nd:@Override|\n|k:public| String s |o:=| |s:\"\"\"\na\"\"\"|p:;"},
		{"kotlin", `val s = "$a ${b}"`, `k:val| s |o:=| |s:"|nv:$a|s: |si:${|b|si:}|s:"`},
		// JavaScript, TypeScript
		{"js", "const re = /a\\/[/]/g; x = a / b / c", "kd:const| |nx:re| |o:=| |sr:/a\\/[/]/g|p:;| |nx:x| |o:=| |nx:a| |o:/| |nx:b| |o:/| |nx:c"},
		{"js", "`a ${`b ${c}`} d`", "sb:`a |si:${|sb:`b |si:${|nx:c|si:}|sb:`|si:}|sb: d`"},
		{"ts", "let x: number = $y;", "kd:let| |nx:x|o::| |kt:number| |o:=| |nx:$y|p:;"},
		{"jsx", "return <div/>", "k:return| |o:<|nx:div|o:/>"},
		// Rust
		{"rust", `let s = r##"a"#b"##; let c = '\n';`, `kd:let| s |o:=| |s:r##"a"#b"##|p:;| |kd:let| c |o:=| |sc:'\n'|p:;`},
		{"rs", "fn f<'a>(x: &'a str) { println!(\"{}\", x) }", "k:fn| |nf:f|o:<|na:'a|o:>|p:(|x|o::| |o:&|na:'a| |kt:str|p:)| |p:{| |fm:println!|p:(|s:\"{}\"|p:,| x|p:)| |p:}"},
		{"rust", "/* a /* b */ c */ x", "cm:/* a /* b */ c */| x"},
		{"rust", "#[derive(Debug)]\nstruct A;", "cp:#[derive(Debug)]|\n|k:struct| |nc:A|p:;"},
		// Swift
		{"swift", `"a \(b) c"`, `s:"a |si:\(|b|si:)|s: c"`},
		// PHP
		{"php", `<?php $a = "x $b"; ?>`, `cp:<?php| |nv:$a| |o:=| |s2:"x |nv:$b|s2:"|p:;| |cp:?>`},
		// Python
		{"python", "@app.route('/')\ndef f(self):\n    return f'{x!r}' + rb\"\\\"\"", "nd:@app.route|p:(|s1:'/'|p:)|\n|k:def| |nf:f|p:(|bp:self|p:):|\n    |k:return| |s1:f'|si:{|x|o:!|r|si:}|s1:'| |o:+| |s2:rb\"\\\"\""},
		{"py", "'''doc\nstring''' # c", "s1:'''doc\nstring'''| |c1:# c"},
		{"py", "x = 'open\ny = 1", "x |o:=| |s1:'open|\ny |o:=| |mi:1"},
		// Ruby
		{"ruby", "def empty?; @a = :sym; {k: 1}; end", "k:def| |nf:empty?|p:;| |vi:@a| |o:=| |ss::sym|p:;| |p:{|ss:k|p::| |mi:1|p:};| |k:end"},
		{"rb", "=begin\nx\n=end\nputs \"#{a}\"", "cm:=begin\nx\n=end|\n|nb:puts| |s2:\"|si:#{|a|si:}|s2:\""},
		// Shell
		{"bash", "echo \"$HOME ${x:-y} $(date)\" '$no' # c", "nb:echo| |s2:\"|nv:$HOME|s2: |nv:${x:-y}|s2: |si:$(|date|si:)|s2:\"| |s1:'$no'| |c1:# c"},
		{"sh", "a=1 b#c x=$((1+2))", "nv:a|o:=|mi:1| b#c |nv:x|o:=|k:$((|1+2|k:))"},
		{"sh", "cat <<-'EOF' | wc\n\tline $x\n\tEOF\necho", "cat |sh:<<-'EOF'| |p:|| wc\n|sh:\tline $x\n\tEOF|\n|nb:echo"},
		{"shell", "kubectl get pods -n kube-system 2>&1", "kubectl get pods -n kube-system |mi:2|o:>|p:&|mi:1"},
		{"zsh", "echo \\\"x", "nb:echo| \\\"x"},
		{"console", "$ ls -la\ntotal 0\n$ echo $HOME", "$ ls -la\ntotal 0\n$ |nb:echo| |nv:$HOME"},
		{"bash", "$ ls\nfoo", "$ ls\nfoo"},
		// Dockerfile, make
		{"dockerfile", "FROM alpine\nRUN apk add \\\n    curl", "k:FROM| alpine\n|k:RUN| apk add \\\n    curl"},
		{"make", "CC := gcc\nall: $(OBJ)\n\t$(CC) -o $@ $^", "nv:CC| |o::=| gcc\n|nf:all|o::| |nv:$(OBJ)|\n\t|nv:$(CC)| -o |nv:$@| |nv:$^"},
		// PowerShell, Lua
		{"powershell", "$x = Get-Item -Path 'a''b' -eq 1", "nv:$x| |o:=| |nb:Get-Item| -Path |s1:'a''b'| |ow:-eq| |mi:1"},
		{"lua", "local s = [==[a]]b]==] -- c", "k:local| s |o:=| |s:[==[a]]b]==]| |c1:-- c"},
		// SQL
		{"sql", "select * from t where name = 'it''s' -- c", "k:select| |o:*| |k:from| t |k:where| name |o:=| |s1:'it''s'| |c1:-- c"},
		{"PostgreSQL", "SELECT NULL::int", "k:SELECT| |kc:NULL|p:::|nb:int"},
		// YAML
		{"yaml", "key: value # c\nlist:\n  - 1\n  - 'two'\n", "nt:key|p::| |l:value| |c1:# c|\n|nt:list|p::|\n  - |mi:1|\n  - |s1:'two'|\n"},
		{"yml", "a: |\n  x: 1\n  y\nb: {c: d, e: [1, true]}", "nt:a|p::| |p:||\n|s:  x: 1\n  y|\n|nt:b|p::| |p:{|nt:c|p::| |l:d|p:,| |nt:e|p::| |p:[|mi:1|p:,| |kc:true|p:]}"},
		{"yaml", "- name: x\n  url: http://a:8080/b\n", "- |nt:name|p::| |l:x|\n  |nt:url|p::| |l:http://a:8080/b|\n"},
		{"yaml", "---\nk: &a !!str v\nr: *a", "nn:---|\n|nt:k|p::| |cp:&a| |kt:!!str| |l:v|\n|nt:r|p::| |cp:*a"},
		// JSON, TOML, INI, properties
		{"json", `{"a": -1.5, "b": [true, null]}`, `p:{|nt:"a"|p::| |mf:-1.5|p:,| |nt:"b"|p::| |p:[|kc:true|p:,| |kc:null|p:]}`},
		{"toml", "[a.b]\nx = 1979-05-27\n", "k:[a.b]|\n|nx:x| |o:=| |ld:1979-05-27|\n"},
		{"ini", "[s]\nk = v ; not a comment\n", "k:[s]|\n|na:k| |o:=| |s:v ; not a comment|\n"},
		{"properties", "a.b = c \\\n  d\n", "na:a.b| |o:=| |s:c \\\n  d|\n"},
		// nginx, diff
		{"nginx", "location / { return 301 $scheme://x; }", "k:location| |s:/| |p:{| |k:return| |mi:301| |nv:$scheme|s:://x|p:;| |p:}"},
		{"diff", "@@ -1 +1 @@\n-a\r\n+b", "gu:@@ -1 +1 @@\n|gd:-a\r\n|gi:+b"},
		// HTML, XML, CSS
		{"html", "<a href=\"x\" data-y=z>&lt;b&gt;</a>", `p:<|nt:a| |na:href|o:=|s:"x"| |na:data-y|o:=|s:z|p:>|ni:&lt;|b|ni:&gt;|p:</|nt:a|p:>`},
		{"html", "<style>a{color:red}</style><script>if(a<b)x()</script>", "p:<|nt:style|p:>|nt:a|p:{|k:color|p::|kc:red|p:}</|nt:style|p:><|nt:script|p:>|k:if|p:(|nx:a|o:<|nx:b|p:)|nf:x|p:()</|nt:script|p:>"},
		{"xml", "<a b='c'><!-- d --></a", "p:<|nt:a| |na:b|o:=|s:'c'|p:>|c:<!-- d -->|p:</|nt:a"},
		{"css", "a:hover > .b { margin: -1px 0 !important; }", "nt:a|nd::hover| |o:>| |nc:.b| |p:{| |k:margin|p::| |mi:-1|kt:px| |mi:0| |cp:!important|p:;| |p:}"},
		{"css", "@import url(http://x/y.css);", "k:@import| |nf:url|p:(|s:http://x/y.css|p:);"},
		// Names in any case; bytes kept as they are.
		{"GoLang", "x\r\ny", "nx:x|\r\n|nx:y"},
		{"go", "s := \"\xff\xfe\" // \x00", "nx:s| |o::=| |s:\"\xff\xfe\"| |c1:// \x00"},
		{"go", "", ""},
	} {
		if got := show(t, c.lang, c.code); got != c.want {
			t.Errorf("%s %q:\n got %q\nwant %q", c.lang, c.code, got, c.want)
		}
	}
}

func TestSupported(t *testing.T) {
	for _, lang := range []string{"go", "GO", "Golang", "c++", "C#", "yml", "shell-session", "Dockerfile", "svg", "jsonc"} {
		if !Supported(lang) {
			t.Errorf("%q not supported", lang)
		}
	}
	for _, lang := range []string{"", "text", "plaintext", "haskell", "go{", strings.Repeat("g", 100)} {
		if Supported(lang) {
			t.Errorf("%q supported", lang)
		}
		if Tokens(lang, []byte("x"), func(string, []byte) { t.Error("emit called") }) {
			t.Errorf("Tokens(%q) = true", lang)
		}
	}
}
