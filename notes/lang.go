package notes

import "unicode"

// DetectLang guesses the language of text that declares none, from up to
// its first 64 KiB, as the parser does for notes without a lang: "zh" when
// Han characters make up a fifth of the letters, "ja" when kana do
// (Japanese mixes in Han), "ko" for Hangul, and "en" otherwise.
func DetectLang(text []byte) string { return detectLang(text) }

func detectLang(src []byte) string {
	if len(src) > 64<<10 {
		src = src[:64<<10]
	}
	var han, kana, hangul, other int
	for _, r := range string(src) {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.IsLetter(r):
			other++
		}
	}
	letters := han + kana + hangul + other
	switch {
	case letters == 0:
		return "en"
	case kana*5 >= letters:
		return "ja"
	case hangul*5 >= letters:
		return "ko"
	case han*5 >= letters:
		return "zh"
	}
	return "en"
}
