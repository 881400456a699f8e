package anki

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/flashmark/flashmark/export"
)

// The package is a zip in Anki's legacy layout, which every Anki from 2.1
// to 25.x imports: collection.anki2, a JSON map "media" from entry names
// to file names, and each media file stored under its index ("0", "1",
// ...). No "meta" entry: it would announce the newer layout.

const (
	collectionEntry = "collection.anki2"
	mediaEntry      = "media"
	// deflateLevel trades a little size for speed. The collection is most
	// of the package; for the 100,000-question corpus's 98 MB one, level 3
	// gives 18.3 MB in 0.61 s of CPU, level 1 20.0 MB in 0.56 s, level 4
	// 16.1 MB in 0.75 s, and the default level 6 15.4 MB in 1.17 s.
	deflateLevel = 3
	// deflateBlock is the size of the pieces of the collection compressed
	// in parallel; fixed, so the output does not depend on the CPU count.
	deflateBlock = 1 << 20
)

// zipEpoch is the earliest time a zip entry can hold (MS-DOS dates).
var zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// testHookDeflate, when set by a test, is called on each compressing
// goroutine.
var testHookDeflate func()

// pack writes the package: the collection, the media map and the media.
func (p *plan) pack(ctx context.Context, w io.Writer, collection io.Reader) error {
	mod := p.now
	if mod.Before(zipEpoch) {
		mod = zipEpoch
	}
	zw := zip.NewWriter(w)
	if err := writeDeflated(ctx, zw, collectionEntry, mod, collection); err != nil {
		return fmt.Errorf("anki: %w", err)
	}
	names := make(map[string]string, len(p.media.files))
	for i, f := range p.media.files {
		names[strconv.Itoa(i)] = f.name
	}
	mediaMap, err := json.Marshal(names)
	if err != nil {
		return fmt.Errorf("anki: %w", err)
	}
	if err := writeEntry(zw, mediaEntry, mod, zip.Deflate, mediaMap); err != nil {
		return fmt.Errorf("anki: %w", err)
	}
	for i, f := range p.media.files {
		if err := ctx.Err(); err != nil {
			return err
		}
		method := zip.Deflate
		if compressed(f.name) {
			method = zip.Store
		}
		if err := writeEntry(zw, strconv.Itoa(i), mod, method, f.data); err != nil {
			return fmt.Errorf("anki: media %s: %w", f.name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("anki: %w", err)
	}
	return nil
}

// header returns the header of an entry modified at mod, which is UTC and
// not before 1980. The MS-DOS date and time are set here because CreateRaw,
// unlike CreateHeader, does not derive them from Modified.
func header(name string, mod time.Time, method uint16) *zip.FileHeader {
	h := &zip.FileHeader{Name: name, Method: method, Modified: mod}
	// CreateRaw writes the header as given: it neither derives the MS-DOS
	// date and time from Modified nor adds an extended timestamp, so these
	// deprecated fields are the only way to date a raw entry; without them
	// every entry would read as 1980 whatever mod is.
	h.ModifiedDate = uint16(mod.Day() + int(mod.Month())<<5 + (mod.Year()-1980)<<9) //lint:ignore SA1019 CreateRaw needs the MS-DOS date set by hand (see above)
	h.ModifiedTime = uint16(mod.Second()/2 + mod.Minute()<<5 + mod.Hour()<<11)      //lint:ignore SA1019 CreateRaw needs the MS-DOS time set by hand (see above)
	return h
}

// writeEntry writes a small entry, deflated or stored.
func writeEntry(zw *zip.Writer, name string, mod time.Time, method uint16, data []byte) error {
	if method == zip.Deflate {
		return writeDeflated(context.Background(), zw, name, mod, bytes.NewReader(data))
	}
	h := header(name, mod, zip.Store)
	h.CRC32 = crc32.ChecksumIEEE(data)
	h.CompressedSize64 = uint64(len(data))
	h.UncompressedSize64 = uint64(len(data))
	fw, err := zw.CreateRaw(h)
	if err != nil {
		return err
	}
	_, err = fw.Write(data)
	return err
}

// writeDeflated writes an entry read from r, deflated in blocks of
// deflateBlock bytes on every CPU while the next blocks are read. Each
// block ends with a sync flush, so the blocks join into one deflate stream
// (as pigz makes them), and an empty final block closes it. Memory holds
// the compressed entry and a block per CPU, not the whole input.
func writeDeflated(ctx context.Context, zw *zip.Writer, name string, mod time.Time, r io.Reader) error {
	var (
		out  [][]byte
		errs []error
		wg   sync.WaitGroup
		sem  = make(chan struct{}, runtime.GOMAXPROCS(0))
		crc  = crc32.NewIEEE()
		size int64
	)
	for {
		if err := ctx.Err(); err != nil {
			wg.Wait()
			return err
		}
		buf := blocks.Get().(*[]byte)
		n, err := io.ReadFull(r, *buf)
		if n > 0 {
			block := (*buf)[:n]
			crc.Write(block)
			size += int64(n)
			i := len(out)
			out = append(out, nil)
			errs = append(errs, nil)
			sem <- struct{}{}
			wg.Go(func() {
				defer func() { <-sem; blocks.Put(buf) }()
				defer export.Recover(&errs[i], "compressing "+name)
				if testHookDeflate != nil {
					testHookDeflate()
				}
				out[i], errs[i] = deflateBlockBytes(block)
			})
		} else {
			blocks.Put(buf)
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			wg.Wait()
			return err
		}
	}
	wg.Wait()
	compressed := int64(len(finalBlock))
	for i, b := range out {
		if errs[i] != nil {
			return errs[i]
		}
		compressed += int64(len(b))
	}
	h := header(name, mod, zip.Deflate)
	h.CRC32 = crc.Sum32()
	h.CompressedSize64 = uint64(compressed)
	h.UncompressedSize64 = uint64(size)
	fw, err := zw.CreateRaw(h)
	if err != nil {
		return err
	}
	for _, b := range out {
		if _, err := fw.Write(b); err != nil {
			return err
		}
	}
	_, err = fw.Write(finalBlock)
	return err
}

// blocks reuses the input blocks of writeDeflated.
var blocks = sync.Pool{New: func() any {
	b := make([]byte, deflateBlock)
	return &b
}}

// finalBlock is an empty, final deflate block with fixed codes: it ends a
// stream whose blocks all end with a sync flush.
var finalBlock = []byte{0x03, 0x00}

// flateWriters reuses compressors, which are large.
var flateWriters = sync.Pool{New: func() any {
	fw, _ := flate.NewWriter(io.Discard, deflateLevel)
	return fw
}}

// deflateBlockBytes deflates one block, ending it with a sync flush.
func deflateBlockBytes(block []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(block)/3 + 64)
	fw := flateWriters.Get().(*flate.Writer)
	defer flateWriters.Put(fw)
	fw.Reset(&buf)
	if _, err := fw.Write(block); err != nil {
		return nil, err
	}
	if err := fw.Flush(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// compressed reports whether a media file is in a compressed format that
// deflate would not shrink.
func compressed(name string) bool {
	i := strings.LastIndexByte(name, '.')
	if i < 0 {
		return false
	}
	switch name[i+1:] {
	case "png", "jpg", "jpeg", "gif", "webp", "avif", "mp3", "mp4", "ogg", "m4a", "webm", "zip":
		return true
	}
	return false
}
