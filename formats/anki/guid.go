package anki

import (
	"crypto/sha256"
	"encoding/binary"
)

// base91 is the alphabet of Anki's guids (pylib/anki/utils.py base91): the
// printable ASCII characters except quotes, backslash and space, so that a
// guid never needs escaping in a field, a tag list or a CSV line.
const base91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"

// Guid returns the Anki guid of the note whose stable ID is id: the first 8
// bytes of SHA-256 of the namespaced ID, read as a big-endian number and
// written in base 91, as Anki writes its own 64-bit guids. The same ID gives
// the same guid in every build, so Anki updates the note on re-import
// instead of adding a duplicate.
func Guid(id string) string {
	h := sha256.Sum256([]byte("flashmark note\x00" + id))
	return base91String(binary.BigEndian.Uint64(h[:8]))
}

func base91String(v uint64) string {
	if v == 0 {
		return base91[:1]
	}
	var buf [12]byte // 91^10 > 2^64
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = base91[v%91]
		v /= 91
	}
	return string(buf[i:])
}
