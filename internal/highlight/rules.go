package highlight

// A rule names a function that does for a language what its spec's data
// cannot: a hook on some bytes, a hook at the start of each line, or a
// scan of the whole input. The scanner applies rules through a switch,
// not through function values, so that it stays on the stack: Tokens
// allocates nothing.
type rule uint8

// The rules.
const (
	noRule rule = iota

	// Hooks on bytes.
	ruleJSON     // strings, keys, negative numbers
	ruleLua      // comments and long strings
	ruleMake     // make's variables, then the shell's hooks
	rulePHP      // <?php and ?>
	ruleRuby     // :symbols
	ruleRust     // 'chars, 'lifetimes and #[attributes]
	ruleShell    // $variables, $(substitutions), <<here-documents, \escapes
	ruleTOMLDate // dates and times

	// Hooks at the start of lines.
	ruleDockerLine   // instructions
	ruleMakeLine     // variables being set and targets
	rulePreprocessor // #include...
	ruleRubyDoc      // =begin ... =end
	ruleShellLine    // here-document bodies, #!, prompts, output
	ruleTOMLTable    // [table] headers

	// Scans of the whole input.
	ruleConsole // a shell session
	ruleCSS
	ruleDiff
	ruleHTML
	ruleINI
	ruleNginx
	ruleProperties
	ruleXML
	ruleYAML
)

// apply applies a rule at s.pos.
func (s *scanner) apply(r rule) {
	switch r {
	case ruleJSON:
		jsonHook(s)
	case ruleLua:
		luaHook(s)
	case ruleMake:
		makeHook(s)
	case rulePHP:
		phpTags(s)
	case ruleRuby:
		rubyHook(s)
	case ruleRust:
		rustHook(s)
	case ruleShell:
		shellHook(s)
	case ruleTOMLDate:
		tomlDate(s)
	case ruleDockerLine:
		dockerLine(s)
	case ruleMakeLine:
		makeLine(s)
	case rulePreprocessor:
		preprocessor(s)
	case ruleRubyDoc:
		rubyLine(s)
	case ruleShellLine:
		shellLine(s)
	case ruleTOMLTable:
		tomlTable(s)
	case ruleConsole:
		s.session = hasPrompt(s.src[s.pos:])
		s.code(0, 0)
	case ruleCSS:
		runCSS(s)
	case ruleDiff:
		runDiff(s)
	case ruleHTML:
		s.markup(true)
	case ruleINI:
		runINI(s)
	case ruleNginx:
		runNginx(s)
	case ruleProperties:
		runProperties(s)
	case ruleXML:
		s.markup(false)
	case ruleYAML:
		runYAML(s)
	}
}
