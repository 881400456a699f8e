package anki

import "github.com/flashmark/flashmark/export"

// The note types flashmark writes. Their ids, field names and order, and
// template names are released: Anki matches note types by id and, when the
// fields or templates of a known id differ, makes a copy of the note type
// and skips the notes as conflicting. Never change them; a new layout needs
// a new note type with a new id. The golden file testdata/notetypes.golden
// guards them.
var (
	basicType = &noteType{
		id:   1580616716643,
		name: "flashmark Basic",
		mod:  1795756042,
		fields: []field{
			{1530013024565, fieldFront},
			{1555019009992, fieldBack},
			{1531402428052, fieldSection},
			{1508335697281, fieldSource},
		},
		templates: []template{
			{1510049440771, "Card 1", frontQ, frontA},
		},
	}
	reversedType = &noteType{
		id:   1533120331825,
		name: "flashmark Basic (and reversed card)",
		mod:  1795756042,
		fields: []field{
			{1505632774700, fieldFront},
			{1574707853145, fieldBack},
			{1555439190375, fieldSection},
			{1560726065662, fieldSource},
		},
		templates: []template{
			{1597795379593, "Card 1", frontQ, frontA},
			{1593215322677, "Card 2", reverseQ, reverseA},
		},
	}
	clozeType = &noteType{
		id:    1571251306334,
		name:  "flashmark Cloze",
		mod:   1795737600,
		cloze: true,
		fields: []field{
			{1548987014590, fieldText},
			{1593814167637, fieldBackExtra},
			{1524815874138, fieldSection},
			{1586018593510, fieldSource},
		},
		templates: []template{
			{1519062701735, "Cloze", clozeQ, clozeA},
		},
	}
	noteTypes = []*noteType{basicType, reversedType, clozeType}
)

// Field names. Every note type has four fields, and the last two are the
// same in each.
const (
	fieldFront     = "Front"
	fieldBack      = "Back"
	fieldText      = "Text"
	fieldBackExtra = "Back Extra"
	fieldSection   = "Section"
	fieldSource    = "Source"

	numFields   = 4
	sourceField = 3 // index of Source, left out when deciding whether a note changed
)

// Card templates. The breadcrumb shows the note's section path above the
// question; the source file:line sits under the answer.
const (
	crumb  = `{{#Section}}<div class="fm-crumb">{{Section}}</div>{{/Section}}`
	source = `{{#Source}}<div class="fm-source">{{Source}}</div>{{/Source}}`

	frontQ = crumb + "\n" + `<div class="fm-question">{{Front}}</div>`
	frontA = "{{FrontSide}}\n<hr id=answer>\n" + `<div class="fm-answer">{{Back}}</div>` + "\n" + source

	reverseQ = `<div class="fm-answer">{{Back}}</div>`
	reverseA = "{{FrontSide}}\n<hr id=answer>\n" + crumb + "\n" + `<div class="fm-question">{{Front}}</div>` + "\n" + source

	clozeQ = crumb + "\n" + `<div class="fm-text">{{cloze:Text}}</div>`
	clozeA = crumb + "\n" + `<div class="fm-text">{{cloze:Text}}</div>` + "\n" +
		`{{#Back Extra}}<hr id="answer"><div class="fm-answer">{{Back Extra}}</div>{{/Back Extra}}` + "\n" + source
)

// A noteType is one of flashmark's Anki note types.
type noteType struct {
	id   int64
	name string
	// mod is when flashmark last changed the note type's fields,
	// templates or CSS, in seconds. Anki replaces the learner's copy of a
	// note type (their own CSS, fonts, sort field) whenever an imported
	// one is newer, so mod must not move with the export time: raise it,
	// to the time of the change, only when the note type changes.
	// TestNoteTypeMods fails when the note type changes and mod does not.
	mod       int64
	cloze     bool
	fields    []field
	templates []template
}

type field struct {
	id   int64
	name string
}

type template struct {
	id         int64
	name       string
	qfmt, afmt string
}

// style is the CSS of every note type: a type scale and line height that
// read well for Chinese as for Latin text, tables, code (with the shared
// highlighting style), cloze deletions, and Anki's night mode.
func style() string {
	return baseCSS + "\n" + export.CodeCSS() +
		"/* Code in Anki's night mode. */\n" + export.DarkCodeCSS(".nightMode ") + export.DarkCodeCSS(".night_mode ")
}

const baseCSS = `.card {
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB",
    "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
    "Helvetica Neue", Arial, sans-serif;
  font-size: 18px;
  line-height: 1.7;
  text-align: left;
  color: #1f2328;
  background-color: #ffffff;
  max-width: 46em;
  margin: 0 auto;
  padding: 0 0.5em;
  word-wrap: break-word;
  overflow-wrap: break-word;
}
.fm-crumb { font-size: 0.8em; color: #6e7781; margin-bottom: 0.4em; }
.fm-question { font-size: 1.15em; font-weight: 600; }
.fm-source { font-size: 0.75em; color: #8c959f; margin-top: 1.2em; text-align: right; }
.fm-question p:first-child, .fm-answer p:first-child, .fm-text p:first-child { margin-top: 0; }
p { margin: 0.5em 0; }
h1, h2, h3, h4, h5, h6 { line-height: 1.4; margin: 0.9em 0 0.4em; }
h3 { font-size: 1.1em; }
ul, ol { padding-left: 1.6em; margin: 0.4em 0; }
li { margin: 0.15em 0; }
img { max-width: 100%; height: auto; }
blockquote { margin: 0.6em 0; padding: 0 0.9em; color: #57606a; border-left: 0.25em solid #d0d7de; }
code, pre {
  font-family: "SFMono-Regular", Menlo, Consolas, "Liberation Mono", "Noto Sans Mono CJK SC", monospace;
  font-size: 0.88em;
}
:not(pre) > code { padding: 0.1em 0.35em; border-radius: 4px; background-color: rgba(175, 184, 193, 0.25); }
pre { padding: 0.8em 1em; overflow-x: auto; line-height: 1.45; border-radius: 6px; background-color: #f6f8fa; }
pre code { padding: 0; background: none; }
table { border-collapse: collapse; margin: 0.6em 0; display: block; overflow-x: auto; }
th, td { border: 1px solid #d0d7de; padding: 0.3em 0.7em; text-align: left; vertical-align: top; }
th { background-color: #f6f8fa; font-weight: 600; }
tr:nth-child(2n) td { background-color: #fafbfc; }
.cloze { font-weight: 700; color: #0969da; }
mark.cloze { background: none; }
hr#answer { border: none; border-top: 1px solid #d0d7de; margin: 1em 0; }

.card.nightMode, .nightMode .card, .card.night_mode, .night_mode .card {
  color: #e6edf3;
  background-color: #1e1e1e;
}
.nightMode .fm-crumb, .night_mode .fm-crumb { color: #9198a1; }
.nightMode .fm-source, .night_mode .fm-source { color: #7d8590; }
.nightMode blockquote, .night_mode blockquote { color: #9198a1; border-left-color: #3d444d; }
.nightMode pre, .night_mode pre { background-color: #161b22; }
.nightMode :not(pre) > code, .night_mode :not(pre) > code { background-color: rgba(110, 118, 129, 0.4); }
.nightMode th, .nightMode td, .night_mode th, .night_mode td { border-color: #3d444d; }
.nightMode th, .night_mode th { background-color: #161b22; }
.nightMode tr:nth-child(2n) td, .night_mode tr:nth-child(2n) td { background-color: #1a1f26; }
.nightMode .cloze, .night_mode .cloze { color: #4493f8; }
.nightMode hr#answer, .night_mode hr#answer { border-top-color: #3d444d; }
`
