package highlight

// A class is a token class. Its name (see names) is chroma's short name
// for the token type, so that one style sheet colours the tokens of this
// package and those of chroma alike.
type class uint8

// The classes, named after chroma's token types.
const (
	plain class = iota
	keyword
	keywordConstant
	keywordDeclaration
	keywordNamespace
	keywordPseudo
	keywordReserved
	keywordType
	nameAttribute
	nameBuiltin
	nameBuiltinPseudo
	nameClass
	nameConstant
	nameDecorator
	nameEntity
	nameFunction
	nameFunctionMagic
	nameNamespace
	nameOther
	nameTag
	nameVariable
	nameVariableClass
	nameVariableGlobal
	nameVariableInstance
	literal
	literalDate
	str
	strBacktick
	strChar
	strDouble
	strHeredoc
	strInterpol
	strRegex
	strSingle
	strSymbol
	number
	numberBin
	numberFloat
	numberHex
	numberInteger
	numberOct
	operator
	operatorWord
	punctuation
	comment
	commentHashbang
	commentMultiline
	commentSingle
	commentPreproc
	genericDeleted
	genericHeading
	genericInserted
	genericStrong
	genericSubheading
	numClasses
)

// names maps a class to chroma's short name of its token type.
var names = [numClasses]string{
	plain:                "",
	keyword:              "k",
	keywordConstant:      "kc",
	keywordDeclaration:   "kd",
	keywordNamespace:     "kn",
	keywordPseudo:        "kp",
	keywordReserved:      "kr",
	keywordType:          "kt",
	nameAttribute:        "na",
	nameBuiltin:          "nb",
	nameBuiltinPseudo:    "bp",
	nameClass:            "nc",
	nameConstant:         "no",
	nameDecorator:        "nd",
	nameEntity:           "ni",
	nameFunction:         "nf",
	nameFunctionMagic:    "fm",
	nameNamespace:        "nn",
	nameOther:            "nx",
	nameTag:              "nt",
	nameVariable:         "nv",
	nameVariableClass:    "vc",
	nameVariableGlobal:   "vg",
	nameVariableInstance: "vi",
	literal:              "l",
	literalDate:          "ld",
	str:                  "s",
	strBacktick:          "sb",
	strChar:              "sc",
	strDouble:            "s2",
	strHeredoc:           "sh",
	strInterpol:          "si",
	strRegex:             "sr",
	strSingle:            "s1",
	strSymbol:            "ss",
	number:               "m",
	numberBin:            "mb",
	numberFloat:          "mf",
	numberHex:            "mh",
	numberInteger:        "mi",
	numberOct:            "mo",
	operator:             "o",
	operatorWord:         "ow",
	punctuation:          "p",
	comment:              "c",
	commentHashbang:      "ch",
	commentMultiline:     "cm",
	commentSingle:        "c1",
	commentPreproc:       "cp",
	genericDeleted:       "gd",
	genericHeading:       "gh",
	genericInserted:      "gi",
	genericStrong:        "gs",
	genericSubheading:    "gu",
}
