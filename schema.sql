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

-- migration 2

-- Views named after the questions people ask, and the indexes that keep
-- them fast on a large database. `quotetrail report` runs the same queries
-- with filters (--since, --outlet, --speaker).

-- norm is the quote's text folded for comparison across articles: ASCII
-- letters lower-cased, apostrophes dropped ("Haftar's" and "Haftar’s" are
-- one word), other punctuation and white space made single spaces (runs of
-- up to 64), the ends trimmed. Two quotes with the same norm are the same quote; near-duplicate
-- matching (a word changed or dropped) needs clustering, which comes later.
ALTER TABLE quotes ADD COLUMN norm TEXT GENERATED ALWAYS AS (trim(
	replace(replace(replace(replace(replace(replace(
	replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
	replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
	replace(replace(replace(
		lower(text),
		'''', ''), '’', ''), '‘', ''),
		'"', ' '), '“', ' '), '”', ' '), '.', ' '), ',', ' '), ';', ' '), ':', ' '), '!', ' '), '?', ' '), '(', ' '),
		')', ' '), '-', ' '), '–', ' '), '—', ' '), '…', ' '), '/', ' '), char(9), ' '), char(10), ' '), char(13), ' '),
		char(160), ' '),
		-- six halvings fold any run of up to 64 spaces into one
		'  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '))) VIRTUAL;
CREATE INDEX quotes_norm ON quotes (norm, document_id);

-- The relay hops alone, for relay_hops and the views built on it.
CREATE INDEX hops_relays ON hops (entity_id, quote_id)
WHERE relation NOT IN ('said', 'wire', 'published', 'distributed');

-- Filters by date and outlet.
CREATE INDEX documents_published ON documents (published);

-- who_said_what gains the document's id, title, outlet and date, whether it
-- is the latest revision, and the speaker's role. Its first nine columns are
-- those of migration 1.
DROP VIEW secondary_citations;
DROP VIEW who_said_what;

-- The latest revision of each document: the one stored last under its
-- external_id. The views that count (speaker_summary, relay_summary,
-- quote_occurrences) count the quotes of the latest revisions only, as
-- `quotetrail who` does; the views that list quotes list them all, with a
-- column latest.
-- SELECT count(*) FROM documents WHERE id NOT IN (SELECT id FROM latest_documents);
CREATE VIEW latest_documents AS
SELECT max(id) AS id, external_id FROM documents GROUP BY external_id;

-- Who said what, and through whom: one row per quote segment.
--   outlet  the outlet that printed the article: its publisher, else its
--           wire, else its platform (NULL when none is known);
--   date    the day it was published, YYYY-MM-DD when documents.published
--           is ISO 8601, else documents.published as given;
--   latest  1 if the document is the latest revision of its external_id
--           (see latest_documents), else 0.
-- SELECT date, speaker, quote, relays FROM who_said_what WHERE outlet = 'Reuters' AND latest ORDER BY date;
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
       d.external_id AS document,
       d.id          AS document_id,
       d.title       AS title,
       coalesce(d.publisher, d.wire, d.platform) AS outlet,
       CASE WHEN d.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
            THEN substr(d.published, 1, 10) ELSE d.published END AS date,
       q.role        AS role,
       q.grp         AS grp,
       q.segment     AS segment,
       d.id IN (SELECT id FROM latest_documents) AS latest
FROM quotes q
JOIN documents d ON d.id = q.document_id
LEFT JOIN entities e ON e.id = q.speaker_entity_id;

-- Secondary citations, as in migration 1, with the new columns.
-- SELECT relays, count(*) FROM secondary_citations GROUP BY relays ORDER BY 2 DESC;
CREATE VIEW secondary_citations AS
SELECT * FROM who_said_what w
WHERE w.quote_id IN (
	SELECT r.quote_id FROM relay_hops r
	WHERE NOT EXISTS (
		SELECT 1 FROM hops o
		WHERE o.quote_id = r.quote_id AND o.relation IN ('wire', 'published')
		  AND o.entity_id = r.entity_id));

-- Each speaker: quotes (segments), articles, outlets, how many quotes are
-- direct and how many reached the page through a relay (secondary), and the
-- first and last dates.
-- SELECT speaker, quotes, secondary FROM speaker_summary ORDER BY quotes DESC LIMIT 10;
CREATE VIEW speaker_summary AS
SELECT w.speaker_id, w.speaker, w.speaker_kind,
       count(*)                   AS quotes,
       count(DISTINCT w.document_id) AS documents,
       count(DISTINCT w.outlet)   AS outlets,
       sum(w.kind = 'direct')     AS direct,
       sum(w.quote_id IN (SELECT quote_id FROM secondary_citations)) AS secondary,
       min(w.date)                AS first,
       max(w.date)                AS last
FROM who_said_what w
WHERE w.speaker_id IS NOT NULL AND w.latest
GROUP BY w.speaker_id;

-- Each relay (an agency, a paper, a broadcaster that passed quotes on):
-- the quotes it carried, the quotes that depend on it (it is not the
-- article's own wire or publisher, so the article did not get them
-- first-hand), the speakers and articles, the relations, and the first and
-- last dates. Whether a relay is state-controlled is in the gazetteer of
-- package attribution: `quotetrail report relays` adds it.
-- SELECT relay, dependent, speakers FROM relay_summary ORDER BY dependent DESC LIMIT 10;
CREATE VIEW relay_summary AS
SELECT r.entity_id AS relay_id,
       coalesce(e.name, r.name) AS relay,
       e.kind AS relay_kind,
       count(DISTINCT r.quote_id) AS quotes,
       count(DISTINCT CASE WHEN NOT EXISTS (
		SELECT 1 FROM hops o
		WHERE o.quote_id = r.quote_id AND o.relation IN ('wire', 'published')
		  AND o.entity_id = r.entity_id) THEN r.quote_id END) AS dependent,
       count(DISTINCT w.speaker_id) AS speakers,
       count(DISTINCT w.document_id) AS documents,
       group_concat(DISTINCT r.relation) AS relations,
       min(w.date) AS first,
       max(w.date) AS last
FROM relay_hops r
JOIN who_said_what w ON w.quote_id = r.quote_id
LEFT JOIN entities e ON e.id = r.entity_id
WHERE w.latest
GROUP BY coalesce(r.entity_id, r.name);

-- Quotes with no named speaker: those of anonymous sources ("officials",
-- "diplomats", source 'anonymous') and those the attribution could not give
-- to anyone (source 'unattributed').
-- SELECT source, count(*) FROM anonymous_quotes GROUP BY source;
CREATE VIEW anonymous_quotes AS
SELECT w.*, CASE WHEN w.speaker_id IS NULL THEN 'unattributed' ELSE 'anonymous' END AS source
FROM who_said_what w
WHERE w.speaker_id IS NULL OR w.speaker_kind = 'anonymous';

-- The same quote in several articles: one row per normalised text (see
-- quotes.norm) of at least four words found in more than one document
-- (latest revisions only), with
-- a sample wording (the first stored), the number of segments and articles,
-- the speakers and the first and last dates. Shorter texts ("the company")
-- repeat by chance. Near-duplicates (a word changed) are not matched yet.
-- SELECT quote, documents, speakers FROM quote_occurrences ORDER BY documents DESC LIMIT 10;
CREATE VIEW quote_occurrences AS
WITH repeated AS (
	SELECT norm FROM quotes
	WHERE length(norm) - length(replace(norm, ' ', '')) >= 3
	  AND document_id IN (SELECT id FROM latest_documents)
	GROUP BY norm
	HAVING count(DISTINCT document_id) > 1
)
SELECT o.norm, o.first_quote_id, f.text AS quote, o.occurrences, o.documents,
       o.speakers, o.first, o.last
FROM (SELECT r.norm,
             min(w.quote_id) AS first_quote_id,
             count(*) AS occurrences,
             count(DISTINCT w.document_id) AS documents,
             group_concat(DISTINCT w.speaker) AS speakers, -- comma-separated
             min(w.date) AS first,
             max(w.date) AS last
      FROM repeated r
      JOIN quotes q ON q.norm = r.norm
      JOIN who_said_what w ON w.quote_id = q.id
      WHERE w.latest
      GROUP BY r.norm) o
JOIN quotes f ON f.id = o.first_quote_id;

-- migration 3

-- The organisation a speaker's role names ("Kremlin" for "Kremlin
-- spokesman"), kept with the quote's mention beside the role.
ALTER TABLE quotes ADD COLUMN organisation TEXT;
-- A document stored with the id or the URL of an earlier one, and another
-- text, is a revision of it: revision_of is the id of the first revision
-- (NULL for a first revision). The latest revision of a document is the one
-- no later revision follows.
ALTER TABLE documents ADD COLUMN revision_of INTEGER REFERENCES documents (id);
CREATE INDEX documents_url ON documents (url) WHERE url IS NOT NULL;
CREATE INDEX documents_revision_of ON documents (revision_of) WHERE revision_of IS NOT NULL;
-- An entity's key folds case, accents and punctuation (attribution.NameKey),
-- so that "Recep Tayyip Erdoğan" and "Recep Tayyip Erdogan" are one
-- entity; the name is the spelling seen first.
ALTER TABLE entities ADD COLUMN key TEXT;
CREATE INDEX entities_key ON entities (key, kind);
DROP VIEW latest_documents;
CREATE VIEW latest_documents AS
SELECT d.id, d.external_id FROM documents d
WHERE NOT EXISTS (SELECT 1 FROM documents n
                  WHERE n.revision_of = coalesce(d.revision_of, d.id) AND n.id > d.id);

-- migration 4

-- The same quote across articles. cluster_id is the id of the first quote
-- segment (the lowest id) of the quote's cluster: the segments, in the
-- latest revisions of at least two documents, that package cluster finds to
-- be one quote (the same words, trimmed, cut by an ellipsis or with a word or
-- two changed; five words at least). It is NULL for a quote found in no other
-- document. Store.Cluster sets it after each ingest, over the whole database.
ALTER TABLE quotes ADD COLUMN cluster_id INTEGER;
CREATE INDEX quotes_cluster ON quotes (cluster_id) WHERE cluster_id IS NOT NULL;

-- One row per cluster: its first appearance (the earliest documents.published,
-- as text, then the first stored; first_outlet is that document's publisher,
-- else wire, else platform), and how many segments, documents, wordings
-- (distinct norm) and speakers it has.
-- SELECT first_outlet, count(*) FROM quote_clusters GROUP BY 1 ORDER BY 2 DESC;
CREATE VIEW quote_clusters AS
WITH members AS (
	SELECT q.cluster_id, q.id AS quote_id, q.document_id, q.norm, q.speaker_entity_id,
	       coalesce(d.publisher, d.wire, d.platform) AS outlet, d.published,
	       row_number() OVER (PARTITION BY q.cluster_id
	                          ORDER BY d.published IS NULL, d.published, d.id, q.id) AS rank
	FROM quotes q JOIN documents d ON d.id = q.document_id
	WHERE q.cluster_id IS NOT NULL
)
SELECT cluster_id,
       max(CASE WHEN rank = 1 THEN quote_id END)    AS first_quote_id,
       max(CASE WHEN rank = 1 THEN document_id END) AS first_document_id,
       max(CASE WHEN rank = 1 THEN outlet END)      AS first_outlet,
       max(CASE WHEN rank = 1 THEN published END)   AS first_published,
       count(*)                          AS occurrences,
       count(DISTINCT document_id)       AS documents,
       count(DISTINCT norm)              AS variants,
       count(DISTINCT speaker_entity_id) AS speakers
FROM members
GROUP BY cluster_id;
