-- The quotetrail database schema, embedded by store.go.
--
-- Each "-- migration N" section moves the schema from version N-1 to N.
-- Open applies the sections the database lacks, in order, in one
-- transaction, and records the version in PRAGMA user_version. Never edit a
-- released section: add a new one.
--
-- Offsets (start, end, speaker_start, ...) are UTF-8 byte offsets into
-- documents.text, half-open, as in the JSON Lines interchange format.
-- Optional text is NULL when absent, never ''.

-- migration 1

-- One row per article revision: the same external_id with another text is
-- another row; the same text (content_hash) is never stored twice.
CREATE TABLE documents (
	id           INTEGER PRIMARY KEY,
	external_id  TEXT NOT NULL,   -- the "id" of the input record, or the file path
	source       TEXT NOT NULL,   -- where it was read: "dev.jsonl:12", a path, "-"
	url          TEXT,
	title        TEXT,
	publisher    TEXT,            -- the outlet that printed it
	published    TEXT,            -- as given in the input, ISO 8601 when it is
	dateline     TEXT,            -- "MOSCOW"
	wire         TEXT,            -- wire credit: "Reuters"
	platform     TEXT,            -- distribution platform: "PressReader"
	author       TEXT,
	photo_credit TEXT,
	content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64), -- hex SHA-256 of text
	text         TEXT NOT NULL,
	ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX documents_external_id ON documents (external_id);

-- One row per speaker or source. kind is '' when the resolver did not
-- classify the entity.
CREATE TABLE entities (
	id               INTEGER PRIMARY KEY,
	name             TEXT NOT NULL CHECK (name <> ''),
	kind             TEXT NOT NULL CHECK (kind IN ('', 'person', 'organisation', 'agency', 'media', 'document', 'anonymous', 'group')),
	country          TEXT,
	state_controlled INTEGER CHECK (state_controlled IN (0, 1)),
	UNIQUE (name, kind)
);

-- Every surface form of a speaker ("Haftar", "Marshal Khalifa Haftar"),
-- pronouns excluded. lookup is the form lowercased with its spaces collapsed
-- (the key that `quotetrail who NAME` matches); alias is the first form seen.
CREATE TABLE aliases (
	lookup    TEXT NOT NULL CHECK (lookup <> ''),
	entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	alias     TEXT NOT NULL,
	PRIMARY KEY (lookup, entity_id)
) WITHOUT ROWID;
CREATE INDEX aliases_entity ON aliases (entity_id);

-- One row per quote segment. A quotation that runs over several paragraphs,
-- or is interrupted by its attribution, has several segments with the same
-- grp: the id of its first segment, whose segment is 0.
CREATE TABLE quotes (
	id                INTEGER PRIMARY KEY,
	document_id       INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	grp               INTEGER NOT NULL REFERENCES quotes (id) DEFERRABLE INITIALLY DEFERRED,
	segment           INTEGER NOT NULL CHECK (segment >= 0),
	kind              TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
	start             INTEGER NOT NULL CHECK (start >= 0),
	"end"             INTEGER NOT NULL CHECK ("end" >= start),
	text              TEXT NOT NULL,
	speaker_entity_id INTEGER REFERENCES entities (id), -- NULL: unknown speaker
	speaker_start     INTEGER,          -- the local mention ("he", "Haftar"), or NULL
	speaker_end       INTEGER CHECK (speaker_end >= speaker_start),
	speaker_text      TEXT,
	role              TEXT,             -- "Kremlin spokesman"
	cue               TEXT,             -- "said", "quoted ... as saying", ":"
	cue_start         INTEGER,
	cue_end           INTEGER CHECK (cue_end >= cue_start),
	rule              TEXT,             -- the attribution rule that chose the speaker
	confidence        REAL CHECK (confidence BETWEEN 0 AND 1),
	evidence_start    INTEGER,          -- the attribution clause the rule read
	evidence_end      INTEGER CHECK (evidence_end >= evidence_start),
	UNIQUE (grp, segment)
);
CREATE INDEX quotes_document ON quotes (document_id, start);
CREATE INDEX quotes_speaker ON quotes (speaker_entity_id);

-- The citation chain of each quote, one row per link, from the speaker out
-- to the reader:
--   position 0   the speaker, relation 'said' (entity and name NULL when the
--                speaker is unknown, so position 0 is always the speaker);
--   1..n         the relays named in the text, nearest the speaker first
--                (quoted, told, interview, according-to, carried, reported,
--                monitored);
--   then         the wire service ('wire'), unless it is the publisher;
--                the publisher ('published'; when the document names none,
--                entity NULL and name the document's external_id);
--                the platform ('distributed'), if any.
-- Haftar(0, said) > TASS(1, quoted) > Reuters(2, wire) > paper(3, published)
-- > PressReader(4, distributed).
CREATE TABLE hops (
	quote_id  INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
	position  INTEGER NOT NULL CHECK (position >= 0),
	entity_id INTEGER REFERENCES entities (id),
	name      TEXT,
	relation  TEXT NOT NULL CHECK (relation IN ('said', 'quoted', 'told', 'interview', 'according-to', 'carried', 'reported', 'monitored', 'wire', 'published', 'distributed')),
	PRIMARY KEY (quote_id, position),
	CHECK ((position = 0) = (relation = 'said'))
) WITHOUT ROWID;
CREATE INDEX hops_entity ON hops (entity_id);

-- The relays of each quote: the hops between the speaker and the article's
-- own wire, publisher and platform.
CREATE VIEW relay_hops AS
SELECT * FROM hops
WHERE relation NOT IN ('said', 'wire', 'published', 'distributed');

-- Who said what, and through whom: one row per quote segment.
-- SELECT speaker, quote, relays FROM who_said_what WHERE relays IS NOT NULL;
CREATE VIEW who_said_what AS
SELECT q.id          AS quote_id,
       e.id          AS speaker_id,
       e.name        AS speaker,      -- NULL: unknown speaker
       e.kind        AS speaker_kind,
       q.text        AS quote,
       q.kind        AS kind,
       q.cue         AS cue,
       (SELECT group_concat(r.name, ' > ' ORDER BY r.position)
          FROM relay_hops r WHERE r.quote_id = q.id) AS relays, -- NULL: none
       d.external_id AS document
FROM quotes q
JOIN documents d ON d.id = q.document_id
LEFT JOIN entities e ON e.id = q.speaker_entity_id;

-- Secondary citations: quotes the article did not get first-hand, whose
-- chain has a relay between the speaker and the publisher. A relay that is
-- the article's own wire or publisher ("told Reuters" in a Reuters story) is
-- a first-hand source, not a secondary one.
-- SELECT relays, count(*) FROM secondary_citations GROUP BY relays ORDER BY 2 DESC;
CREATE VIEW secondary_citations AS
SELECT * FROM who_said_what w
WHERE EXISTS (
	SELECT 1 FROM relay_hops r
	WHERE r.quote_id = w.quote_id
	  AND NOT EXISTS (
		SELECT 1 FROM hops o
		WHERE o.quote_id = r.quote_id AND o.relation IN ('wire', 'published')
		  AND o.entity_id = r.entity_id));
