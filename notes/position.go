package notes

import (
	"bytes"
	"sort"
	"strconv"
)

// Position is a place in a source file. Line and Column start at 1; Column
// counts bytes, as go/token does. The zero Position is not valid.
type Position struct {
	Filename string `json:"file,omitempty"`
	Offset   int    `json:"offset"` // byte offset, starting at 0
	Line     int    `json:"line"`
	Column   int    `json:"column"`
}

// IsValid reports whether the position names a line.
func (p Position) IsValid() bool { return p.Line > 0 }

// String returns "file:line:col", "line:col" without a file name, or "-"
// for an invalid position, the form editors and compilers use.
func (p Position) String() string {
	if !p.IsValid() && p.Filename == "" {
		return "-"
	}
	return string(p.appendTo(make([]byte, 0, len(p.Filename)+16)))
}

// appendTo appends the position as String writes it.
func (p Position) appendTo(b []byte) []byte {
	b = append(b, p.Filename...)
	if p.IsValid() {
		if p.Filename != "" {
			b = append(b, ':')
		}
		b = strconv.AppendInt(b, int64(p.Line), 10)
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(p.Column), 10)
	}
	if len(b) == 0 {
		b = append(b, '-')
	}
	return b
}

// lineIndex turns byte offsets of one file into positions.
type lineIndex struct {
	filename string
	starts   []int // offset of the first byte of each line
}

func newLineIndex(filename string, src []byte) *lineIndex {
	starts := make([]int, 1, len(src)/40+1)
	for off := 0; ; {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
		starts = append(starts, off)
	}
	return &lineIndex{filename: filename, starts: starts}
}

func (x *lineIndex) pos(offset int) Position {
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > offset })
	if line == 0 {
		line = 1
	}
	return Position{
		Filename: x.filename,
		Offset:   offset,
		Line:     line,
		Column:   offset - x.starts[line-1] + 1,
	}
}

// lineStart returns the offset of the start of the line holding offset.
func (x *lineIndex) lineStart(offset int) int {
	p := x.pos(offset)
	return p.Offset - p.Column + 1
}
