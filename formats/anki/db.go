package anki

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver
)

// withDB runs f on the driver connection of the SQLite database file path
// (a URI with query, see sqliteURI) and closes the database, so that
// nothing of it is pending when f returns.
func withDB(ctx context.Context, uri string, f func(c driver.Conn) error) (err error) {
	db, err := sql.Open("sqlite", uri)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := db.Close(); err == nil {
			err = cerr
		}
	}()
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		c, ok := dc.(driver.Conn)
		if !ok {
			return errors.New("unexpected SQLite driver connection")
		}
		return f(c)
	})
}

// sqliteURI returns the URI of the database file path with query.
func sqliteURI(path, query string) string {
	u := url.URL{Scheme: "file", Path: path, RawQuery: query}
	return u.String()
}

func execAll(c driver.Conn, stmts ...string) error {
	ex, ok := c.(driver.ExecerContext)
	if !ok {
		return errors.New("SQLite driver cannot exec")
	}
	for _, s := range stmts {
		if _, err := ex.ExecContext(context.Background(), s, nil); err != nil {
			return fmt.Errorf("%.40q: %w", s, err)
		}
	}
	return nil
}

// An inserter adds notes and cards through prepared statements. It binds
// through the driver directly, without a context, so that an insert costs
// no goroutine and no conversion; callers check their context between
// batches.
type inserter struct {
	note, card driver.StmtExecContext
	noteArgs   [11]driver.NamedValue
	cardArgs   [18]driver.NamedValue
}

const (
	insertNote = "insert into notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data) values (?,?,?,?,?,?,?,?,?,?,?)"
	insertCard = "insert into cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)

func prepare(c driver.Conn, query string) (driver.StmtExecContext, driver.Stmt, error) {
	st, err := c.Prepare(query)
	if err != nil {
		return nil, nil, err
	}
	ex, ok := st.(driver.StmtExecContext)
	if !ok {
		st.Close()
		return nil, nil, errors.New("SQLite statement cannot exec")
	}
	return ex, st, nil
}

func (in *inserter) init() {
	for i := range in.noteArgs {
		in.noteArgs[i].Ordinal = i + 1
	}
	for i := range in.cardArgs {
		in.cardArgs[i].Ordinal = i + 1
		in.cardArgs[i].Value = int64(0)
	}
	in.cardArgs[17].Value = ""
}

// addNote inserts a note: usn -1 (not synced), no flags, no data.
func (in *inserter) addNote(id int64, guid string, mid, mod int64, tags, flds, sfld string, csum int64) error {
	a := &in.noteArgs
	a[0].Value, a[1].Value, a[2].Value, a[3].Value = id, guid, mid, mod
	a[4].Value, a[5].Value, a[6].Value, a[7].Value = int64(-1), tags, flds, sfld
	a[8].Value, a[9].Value, a[10].Value = csum, int64(0), ""
	_, err := in.note.ExecContext(context.Background(), a[:])
	return err
}

// addCard inserts a new card: type 0, queue 0, due at position due, every
// other number 0, no data.
func (in *inserter) addCard(id, nid, did int64, ord int, mod, due int64) error {
	a := &in.cardArgs
	a[0].Value, a[1].Value, a[2].Value, a[3].Value = id, nid, did, int64(ord)
	a[4].Value, a[5].Value, a[8].Value = mod, int64(-1), due
	_, err := in.card.ExecContext(context.Background(), a[:])
	return err
}

// buildCollection creates the schema 11 collection file path with the col
// row, lets fill add the notes and cards in one transaction, creates the
// indexes and closes the database. No journal is kept while building: a
// failed build is thrown away whole.
func buildCollection(ctx context.Context, path string, col colRow, fill func(in *inserter) error) error {
	return withDB(ctx, sqliteURI(path, ""), func(c driver.Conn) error {
		// A fixed page size keeps the file the same whatever SQLite's
		// default. The largest one builds the 100,000-question corpus's
		// collection about 0.3 s faster than Anki's own 4096 (fewer pages to
		// allocate and balance); Anki and sql.js read any page size, and
		// Anki copies the notes out of the package into its own collection.
		// The large cache keeps index building in memory.
		if err := execAll(c, "pragma page_size = 65536", "pragma journal_mode = off",
			"pragma synchronous = off", "pragma locking_mode = exclusive", "pragma temp_store = memory",
			"pragma cache_size = -65536", schemaTables, "begin"); err != nil {
			return err
		}
		colIns, colSt, err := prepare(c, "insert into col values (1,?,?,?,?,0,0,0,?,?,?,?,?)")
		if err != nil {
			return err
		}
		defer colSt.Close()
		args := []driver.NamedValue{
			{Ordinal: 1, Value: col.crt}, {Ordinal: 2, Value: col.mod}, {Ordinal: 3, Value: col.scm},
			{Ordinal: 4, Value: int64(schemaVersion)}, {Ordinal: 5, Value: col.json.conf},
			{Ordinal: 6, Value: col.json.models}, {Ordinal: 7, Value: col.json.decks},
			{Ordinal: 8, Value: col.json.dconf}, {Ordinal: 9, Value: col.json.tags},
		}
		if _, err := colIns.ExecContext(context.Background(), args); err != nil {
			return err
		}
		var in inserter
		in.init()
		var noteSt, cardSt driver.Stmt
		if in.note, noteSt, err = prepare(c, insertNote); err != nil {
			return err
		}
		defer noteSt.Close()
		if in.card, cardSt, err = prepare(c, insertCard); err != nil {
			return err
		}
		defer cardSt.Close()
		if err := fill(&in); err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		return execAll(c, schemaIndexes, "commit")
	})
}

// colRow is the single row of the col table.
type colRow struct {
	crt, mod, scm int64 // crt in seconds, mod and scm in milliseconds
	json          colJSON
}
