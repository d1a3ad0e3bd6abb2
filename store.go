package quotetrail

import (
	"context"
	"database/sql"
	"database/sql/driver"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/mattn/go-sqlite3"
)

//go:embed schema.sql
var schemaSQL string

// Store is a quotetrail SQLite database: documents, entities and their
// aliases, quotes and their citation chains (see schema.sql). A Store is safe
// for concurrent use; writes are serialized, since SQLite has one writer. A
// Store opened with Open has one connection: its queries wait for an open
// Batch to end.
type Store struct {
	db       *sql.DB
	path     string
	readOnly bool

	// mu is held by the open Batch, if any: it serializes writes and guards
	// the caches.
	mu    sync.Mutex
	stmts writeStmts
	// entities and aliases cache committed rows: an entity's id by name
	// and kind, and the aliases known to exist. They are filled lazily and
	// only from transactions that committed.
	entities map[entityKey]int64
	aliases  map[aliasKey]bool

	// lookups is a pool of read-only connections for Has, opened on first
	// use, so that lookups need not wait for an open Batch.
	lookupsOnce sync.Once
	lookups     *sql.DB
	lookupsErr  error
	hasDoc      *sql.Stmt
}

// maxCached is the most entities, and the most aliases, that a Store keeps
// in its caches: about 20 MB of each.
var maxCached = 1 << 17

// entityKey identifies an entity: the NameKey of its name, and its kind.
type entityKey struct{ name, kind string }

type aliasKey struct {
	lookup string
	entity int64
}

// writeStmts are the statements of Add, prepared once by Open.
type writeStmts struct {
	insertDocument, priorRevision, setRevision, maxQuoteID, entityByKey, upsertEntity, insertAlias *sql.Stmt
}

// The statements of writeStmts, in its field order.
var writeSQL = [...]string{
	`INSERT INTO documents (external_id, source, url, title, publisher, published,
		dateline, wire, platform, author, photo_credit, content_hash, text)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
	// The first revision of a document with the same id or URL.
	`SELECT coalesce(min(coalesce(revision_of, id)), 0) FROM documents
	WHERE id < ?1 AND (external_id = ?2 OR (?3 IS NOT NULL AND url = ?3))`,
	`UPDATE documents SET revision_of = ? WHERE id = ?`,
	`SELECT coalesce(max(id), 0) FROM quotes`,
	`SELECT id FROM entities WHERE key = ? AND kind = ? ORDER BY id LIMIT 1`,
	// The no-op update makes RETURNING give the id of an existing row.
	`INSERT INTO entities (name, kind, key) VALUES (?, ?, ?)
	ON CONFLICT (name, kind) DO UPDATE SET name = excluded.name RETURNING id`,
	`INSERT OR IGNORE INTO aliases (lookup, entity_id, alias) VALUES (?, ?, ?)`,
}

func (w *writeStmts) all() []**sql.Stmt {
	return []**sql.Stmt{&w.insertDocument, &w.priorRevision, &w.setRevision, &w.maxQuoteID, &w.entityByKey, &w.upsertEntity, &w.insertAlias}
}

// Open opens the database at path for reading and writing, creating it if it
// does not exist, and brings its schema up to date.
func Open(path string) (*Store, error) {
	s, err := open(path, "_foreign_keys=on&_journal_mode=WAL&_busy_timeout=5000&_txlock=immediate", false)
	if err != nil {
		return nil, err
	}
	// One connection: SQLite has one writer anyway, and the prepared
	// statements then always live on the connection that runs them.
	s.db.SetMaxOpenConns(1)
	if err := s.migrate(); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	for i, p := range s.stmts.all() {
		if *p, err = s.db.Prepare(writeSQL[i]); err != nil {
			s.Close()
			return nil, fmt.Errorf("open database %s: prepare: %w", path, err)
		}
	}
	s.entities = make(map[entityKey]int64)
	s.aliases = make(map[aliasKey]bool)
	return s, nil
}

// OpenReadOnly opens the existing database at path for reading only: any
// statement that would write fails. It returns an error that wraps
// fs.ErrNotExist if there is no file at path.
func OpenReadOnly(path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	s, err := open(path, "mode=ro&_query_only=true&_foreign_keys=on&_busy_timeout=5000", true)
	if err != nil {
		return nil, err
	}
	var version int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		s.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	ms, err := migrations()
	if err != nil {
		s.Close()
		return nil, err
	}
	switch {
	case version == 0:
		err = errors.New("not a quotetrail database")
	case version > len(ms):
		err = fmt.Errorf("schema version %d is newer than this quotetrail's (%d)", version, len(ms))
	case version < len(ms):
		err = fmt.Errorf("schema version %d is older than this quotetrail's (%d): ingest into it once to upgrade it", version, len(ms))
	}
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	return s, nil
}

func open(path, params string, readOnly bool) (*Store, error) {
	if path == "" {
		return nil, errors.New("open database: empty path")
	}
	c := &connector{
		// A "file:" URI, so that SQLite reads its parameters (mode=ro);
		// the characters that end a URI path are escaped.
		dsn: "file:" + uriPathEscaper.Replace(filepath.Clean(path)) + "?" + params,
		driver: &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
			// Not DSN parameters of the driver; set on every connection.
			// A checkpoint every 32 MiB of log rather than every 4 MiB:
			// an ingest rewrites the same index pages over and over, and
			// fewer checkpoints copy each of them fewer times (8% faster
			// on the Reuters corpus, no more memory).
			_, err := c.Exec("PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 8192", nil)
			return err
		}},
	}
	db := sql.OpenDB(c)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	return &Store{db: db, path: path, readOnly: readOnly}, nil
}

var uriPathEscaper = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// connector opens connections to one DSN with a driver of its own, so that no
// driver needs registering globally.
type connector struct {
	dsn    string
	driver *sqlite3.SQLiteDriver
}

func (c *connector) Connect(context.Context) (driver.Conn, error) { return c.driver.Open(c.dsn) }
func (c *connector) Driver() driver.Driver                        { return c.driver }

// Close closes the database.
func (s *Store) Close() error {
	for _, p := range s.stmts.all() {
		if *p != nil {
			(*p).Close()
		}
	}
	if s.lookups != nil {
		s.hasDoc.Close()
		s.lookups.Close()
	}
	return s.db.Close()
}

// Has reports whether a document with this text is stored: committed, not
// merely added to an open Batch. Unlike the other queries, it does not wait
// for an open Batch, so that the workers of an ingest can skip the
// extraction of the documents that a Batch would find known. It is safe for
// concurrent use.
func (s *Store) Has(ctx context.Context, text string) (bool, error) {
	s.lookupsOnce.Do(func() {
		st, err := open(s.path, "_query_only=true&_busy_timeout=5000", true)
		if err != nil {
			s.lookupsErr = err
			return
		}
		if s.hasDoc, err = st.db.Prepare(`SELECT EXISTS (SELECT 1 FROM documents WHERE content_hash = ?)`); err != nil {
			st.db.Close()
			s.lookupsErr = fmt.Errorf("prepare: %w", err)
			return
		}
		s.lookups = st.db
	})
	if s.lookupsErr != nil {
		return false, s.lookupsErr
	}
	var has bool
	if err := s.hasDoc.QueryRowContext(ctx, contentHash(text)).Scan(&has); err != nil {
		return false, fmt.Errorf("look up document: %w", err)
	}
	return has, nil
}

// Path returns the path the Store was opened with.
func (s *Store) Path() string { return s.path }

var migrationHeader = regexp.MustCompile(`(?m)^-- migration (\d+)\n`)

// migrations returns the sections of schema.sql: migrations()[i] moves the
// schema from version i to i+1.
func migrations() ([]string, error) {
	locs := migrationHeader.FindAllStringSubmatchIndex(schemaSQL, -1)
	ms := make([]string, len(locs))
	for i, loc := range locs {
		if n, _ := strconv.Atoi(schemaSQL[loc[2]:loc[3]]); n != i+1 {
			return nil, fmt.Errorf("schema.sql: migration %d follows migration %d", n, i)
		}
		end := len(schemaSQL)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		ms[i] = schemaSQL[loc[1]:end]
	}
	if len(ms) == 0 {
		return nil, errors.New("schema.sql: no migrations")
	}
	return ms, nil
}

// migrate applies the migrations the database lacks, in one transaction.
func (s *Store) migrate() error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var version, tables int
	if err := tx.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if err := tx.QueryRow("SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return err
	}
	switch {
	case version == 0 && tables > 0:
		return errors.New("not a quotetrail database (it has tables but no schema version)")
	case version > len(ms):
		return fmt.Errorf("schema version %d is newer than this quotetrail's (%d)", version, len(ms))
	case version == len(ms):
		return nil
	}
	for v := version; v < len(ms); v++ {
		if _, err := tx.Exec(ms[v]); err != nil {
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
	}
	// PRAGMA takes no parameters; len(ms) is an int.
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", len(ms))); err != nil {
		return err
	}
	return tx.Commit()
}

// Outcome is what storing a document did.
type Outcome int

const (
	// Known: a document with the same text (content hash) is stored
	// already, and nothing was added.
	Known Outcome = iota
	// Added: the document was stored, and no stored document has its id.
	Added
	// Revised: the document was stored as a new revision of the stored
	// documents with its id: the same external id, another text. Queries
	// such as Speakers count the latest revision only.
	Revised
)

func (o Outcome) String() string {
	switch o {
	case Known:
		return "known"
	case Added:
		return "added"
	case Revised:
		return "revised"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// Add stores r in a transaction of its own. It reports whether r was added:
// false, with a nil error, if a document with the same text is already
// stored. On error nothing of r is stored.
func (s *Store) Add(ctx context.Context, r *Result) (added bool, err error) {
	o, err := s.Put(ctx, r)
	return o != Known, err
}

// Put is Add, and says whether r was a new document, a new revision of a
// stored one, or known already.
func (s *Store) Put(ctx context.Context, r *Result) (Outcome, error) {
	b, err := s.Begin(ctx)
	if err != nil {
		return Known, err
	}
	defer b.Rollback()
	o, err := b.Put(ctx, r)
	if err != nil {
		return Known, err
	}
	return o, b.Commit()
}

// Batch adds many documents in one transaction, which is much faster than one
// transaction each; every document is still all or nothing, in a savepoint of
// its own. An open Batch holds the Store's write lock until Commit or
// Rollback. A Batch is not safe for concurrent use.
type Batch struct {
	s     *Store
	tx    *sql.Tx
	stmts writeStmts // bound to tx
	// Rows added by the documents of this batch: they enter the Store's
	// caches when the batch commits.
	entities map[entityKey]int64
	aliases  map[aliasKey]bool
	// multi holds the statements of insertRows, prepared on tx.
	multi map[multiKey]*sql.Stmt
	// w is reused by every document of the batch.
	w    docWriter
	err  error // set when the transaction cannot go on
	done bool
}

// Begin starts a Batch. Its transaction is rolled back if ctx is done before
// Commit: to keep what was added when interrupted, pass a ctx that is never
// cancelled and stop calling Add instead.
func (s *Store) Begin(ctx context.Context) (*Batch, error) {
	if s.readOnly {
		return nil, fmt.Errorf("database %s is open read-only", s.path)
	}
	s.mu.Lock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		s.mu.Unlock()
		return nil, fmt.Errorf("begin transaction: %w", err)
	}
	b := &Batch{s: s, tx: tx, entities: make(map[entityKey]int64), aliases: make(map[aliasKey]bool), multi: make(map[multiKey]*sql.Stmt)}
	src, dst := s.stmts.all(), b.stmts.all()
	for i := range src {
		*dst[i] = tx.StmtContext(ctx, *src[i])
	}
	return b, nil
}

// Err returns the error that ended the batch's transaction early, or nil.
// Once it is set, Add and Commit fail.
func (b *Batch) Err() error { return b.err }

// Commit commits the documents added so far.
func (b *Batch) Commit() error {
	if b.done {
		return errors.New("commit: batch already ended")
	}
	b.done = true
	defer b.s.mu.Unlock()
	if b.err != nil {
		b.tx.Rollback()
		return b.err
	}
	if err := b.tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	// A full cache starts again empty: memory stays bounded whatever the
	// size of the archive, and a miss costs one indexed query.
	if len(b.s.entities)+len(b.entities) > maxCached {
		clear(b.s.entities)
	}
	if len(b.s.aliases)+len(b.aliases) > maxCached {
		clear(b.s.aliases)
	}
	for k, id := range b.entities {
		if len(b.s.entities) >= maxCached {
			break
		}
		b.s.entities[k] = id
	}
	for k := range b.aliases {
		if len(b.s.aliases) >= maxCached {
			break
		}
		b.s.aliases[k] = true
	}
	return nil
}

// Rollback abandons the documents added so far. It does nothing after Commit,
// so that it can be deferred.
func (b *Batch) Rollback() error {
	if b.done {
		return nil
	}
	b.done = true
	defer b.s.mu.Unlock()
	return b.tx.Rollback()
}

// Add adds r to the batch, with the same result as Store.Add. If r fails,
// the batch goes on without it, unless Err is set.
func (b *Batch) Add(ctx context.Context, r *Result) (added bool, err error) {
	o, err := b.Put(ctx, r)
	return o != Known, err
}

// Put adds r to the batch, with the same result as Store.Put. If r fails,
// the batch goes on without it, unless Err is set.
func (b *Batch) Put(ctx context.Context, r *Result) (Outcome, error) {
	where := r.Document.Source
	if where == "" {
		where = r.Document.ID
	}
	if b.err != nil {
		return Known, fmt.Errorf("%s: %w", where, b.err)
	}
	if b.done {
		return Known, fmt.Errorf("%s: batch already ended", where)
	}
	if err := validate(r); err != nil {
		return Known, fmt.Errorf("%s: %w", where, err)
	}
	// The savepoint statements must run even if ctx is done.
	bg := context.WithoutCancel(ctx)
	if _, err := b.tx.ExecContext(bg, "SAVEPOINT document"); err != nil {
		b.err = fmt.Errorf("savepoint: %w", err)
		return Known, fmt.Errorf("%s: %w", where, b.err)
	}
	w := &b.w
	w.b, w.ctx = b, ctx
	if w.entities == nil {
		w.entities, w.aliases = make(map[entityKey]int64), make(map[aliasKey]bool)
	}
	clear(w.entities)
	clear(w.aliases)
	o, err := w.add(r)
	if err != nil {
		if _, rerr := b.tx.ExecContext(bg, "ROLLBACK TO document; RELEASE document"); rerr != nil {
			b.err = fmt.Errorf("rollback to savepoint: %w", rerr)
		}
		return Known, fmt.Errorf("%s: %w", where, err)
	}
	if _, err := b.tx.ExecContext(bg, "RELEASE document"); err != nil {
		b.err = fmt.Errorf("release savepoint: %w", err)
		return Known, fmt.Errorf("%s: %w", where, b.err)
	}
	for k, id := range w.entities {
		b.entities[k] = id
	}
	for k := range w.aliases {
		b.aliases[k] = true
	}
	return o, nil
}
