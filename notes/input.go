package notes

import (
	"bytes"
	"unicode/utf8"
)

// DefaultMaxNesting is the nesting depth Parse accepts when
// Parser.MaxNesting is 0. Real notes rarely nest lists or quotes beyond
// eight levels; goldmark's parsing time grows with the square of the depth,
// so a bound keeps hostile input from stalling the parser.
const DefaultMaxNesting = 64

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// checkInput strips a UTF-8 byte order mark and rejects what is not UTF-8
// text or is nested too deeply. Positions in the returned errors count from
// after the byte order mark, as editors do.
func checkInput(filename string, src []byte, maxNesting int) ([]byte, *lineIndex, error) {
	if bytes.HasPrefix(src, bomUTF16LE) || bytes.HasPrefix(src, bomUTF16BE) {
		return nil, nil, &Error{Pos: Position{Filename: filename, Line: 1, Column: 1}, Err: ErrUTF16}
	}
	src = bytes.TrimPrefix(src, bomUTF8)
	lines := newLineIndex(filename, src)
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return nil, nil, &Error{Pos: lines.pos(i), Err: ErrNUL, Detail: "is this a binary or UTF-16 file?"}
	}
	if !utf8.Valid(src) {
		i := firstInvalidUTF8(src)
		return nil, nil, errorf(lines.pos(i), ErrInvalidUTF8, "byte 0x%02X; convert the file to UTF-8 (e.g. from GBK)", src[i])
	}
	if off, depth := tooDeep(src, maxNesting); off >= 0 {
		return nil, nil, errorf(lines.pos(off), ErrTooDeep, "%d levels, at most %d", depth, maxNesting)
	}
	return src, lines, nil
}

func firstInvalidUTF8(src []byte) int {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return 0
}

// tooDeep returns the offset of the first line whose block nesting exceeds
// max, and its depth, or -1. Depth counts block-quote and list markers at
// the start of a line, and every two columns of white space among them,
// which is how nested list items are written; lines inside fenced code are
// skipped. The count errs on the high side, which the generous bound absorbs.
func tooDeep(src []byte, max int) (int, int) {
	inFence := false
	var fence []byte
	for off := 0; off < len(src); {
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		line := src[off:end]
		trimmed := bytes.TrimLeft(line, " \t>")
		if f := fenceOf(trimmed); f != nil {
			switch {
			case !inFence:
				inFence, fence = true, f
			case bytes.HasPrefix(f, fence) && len(bytes.TrimSpace(trimmed[len(f):])) == 0:
				inFence = false
			}
		} else if !inFence {
			if d := lineDepth(line); d > max {
				return off, d
			}
		}
		off = end + 1
	}
	return -1, 0
}

func fenceOf(line []byte) []byte {
	if len(line) < 3 || line[0] != '`' && line[0] != '~' {
		return nil
	}
	n := 0
	for n < len(line) && line[n] == line[0] {
		n++
	}
	if n < 3 {
		return nil
	}
	return line[:n]
}

func lineDepth(line []byte) int {
	depth, col, i := 0, 0, 0
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ':
			col++
			i++
		case c == '\t':
			col += 4 - col%4
			i++
		case c == '>':
			depth++
			i++
		case (c == '-' || c == '+' || c == '*') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			depth++
			i += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && (line[j+1] == ' ' || line[j+1] == '\t') {
				depth++
				i = j + 2
				continue
			}
			return depth + col/2
		default:
			return depth + col/2
		}
	}
	return depth + col/2
}
