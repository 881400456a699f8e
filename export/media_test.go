package export

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/flashmark/flashmark/notes"
)

// media returns the media of a note showing the image ref, as the notes
// parser classifies it.
func media(t *testing.T, ref string) notes.Media {
	t.Helper()
	b := answer(t, "![图]("+ref+")")
	if len(b.Media) != 1 {
		t.Fatalf("%s: %d media", ref, len(b.Media))
	}
	return b.Media[0]
}

func TestReadMedia(t *testing.T) {
	root := fstest.MapFS{
		"a.png":         {Data: []byte("A")},
		"img/图 1.png":   {Data: []byte("B")},
		"img/sub/c.gif": {Data: []byte("C")},
	}
	for _, c := range []struct {
		ref  string
		root fs.FS
		data string
		err  error
	}{
		{"a.png", root, "A", nil},
		{"./a.png", root, "A", nil},
		{"img/图%201.png", root, "B", nil},
		{"<img/图 1.png?v=2#x>", root, "B", nil},
		{"img/sub/../sub/c.gif", root, "C", nil},
		{"img\\sub\\c.gif", root, "C", nil},
		{"missing.png", root, "", fs.ErrNotExist},
		{"../secret.png", root, "", ErrOutsideRoot},
		{"img/../../secret.png", root, "", ErrOutsideRoot},
		{"/etc/passwd", root, "", ErrOutsideRoot},
		{"%2E%2E/secret.png", root, "", ErrOutsideRoot},
		{"a.png", nil, "", ErrNoRoot},
		{"https://example.com/a.png", root, "", ErrNotLocal},
		{"data:image/png;base64,iVBORw0KGgo=", root, "", ErrNotLocal},
	} {
		m := media(t, c.ref)
		data, err := ReadMedia(c.root, m)
		if c.err == nil {
			if err != nil || string(data) != c.data {
				t.Errorf("ReadMedia(%q) = %q, %v; want %q", c.ref, data, err, c.data)
			}
			continue
		}
		if !errors.Is(err, c.err) || data != nil {
			t.Errorf("ReadMedia(%q) = %q, %v; want error %v", c.ref, data, err, c.err)
			continue
		}
		var me *MediaError
		if !errors.As(err, &me) || me.Media != m {
			t.Errorf("ReadMedia(%q): %T %v, want a *MediaError for the image", c.ref, err, err)
		}
		prefix := "export: notes.md:3:1: image " + m.Ref + ": "
		if !strings.HasPrefix(err.Error(), prefix) {
			t.Errorf("ReadMedia(%q): %q, want prefix %q", c.ref, err, prefix)
		}
	}
}

// A path outside the root is refused before the file system is asked.
func TestReadMediaOpensNothing(t *testing.T) {
	for _, p := range []string{"../x.png", "/etc/passwd", "", "a/../../x", "a//b"} {
		m := notes.Media{Ref: p, Kind: notes.Local, Path: p}
		spy := &spyFS{}
		want := ErrOutsideRoot
		if p == "" {
			want = fs.ErrNotExist // a reference that names no file
		}
		if _, err := ReadMedia(spy, m); !errors.Is(err, want) {
			t.Errorf("%q: %v, want %v", p, err, want)
		}
		if spy.calls != 0 {
			t.Errorf("%q: the file system was asked %d times", p, spy.calls)
		}
	}
}

type spyFS struct{ calls int }

func (s *spyFS) Open(name string) (fs.File, error) {
	s.calls++
	return nil, fs.ErrNotExist
}

// symlinkTree makes dir/notes holding a.png, a link to it, links out of
// notes, and dir/secret.png beside notes.
func symlinkTree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	notesDir := filepath.Join(dir, "notes")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
	}
	must(os.MkdirAll(filepath.Join(notesDir, "img", "sub"), 0o755))
	must(os.WriteFile(filepath.Join(notesDir, "img", "a.png"), []byte("A"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "secret.png"), []byte("SECRET"), 0o644))
	must(os.Symlink("a.png", filepath.Join(notesDir, "img", "inside.png")))
	must(os.Symlink("..", filepath.Join(notesDir, "img", "sub", "up")))
	must(os.Symlink("../secret.png", filepath.Join(notesDir, "outside.png")))
	must(os.Symlink("../../secret.png", filepath.Join(notesDir, "img", "outside2.png")))
	must(os.Symlink(filepath.Join(dir, "secret.png"), filepath.Join(notesDir, "absolute.png")))
	must(os.Symlink("..", filepath.Join(notesDir, "parent")))
	must(os.Symlink("loop2", filepath.Join(notesDir, "loop1")))
	must(os.Symlink("loop1", filepath.Join(notesDir, "loop2")))
	must(os.Symlink("img/inside.png", filepath.Join(notesDir, "chain.png")))
	return notesDir
}

func TestReadMediaSymlinks(t *testing.T) {
	notesDir := symlinkTree(t)
	roots := map[string]fs.FS{"DirFS": os.DirFS(notesDir)}
	if r, err := os.OpenRoot(notesDir); err == nil {
		defer r.Close()
		roots["Root"] = r.FS()
	}
	for name, root := range roots {
		for _, c := range []struct {
			path, data string
			err        error
		}{
			{"img/a.png", "A", nil},
			{"img/inside.png", "A", nil},
			{"chain.png", "A", nil},
			{"img/sub/up/a.png", "A", nil},
			{"outside.png", "", ErrOutsideRoot},
			{"img/outside2.png", "", ErrOutsideRoot},
			{"absolute.png", "", ErrOutsideRoot},
			{"parent/secret.png", "", ErrOutsideRoot},
			{"loop1", "", nil}, // some error, not a hang
		} {
			m := notes.Media{Ref: c.path, Kind: notes.Local, Path: c.path}
			data, err := ReadMedia(root, m)
			switch {
			case c.data != "":
				if err != nil || string(data) != c.data {
					t.Errorf("%s %s: %q, %v; want %q", name, c.path, data, err, c.data)
				}
			case c.err != nil:
				if !errors.Is(err, c.err) {
					t.Errorf("%s %s: %q, %v; want %v", name, c.path, data, err, c.err)
				}
			default:
				if err == nil {
					t.Errorf("%s %s: no error", name, c.path)
				}
			}
			if strings.Contains(string(data), "SECRET") {
				t.Errorf("%s %s: read the file outside the root", name, c.path)
			}
		}
	}
}

func TestMediaDiagnostic(t *testing.T) {
	root := fstest.MapFS{}
	for _, c := range []struct {
		ref  string
		root fs.FS
		msg  string
	}{
		{"../x.png", root, "image ../x.png left out: its path leaves the notes' directory"},
		{"img/x.png", root, "image img/x.png left out: file img/x.png not found"},
		{"x.png", nil, "image x.png left out: no media directory given"},
		{"https://example.com/x.png", root, "image https://example.com/x.png left out: not a local file"},
	} {
		m := media(t, c.ref)
		_, err := ReadMedia(c.root, m)
		d := MediaDiagnostic(m, err)
		if d.Msg != c.msg || d.Severity != notes.Warning || d.Pos != m.Pos {
			t.Errorf("%s: %v, want a warning at %s: %s", c.ref, d, m.Pos, c.msg)
		}
	}
	d := MediaDiagnostic(notes.Media{Ref: "x.png"}, errors.New("boom"))
	if d.Msg != "image x.png left out: boom" {
		t.Errorf("other error: %q", d.Msg)
	}
}
