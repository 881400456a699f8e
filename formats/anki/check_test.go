package anki

import (
	"archive/zip"
	"bytes"
	"crypto/sha1"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// This file checks a package against every rule of what Anki requires of
// an .apkg (the project's docs/anki-format.md), independently of the code
// that wrote it: the zip is read with archive/zip, the collection with
// database/sql, the JSON with encoding/json, and HTML is stripped with
// regular expressions as Anki does. Every test calls checkPackage on what
// it writes.

// A pkg is a package read back.
type pkg struct {
	entries []*zip.File
	media   map[string]string // media map: entry name → file name
	files   map[string][]byte // file name → content
	models  map[int64]model
	decks   map[int64]deckInfo
	dconf   map[string]map[string]any
	conf    map[string]any
	tags    map[string]any
	crt     int64
	mod     int64
	scm     int64
	notes   []noteInfo // in id order
	cards   []cardInfo // in id order
	dbBytes []byte

	allowMissing map[string]bool
}

type model struct {
	raw    map[string]any
	id     int64
	name   string
	typ    int
	sortf  int
	fields []string
	tmpls  []tmpl
}

type tmpl struct{ name, qfmt, afmt string }

type deckInfo struct {
	id         int64
	name, desc string
	conf       int64
}

type noteInfo struct {
	id, mid, mod, usn, csum, flags int64
	guid, tags, sfld, data         string
	fields                         []string
}

type cardInfo struct {
	id, nid, did, ord, mod, usn, typ, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags int64
	data                                                                                             string
}

// byGuid returns the notes by guid.
func (p *pkg) byGuid() map[string]noteInfo {
	m := make(map[string]noteInfo, len(p.notes))
	for _, n := range p.notes {
		m[n.guid] = n
	}
	return m
}

// deckByName returns the deck with the full name, or fails.
func (p *pkg) deckByName(t testing.TB, name string) deckInfo {
	t.Helper()
	for _, d := range p.decks {
		if d.name == name {
			return d
		}
	}
	var names []string
	for _, d := range p.decks {
		names = append(names, d.name)
	}
	t.Fatalf("no deck %q among %q", name, names)
	return deckInfo{}
}

// cardsOf returns the cards of a note.
func (p *pkg) cardsOf(nid int64) []cardInfo {
	var cs []cardInfo
	for _, c := range p.cards {
		if c.nid == nid {
			cs = append(cs, c)
		}
	}
	return cs
}

var digits = regexp.MustCompile(`^(0|[1-9][0-9]*)$`)

// A checkOption relaxes checkPackage for a test that writes something on
// purpose.
type checkOption func(*pkg)

// checkPackage reads a package and fails the test for every rule of Anki's
// that it breaks. It returns the package for further checks.
func checkPackage(t testing.TB, data []byte, opts ...checkOption) *pkg {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("package is not a zip: %v", err)
	}
	p := &pkg{entries: zr.File, files: map[string][]byte{}, allowMissing: map[string]bool{}}
	for _, o := range opts {
		o(p)
	}
	entries := map[string]*zip.File{}
	for _, f := range zr.File {
		if f.Method != zip.Store && f.Method != zip.Deflate {
			t.Errorf("entry %s: method %d, want Store or Deflate", f.Name, f.Method)
		}
		if entries[f.Name] != nil {
			t.Errorf("entry %s twice", f.Name)
		}
		entries[f.Name] = f
		switch {
		case f.Name == "collection.anki2", f.Name == "media", digits.MatchString(f.Name):
		default:
			t.Errorf("unexpected entry %q (legacy layout: collection.anki2, media, 0, 1, ...; no meta)", f.Name)
		}
	}
	read := func(name string) []byte {
		f := entries[name]
		if f == nil {
			t.Fatalf("no %s entry", name)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		defer rc.Close()
		b, err := io.ReadAll(rc)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return b
	}

	// Media: a JSON object from "0", "1", ... to safe, distinct names, each
	// stored under its index, nothing else stored.
	if err := json.Unmarshal(read("media"), &p.media); err != nil {
		t.Fatalf("media map: %v", err)
	}
	hashes := map[[20]byte]string{}
	for i := range len(p.media) {
		key := strconv.Itoa(i)
		name, ok := p.media[key]
		if !ok {
			t.Errorf("media map: keys are not 0..%d: no %q", len(p.media)-1, key)
			continue
		}
		checkMediaName(t, name)
		if _, dup := p.files[name]; dup {
			t.Errorf("media map: %q twice", name)
		}
		b := read(key)
		p.files[name] = b
		h := sha1.Sum(b)
		if other, dup := hashes[h]; dup {
			t.Errorf("media %q and %q have the same content: identical files must be stored once", other, name)
		}
		hashes[h] = name
	}
	for name := range entries {
		if digits.MatchString(name) {
			if _, ok := p.media[name]; !ok {
				t.Errorf("entry %s is not in the media map", name)
			}
		}
	}

	// The collection: a closed SQLite file (rollback journal, nothing
	// pending) opened read-only through database/sql.
	p.dbBytes = read("collection.anki2")
	if len(p.dbBytes) < 100 || string(p.dbBytes[:16]) != "SQLite format 3\x00" {
		t.Fatalf("collection.anki2 is not an SQLite file")
	}
	if p.dbBytes[18] != 1 || p.dbBytes[19] != 1 {
		t.Errorf("collection.anki2: file format versions %d/%d, want 1/1 (no WAL)", p.dbBytes[18], p.dbBytes[19])
	}
	path := filepath.Join(t.TempDir(), "collection.anki2")
	if err := os.WriteFile(path, p.dbBytes, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p.checkSchema(t, db)
	p.checkCol(t, db)
	p.checkNotes(t, db)
	p.checkCards(t, db)
	p.checkMediaUse(t)
	return p
}

// checkSchema compares the tables and indexes with Anki's schema 11.
func (p *pkg) checkSchema(t testing.TB, db *sql.DB) {
	t.Helper()
	want := schema11Statements(t)
	rows, err := db.Query("select type, name, sql from sqlite_master where sql is not null order by name")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := map[string]string{}
	for rows.Next() {
		var typ, name, text string
		if err := rows.Scan(&typ, &name, &text); err != nil {
			t.Fatal(err)
		}
		got[typ+" "+name] = normalizeSQL(text)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for k, w := range want {
		if g, ok := got[k]; !ok {
			t.Errorf("schema: no %s", k)
		} else if g != w {
			t.Errorf("schema: %s is\n%s\nwant\n%s", k, g, w)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("schema: unexpected %s (Anki's upgrade fails on tables it creates itself)", k)
		}
	}
}

// schema11Statements reads testdata/schema11.sql: "table col" → statement.
func schema11Statements(t testing.TB) map[string]string {
	t.Helper()
	b, err := os.ReadFile("testdata/schema11.sql")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "--") {
			lines = append(lines, l)
		}
	}
	want := map[string]string{}
	for _, st := range strings.Split(strings.Join(lines, "\n"), ";") {
		st = normalizeSQL(st)
		f := strings.Fields(st)
		if len(f) < 3 || f[0] != "create" {
			continue
		}
		want[f[1]+" "+strings.TrimSuffix(f[2], "(")] = st
	}
	if len(want) != 12 {
		t.Fatalf("testdata/schema11.sql: %d statements, want 5 tables and 7 indexes", len(want))
	}
	return want
}

// normalizeSQL joins white space and lowers the keywords SQLite
// capitalises when it stores a statement ("CREATE TABLE").
func normalizeSQL(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, kw := range []string{"create table ", "create index "} {
		if len(s) >= len(kw) && strings.EqualFold(s[:len(kw)], kw) {
			s = kw + s[len(kw):]
		}
	}
	s = strings.ReplaceAll(s, "( ", "(")
	return strings.ReplaceAll(s, " )", ")")
}

var requiredKeys = struct{ model, field, template, deck, dconf, dconfNew, dconfRev, dconfLapse []string }{
	model:      []string{"id", "name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css"},
	field:      []string{"name", "ord", "sticky", "rtl", "font", "size", "id"},
	template:   []string{"name", "ord", "qfmt", "afmt", "bqfmt", "bafmt", "did", "id"},
	deck:       []string{"id", "name", "dyn", "usn", "collapsed", "conf", "lrnToday", "revToday", "newToday", "timeToday", "desc"},
	dconf:      []string{"id", "mod", "name", "usn", "maxTaken", "autoplay", "timer", "new", "rev", "lapse"},
	dconfNew:   []string{"delays", "initialFactor", "ints", "order", "perDay"},
	dconfRev:   []string{"ease4", "ivlFct", "maxIvl", "perDay"},
	dconfLapse: []string{"delays", "leechAction", "leechFails", "minInt", "mult"},
}

func hasKeys(t testing.TB, what string, obj map[string]any, keys []string) {
	t.Helper()
	for _, k := range keys {
		if _, ok := obj[k]; !ok {
			t.Errorf("%s: no %q key", what, k)
		}
	}
}

// jsonInt reads a JSON number that must be an integer.
func jsonInt(t testing.TB, what string, v any) int64 {
	t.Helper()
	n, ok := v.(json.Number)
	if !ok {
		t.Errorf("%s: %v is not a number", what, v)
		return 0
	}
	i, err := n.Int64()
	if err != nil {
		t.Errorf("%s: %v is not an integer", what, v)
	}
	return i
}

func decodeObject(t testing.TB, what, text string) map[string]any {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil || m == nil {
		t.Fatalf("col.%s is not a JSON object: %v", what, err)
	}
	return m
}

// validID reports whether an id is a positive millisecond timestamp not in
// the future.
func validID(id int64) bool {
	return id > 0 && id <= time.Now().Add(time.Minute).UnixMilli()
}

func (p *pkg) checkCol(t testing.TB, db *sql.DB) {
	t.Helper()
	var n int
	if err := db.QueryRow("select count(*) from col").Scan(&n); err != nil || n != 1 {
		t.Fatalf("col has %d rows (%v), want 1", n, err)
	}
	var ver int64
	var conf, models, decks, dconf, tags string
	err := db.QueryRow("select crt, mod, scm, ver, conf, models, decks, dconf, tags from col").
		Scan(&p.crt, &p.mod, &p.scm, &ver, &conf, &models, &decks, &dconf, &tags)
	if err != nil {
		t.Fatal(err)
	}
	if ver != 11 {
		t.Errorf("col.ver = %d, want 11", ver)
	}
	now := time.Now()
	if p.crt <= 0 || p.crt > now.Add(time.Minute).Unix() {
		t.Errorf("col.crt = %d, want seconds not in the future", p.crt)
	}
	for _, v := range []int64{p.mod, p.scm} {
		if v < 1e11 || !validID(v) {
			t.Errorf("col.mod/scm = %d, want milliseconds not in the future", v)
		}
	}
	p.conf = decodeObject(t, "conf", conf)
	if v, _ := p.conf["schedVer"].(json.Number); v.String() != "2" {
		t.Errorf("col.conf schedVer = %v, want 2", p.conf["schedVer"])
	}
	p.tags = decodeObject(t, "tags", tags)

	p.dconf = map[string]map[string]any{}
	for key, v := range decodeObject(t, "dconf", dconf) {
		c, ok := v.(map[string]any)
		if !ok {
			t.Errorf("dconf %s is not an object", key)
			continue
		}
		hasKeys(t, "dconf "+key, c, requiredKeys.dconf)
		if strconv.FormatInt(jsonInt(t, "dconf id", c["id"]), 10) != key {
			t.Errorf("dconf %s: id %v", key, c["id"])
		}
		for _, sub := range []struct {
			name string
			keys []string
		}{{"new", requiredKeys.dconfNew}, {"rev", requiredKeys.dconfRev}, {"lapse", requiredKeys.dconfLapse}} {
			o, ok := c[sub.name].(map[string]any)
			if !ok {
				t.Errorf("dconf %s: %s is not an object", key, sub.name)
				continue
			}
			hasKeys(t, "dconf "+key+" "+sub.name, o, sub.keys)
		}
		p.dconf[key] = c
	}

	p.models = map[int64]model{}
	for key, v := range decodeObject(t, "models", models) {
		m := p.checkModel(t, key, v)
		p.models[m.id] = m
	}

	p.decks = map[int64]deckInfo{}
	for key, v := range decodeObject(t, "decks", decks) {
		d, ok := v.(map[string]any)
		if !ok {
			t.Errorf("deck %s is not an object", key)
			continue
		}
		hasKeys(t, "deck "+key, d, requiredKeys.deck)
		info := deckInfo{id: jsonInt(t, "deck id", d["id"]), conf: jsonInt(t, "deck conf", d["conf"])}
		info.name, _ = d["name"].(string)
		info.desc, _ = d["desc"].(string)
		if strconv.FormatInt(info.id, 10) != key {
			t.Errorf("deck %s: id %d", key, info.id)
		}
		if info.id <= 0 || info.id == 1 && info.name != "Default" {
			t.Errorf("deck %q: id %d", info.name, info.id)
		}
		if !validID(info.id) {
			t.Errorf("deck %q: id %d is not a past millisecond time", info.name, info.id)
		}
		if info.name == "" || strings.Contains(info.name, "::::") || strings.HasPrefix(info.name, "::") || strings.HasSuffix(info.name, "::") {
			t.Errorf("deck %d: bad name %q", info.id, info.name)
		}
		if _, ok := p.dconf[strconv.FormatInt(info.conf, 10)]; !ok {
			t.Errorf("deck %q: options %d not in dconf", info.name, info.conf)
		}
		for _, k := range []string{"lrnToday", "revToday", "newToday", "timeToday"} {
			if a, ok := d[k].([]any); !ok || len(a) != 2 {
				t.Errorf("deck %q: %s = %v, want a pair", info.name, k, d[k])
			}
		}
		if dyn := jsonInt(t, "deck dyn", d["dyn"]); dyn != 0 {
			t.Errorf("deck %q: dyn %d", info.name, dyn)
		}
		p.decks[info.id] = info
	}
	names := map[string]bool{}
	for _, d := range p.decks {
		if names[strings.ToLower(d.name)] {
			t.Errorf("deck name %q twice", d.name)
		}
		names[strings.ToLower(d.name)] = true
	}
	for _, d := range p.decks {
		if i := strings.LastIndex(d.name, "::"); i >= 0 && !names[strings.ToLower(d.name[:i])] {
			t.Errorf("deck %q: no parent deck %q", d.name, d.name[:i])
		}
	}
}

func (p *pkg) checkModel(t testing.TB, key string, v any) model {
	t.Helper()
	raw, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("model %s is not an object", key)
	}
	hasKeys(t, "model "+key, raw, requiredKeys.model)
	m := model{raw: raw, id: jsonInt(t, "model id", raw["id"])}
	if strconv.FormatInt(m.id, 10) != key {
		t.Errorf("model %s: inner id %d", key, m.id)
	}
	if !validID(m.id) {
		t.Errorf("model %s: id is not a past millisecond time", key)
	}
	m.name, _ = raw["name"].(string)
	m.typ = int(jsonInt(t, "model type", raw["type"]))
	if m.typ != 0 && m.typ != 1 {
		t.Errorf("model %s: type %d", key, m.typ)
	}
	m.sortf = int(jsonInt(t, "model sortf", raw["sortf"]))
	if raw["css"] != nil {
		if _, ok := raw["css"].(string); !ok {
			t.Errorf("model %s: css is not a string", key)
		}
	}
	flds, _ := raw["flds"].([]any)
	ids := map[int64]bool{}
	for i, fv := range flds {
		f, ok := fv.(map[string]any)
		if !ok {
			t.Errorf("model %s: field %d is not an object", key, i)
			continue
		}
		hasKeys(t, "model "+key+" field", f, requiredKeys.field)
		name, _ := f["name"].(string)
		if ord := jsonInt(t, "field ord", f["ord"]); ord != int64(i) {
			t.Errorf("model %s: field %q has ord %d, want %d", key, name, ord, i)
		}
		id := jsonInt(t, "field id", f["id"])
		if id <= 0 || ids[id] {
			t.Errorf("model %s: field %q id %d not positive or not unique", key, name, id)
		}
		ids[id] = true
		if name == "" || slices.Contains(m.fields, name) {
			t.Errorf("model %s: field name %q empty or repeated", key, name)
		}
		m.fields = append(m.fields, name)
	}
	if len(m.fields) == 0 || m.sortf < 0 || m.sortf >= len(m.fields) {
		t.Errorf("model %s: %d fields, sortf %d", key, len(m.fields), m.sortf)
	}
	tmpls, _ := raw["tmpls"].([]any)
	for i, tv := range tmpls {
		tm, ok := tv.(map[string]any)
		if !ok {
			t.Errorf("model %s: template %d is not an object", key, i)
			continue
		}
		hasKeys(t, "model "+key+" template", tm, requiredKeys.template)
		if ord := jsonInt(t, "template ord", tm["ord"]); ord != int64(i) {
			t.Errorf("model %s: template %d has ord %d", key, i, ord)
		}
		id := jsonInt(t, "template id", tm["id"])
		if id <= 0 || ids[id] {
			t.Errorf("model %s: template id %d not positive or not unique", key, id)
		}
		ids[id] = true
		var x tmpl
		x.name, _ = tm["name"].(string)
		x.qfmt, _ = tm["qfmt"].(string)
		x.afmt, _ = tm["afmt"].(string)
		m.tmpls = append(m.tmpls, x)
	}
	if len(m.tmpls) == 0 || m.typ == 1 && len(m.tmpls) != 1 {
		t.Errorf("model %s: %d templates", key, len(m.tmpls))
	}
	return m
}

func (p *pkg) checkNotes(t testing.TB, db *sql.DB) {
	t.Helper()
	rows, err := db.Query("select id, guid, mid, mod, usn, tags, flds, cast(sfld as text), csum, flags, data from notes order by id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	guids := map[string]bool{}
	for rows.Next() {
		var n noteInfo
		var flds string
		if err := rows.Scan(&n.id, &n.guid, &n.mid, &n.mod, &n.usn, &n.tags, &flds, &n.sfld, &n.csum, &n.flags, &n.data); err != nil {
			t.Fatal(err)
		}
		n.fields = strings.Split(flds, "\x1f")
		p.notes = append(p.notes, n)
		what := "note " + strconv.FormatInt(n.id, 10)
		if !validID(n.id) {
			t.Errorf("%s: id not a past millisecond time", what)
		}
		if n.guid == "" || guids[n.guid] {
			t.Errorf("%s: guid %q empty or repeated", what, n.guid)
		}
		guids[n.guid] = true
		if n.mod <= 0 || n.mod > time.Now().Add(time.Minute).Unix() {
			t.Errorf("%s: mod %d, want seconds not in the future", what, n.mod)
		}
		m, ok := p.models[n.mid]
		if !ok {
			t.Errorf("%s: note type %d not in the collection", what, n.mid)
			continue
		}
		if len(n.fields) != len(m.fields) {
			t.Errorf("%s: %d fields, note type %q has %d", what, len(n.fields), m.name, len(m.fields))
			continue
		}
		for i, c := range flds {
			if c < 0x20 && c != '\n' && c != '\t' && c != 0x1f || c == 0x7f {
				t.Errorf("%s: control character %U at byte %d of the fields", what, c, i)
				break
			}
		}
		checkTags(t, what, n.tags, p.tags)
		wantSort := ankiStrip(n.fields[m.sortf])
		if n.sfld != wantSort {
			t.Errorf("%s: sfld %q, want %q", what, n.sfld, wantSort)
		}
		if want := ankiChecksum(ankiStrip(n.fields[0])); n.csum != want {
			t.Errorf("%s: csum %d, want %d", what, n.csum, want)
		}
		if n.flags != 0 || n.data != "" {
			t.Errorf("%s: flags %d data %q", what, n.flags, n.data)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}

// checkTags checks notes.tags: "" or " a b ", tags without spaces, levels
// joined by "::", each registered in col.tags.
func checkTags(t testing.TB, what, tags string, registered map[string]any) {
	t.Helper()
	if tags == "" {
		return
	}
	if !strings.HasPrefix(tags, " ") || !strings.HasSuffix(tags, " ") || strings.Contains(tags, "  ") {
		t.Errorf("%s: tags %q, want \" a b \"", what, tags)
		return
	}
	for _, tag := range strings.Split(strings.TrimSpace(tags), " ") {
		if strings.ContainsFunc(tag, func(r rune) bool { return r < 0x20 || r == '"' || r == '\u3000' }) {
			t.Errorf("%s: bad tag %q", what, tag)
		}
		for _, level := range strings.Split(tag, "::") {
			if level == "" {
				t.Errorf("%s: tag %q has an empty level", what, tag)
			}
		}
		if _, ok := registered[tag]; !ok {
			t.Errorf("%s: tag %q not in col.tags", what, tag)
		}
	}
}

var clozeNumber = regexp.MustCompile(`\{\{c(\d+)::`)

func (p *pkg) checkCards(t testing.TB, db *sql.DB) {
	t.Helper()
	rows, err := db.Query("select id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data from cards order by id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var c cardInfo
		if err := rows.Scan(&c.id, &c.nid, &c.did, &c.ord, &c.mod, &c.usn, &c.typ, &c.queue, &c.due, &c.ivl, &c.factor,
			&c.reps, &c.lapses, &c.left, &c.odue, &c.odid, &c.flags, &c.data); err != nil {
			t.Fatal(err)
		}
		p.cards = append(p.cards, c)
		what := "card " + strconv.FormatInt(c.id, 10)
		if !validID(c.id) {
			t.Errorf("%s: id not a past millisecond time", what)
		}
		if d, ok := p.decks[c.did]; !ok || c.did == 1 {
			t.Errorf("%s: deck %d (%q)", what, c.did, d.name)
		}
		// A new card: type 0, queue 0, due its position, the rest 0.
		if c.typ != 0 || c.queue != 0 || c.due < 1 || c.due > int64(len(p.notes)) {
			t.Errorf("%s: type %d queue %d due %d, want a new card", what, c.typ, c.queue, c.due)
		}
		if c.ivl|c.factor|c.reps|c.lapses|c.left|c.odue|c.odid|c.flags != 0 || c.data != "" {
			t.Errorf("%s: scheduling values set: %+v", what, c)
		}
		if c.mod <= 0 {
			t.Errorf("%s: mod %d", what, c.mod)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	ids := map[int64]bool{}
	for _, c := range p.cards {
		if ids[c.id] {
			t.Errorf("card id %d twice", c.id)
		}
		ids[c.id] = true
	}
	// Anki generates no card on import: every card a note should have must
	// be there, and no other.
	for _, n := range p.notes {
		m := p.models[n.mid]
		if len(n.fields) != len(m.fields) {
			continue
		}
		var want []int64
		if m.typ == 1 {
			text := ""
			for _, f := range clozeFieldsOf(m) {
				text += n.fields[f]
			}
			for _, sub := range clozeNumber.FindAllStringSubmatch(text, -1) {
				k, _ := strconv.ParseInt(sub[1], 10, 64)
				want = append(want, k-1)
			}
		} else {
			for i, tm := range m.tmpls {
				if templateHasContent(tm.qfmt, m.fields, n.fields) {
					want = append(want, int64(i))
				}
			}
		}
		slices.Sort(want)
		want = slices.Compact(want)
		var got []int64
		for _, c := range p.cardsOf(n.id) {
			got = append(got, c.ord)
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("note %d (%s): card ords %v, want %v", n.id, m.name, got, want)
		}
	}
}

var fieldRef = regexp.MustCompile(`\{\{([#^/]?)([^}]+)\}\}`)

// clozeFieldsOf returns the fields a cloze note type's template deletes
// from ({{cloze:Text}}).
func clozeFieldsOf(m model) []int {
	var out []int
	for _, sub := range fieldRef.FindAllStringSubmatch(m.tmpls[0].qfmt, -1) {
		if name, ok := strings.CutPrefix(sub[2], "cloze:"); ok {
			if i := slices.Index(m.fields, name); i >= 0 && !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
	}
	return out
}

// templateHasContent reports whether a question template shows a
// non-empty field, which is when Anki makes its card.
func templateHasContent(qfmt string, names, fields []string) bool {
	for _, sub := range fieldRef.FindAllStringSubmatch(qfmt, -1) {
		if sub[1] != "" {
			continue // {{#Field}} sections decide nothing by themselves
		}
		name := sub[2]
		if i := strings.LastIndexByte(name, ':'); i >= 0 {
			name = name[i+1:]
		}
		if i := slices.Index(names, name); i >= 0 && strings.TrimSpace(ankiStrip(fields[i])) != "" {
			return true
		}
	}
	return false
}

var imgSrc = regexp.MustCompile(`(?i)<img[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))`)

// srcOf returns the src that an imgSrc match found.
func srcOf(m []string) string { return m[1] + m[2] + m[3] }

// checkMediaUse checks that every media file is used by a field, and that
// every local image of a field is in the package.
func (p *pkg) checkMediaUse(t testing.TB) {
	t.Helper()
	used := map[string]bool{}
	for _, n := range p.notes {
		for _, f := range n.fields {
			for _, sub := range imgSrc.FindAllStringSubmatch(f, -1) {
				src := html.UnescapeString(srcOf(sub))
				if src == "" || strings.Contains(src, ":") || strings.HasPrefix(src, "//") {
					continue // a URL, or an image that could not be embedded
				}
				used[src] = true
				if _, ok := p.files[src]; !ok && !p.allowMissing[src] {
					t.Errorf("note %d shows %q, which is not in the package", n.id, src)
				}
			}
		}
	}
	for _, d := range p.decks {
		for _, sub := range imgSrc.FindAllStringSubmatch(d.desc, -1) {
			src := html.UnescapeString(srcOf(sub))
			if src == "" || strings.Contains(src, ":") || strings.HasPrefix(src, "//") {
				continue
			}
			if _, ok := p.files[src]; !ok && !p.allowMissing[src] {
				t.Errorf("deck %q shows %q, which is not in the package", d.name, src)
			} else if !ok {
				continue
			}
			if !used[src] && !strings.HasPrefix(src, "_") {
				t.Errorf("deck %q shows %q, which no field shows: Anki imports it only if its name starts with _", d.name, src)
			}
		}
	}
	for name := range p.files {
		if !used[name] && !strings.HasPrefix(name, "_") {
			t.Errorf("media %q is used by no field: Anki would not import it", name)
		}
	}
}

// checkMediaName checks a media name against Anki's rules: no path, no
// characters Anki replaces, at most 120 bytes.
func checkMediaName(t testing.TB, name string) {
	t.Helper()
	if name == "" || len(name) > 120 || strings.Contains(name, "..") || strings.ContainsAny(name, "/\\[]<>:\"?*^|") ||
		strings.ContainsFunc(name, func(r rune) bool { return r < 0x20 || r == 0x7f }) || name != strings.TrimSpace(name) {
		t.Errorf("media name %q is not safe for Anki", name)
	}
}

var (
	stripBlocks = regexp.MustCompile(`(?is)<style.*?>.*?</style>|<script.*?>.*?</script>|<!--.*?-->`)
	stripImg    = regexp.MustCompile(`(?i)<img[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))[^>]*>`)
	stripTag    = regexp.MustCompile(`(?s)<.*?>`)
)

// ankiStrip strips HTML as Anki's strip_html_preserving_media_filenames
// does, with regular expressions like Anki's.
func ankiStrip(s string) string {
	s = stripBlocks.ReplaceAllString(s, "")
	s = stripImg.ReplaceAllString(s, " ${1}${2}${3} ")
	s = stripTag.ReplaceAllString(s, "")
	return html.UnescapeString(s)
}

func ankiChecksum(s string) int64 {
	h := sha1.Sum([]byte(s))
	return int64(binary.BigEndian.Uint32(h[:4]))
}

func TestChecksumKnown(t *testing.T) {
	if got := ankiChecksum("hello"); got != 2868168221 {
		t.Errorf("test checksum(hello) = %d", got)
	}
	if got := checksum("hello"); got != 2868168221 {
		t.Errorf("checksum(hello) = %d, want 2868168221", got)
	}
}
