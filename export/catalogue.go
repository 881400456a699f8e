package export

import (
	"path"
	"strings"
)

// A Format is a catalogue entry: how a program names a format and makes an
// exporter for it.
type Format struct {
	Name        string // short name, such as "anki"
	Ext         string // file extension with the dot, such as ".apkg"
	Description string // one line for help texts
	// New returns an exporter configured with o.
	New func(o Options) Exporter
}

// Formats is a catalogue of formats, built explicitly by the program that
// offers them.
type Formats []Format

// Lookup finds a format by name or extension (with or without the dot),
// ignoring case.
func (fs Formats) Lookup(nameOrExt string) (Format, bool) {
	key := strings.ToLower(nameOrExt)
	for _, f := range fs {
		if strings.ToLower(f.Name) == key || strings.ToLower(f.Ext) == key || strings.ToLower(f.Ext) == "."+key {
			return f, true
		}
	}
	return Format{}, false
}

// ForFile finds the format whose extension ends the file name.
func (fs Formats) ForFile(name string) (Format, bool) {
	ext := path.Ext(strings.ReplaceAll(name, "\\", "/"))
	if ext == "" {
		return Format{}, false
	}
	return fs.Lookup(ext)
}

// Names returns the names of the formats, in catalogue order.
func (fs Formats) Names() []string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.Name
	}
	return names
}
