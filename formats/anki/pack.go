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
)

// The package is a zip in Anki's legacy layout, which every Anki from 2.1
// to 25.x imports: collection.anki2, a JSON map "media" from entry names
// to file names, and each media file stored under its index ("0", "1",
// ...). No "meta" entry: it would announce the newer layout.

const (
	collectionEntry = "collection.anki2"
	mediaEntry      = "media"
	// deflateLevel trades a little size for a lot of speed: the collection
	// is most of the package, and level 1 deflates it about four times
	// faster than the default with output about a tenth larger.
	deflateLevel = flate.BestSpeed
	// deflateBlock is the size of the pieces of the collection compressed
	// in parallel; fixed, so the output does not depend on the CPU count.
	deflateBlock = 1 << 20
)

// zipEpoch is the earliest time a zip entry can hold (MS-DOS dates).
var zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// pack writes the package: the collection, the media map and the media.
func (p *plan) pack(ctx context.Context, w io.Writer, collection []byte) error {
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

func header(name string, mod time.Time, method uint16) *zip.FileHeader {
	return &zip.FileHeader{Name: name, Method: method, Modified: mod}
}

// writeEntry writes a small entry, deflated or stored.
func writeEntry(zw *zip.Writer, name string, mod time.Time, method uint16, data []byte) error {
	if method == zip.Deflate {
		return writeDeflated(context.Background(), zw, name, mod, data)
	}
	fw, err := zw.CreateHeader(header(name, mod, method))
	if err != nil {
		return err
	}
	_, err = fw.Write(data)
	return err
}

// writeDeflated writes an entry compressed in blocks of deflateBlock
// bytes, on every CPU. Each block but the last ends with a sync flush, so
// the blocks join into one valid deflate stream (as pigz makes them).
func writeDeflated(ctx context.Context, zw *zip.Writer, name string, mod time.Time, data []byte) error {
	n := max(1, (len(data)+deflateBlock-1)/deflateBlock)
	out := make([][]byte, n)
	errs := make([]error, n)
	var next sync.Mutex
	i := 0
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			var buf bytes.Buffer
			fw, _ := flate.NewWriter(&buf, deflateLevel)
			for {
				next.Lock()
				b := i
				i++
				next.Unlock()
				if b >= n || ctx.Err() != nil {
					return
				}
				buf = bytes.Buffer{}
				fw.Reset(&buf)
				block := data[b*deflateBlock : min((b+1)*deflateBlock, len(data))]
				if _, err := fw.Write(block); err != nil {
					errs[b] = err
					continue
				}
				if b == n-1 {
					errs[b] = fw.Close()
				} else {
					errs[b] = fw.Flush()
				}
				out[b] = buf.Bytes()
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	size := 0
	for b := range out {
		if errs[b] != nil {
			return errs[b]
		}
		size += len(out[b])
	}
	h := header(name, mod, zip.Deflate)
	h.CRC32 = crc32.ChecksumIEEE(data)
	h.CompressedSize64 = uint64(size)
	h.UncompressedSize64 = uint64(len(data))
	fw, err := zw.CreateRaw(h)
	if err != nil {
		return err
	}
	for _, b := range out {
		if _, err := fw.Write(b); err != nil {
			return err
		}
	}
	return nil
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
