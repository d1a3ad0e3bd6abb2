// Quotetrail finds the quotations in news articles, attributes each to its
// speaker, and records the chain of relays by which it reached the page
// ("Haftar said, TASS quoted, Reuters wired, the paper printed").
//
// Usage:
//
//	quotetrail extract [--jobs N] [--max-doc-size SIZE] [--aliases FILE] [FILE|DIR ...]
//	quotetrail ingest [--db PATH] [--jobs N] [--max-doc-size SIZE] [--aliases FILE] [--cluster=false] [FILE|DIR ...]
//	quotetrail who [--db PATH] [NAME]
//	quotetrail sql [--db PATH] [--format table|csv|json] QUERY
//	quotetrail eval [--kind direct|indirect|mixed|all] [--json] GOLD.jsonl
//	quotetrail report [NAME] [--db PATH] [--format table|csv|json|markdown] [--since DATE] [--outlet X] [--speaker X] [--limit N]
//	quotetrail export [--db PATH] [--format jsonl|csv] [--since DATE] [--outlet X] [--speaker X]
//	quotetrail serve [--db PATH] [--addr 127.0.0.1:8080]
//	quotetrail help [COMMAND]
//
// # Input
//
// extract and ingest read documents from files, directories and the
// standard input:
//
//   - a file named *.jsonl holds one document per line, a JSON object with a
//     string "id" and a "text"; "title", "url", "publisher" and "published"
//     are kept as metadata and other fields are ignored;
//   - a file named *.html or *.htm is a web page: the document is its
//     article body, without navigation, menus, share widgets and other
//     boilerplate (package htmldoc), and its title, URL, publisher and date
//     come from the <meta> tags (og:title, og:url or the canonical link,
//     og:site_name, article:published_time);
//   - any other file is one plain-text article, whose id is its path;
//   - a name ending in .gz is one of these, gzip-compressed;
//   - a directory is read recursively for *.txt, *.jsonl, *.html and *.htm
//     files, compressed or not, in lexical order;
//   - "-", or no argument at all, is the standard input: decompressed if it
//     is gzip, then JSON Lines if it starts with '{', HTML if it starts with
//     <!DOCTYPE html> or <html>, otherwise one plain-text article with the
//     id "-".
//
// Bad input never stops a run. Invalid UTF-8 is replaced by U+FFFD and the
// document named on the standard error ("x.txt: invalid UTF-8 replaced by
// U+FFFD (3 bytes)"). A binary file, a document larger than --max-doc-size
// (default 16M; a file, decompressed, or a JSON Lines record), an empty file,
// a file that does not exist and a line that is not a JSON object with an id
// and a text are skipped and reported as "FILE:LINE: message"; the other
// inputs are still processed, and the command then exits with status 1.
// --jobs sets how many documents are extracted at once (default: the number
// of CPUs).
//
// # Names
//
// A speaker is stored under the fullest form of the name the article uses
// (Khalifa Haftar for "Haftar"), and spellings of one name across articles
// are merged by the built-in aliases file (attribution/data/aliases.tsv:
// Sergey and Sergei Lavrov, Zelensky and Zelenskiy). --aliases FILE lays a
// file of the same format over it: each line is a canonical name, a tab,
// and its other spellings separated by "|". A line that maps a spelling to
// itself ("Lavrov", a tab, "Lavrov") undoes a built-in merge.
//
// # extract
//
// extract prints, for each document and in input order, one line of JSON:
// the document's quotes in the interchange format that
// ../shared/eval/score.py reads (byte offsets, kind, speaker, cue, via; see
// the README).
//
// # ingest
//
// ingest extracts the documents and stores them, their quotes and the quotes'
// citation chains in an SQLite database: --db, or $QUOTETRAIL_DB, or
// ./quotetrail.db, created if needed. The documents flow from the reader
// through the extraction workers to one writer, which commits them 500 at a
// time; memory stays flat whatever the size of the input.
//
// A document whose text is already stored is recognised before extraction
// and skipped, so ingesting the same files again changes nothing. A new text
// under the id or the URL of a stored document is stored as a new revision; who counts
// the latest revision of each document. Each document is stored whole or not
// at all: an ingest interrupted by Ctrl-C commits what it has done, one
// killed outright loses its open batch, the database stays consistent either
// way, and the same command run again completes the work.
//
// On a terminal, a progress line on the standard error shows the documents,
// the megabytes read, documents per second, quotes, and the time left when
// the size of the input is known. A summary always ends the run:
//
//	ingested 5 documents (3 new, 1 revised, 1 already known), 12 quotes
//	skipped 1 input: 1 binary
//	repaired invalid UTF-8 in 1 document (1 byte replaced by U+FFFD)
//
// # who
//
// who without NAME lists the speakers with their number of quotes, most
// quoted first. who NAME lists the quotes of the speaker known by NAME, its
// full name or any name the articles called it by ("haftar"), case-insensitive,
// with the cue, the relays that passed the quote on ("via TASS") and the
// document.
//
// # sql
//
// sql runs one SQL statement on the database, opened read-only, and prints
// the result as an aligned table (the default), as CSV, or as a JSON array of
// objects. The views who_said_what, speaker_summary, relay_summary,
// secondary_citations, anonymous_quotes and quote_occurrences (see the
// README) are a good start:
//
//	quotetrail sql 'SELECT speaker, quote, relays FROM secondary_citations'
//
// # eval
//
// eval runs extraction on the texts of an annotated JSON Lines file (the
// format of ../shared/eval/README.md) and prints the figures that
// ../shared/eval/score.py prints for the output of extract: exact and
// overlap precision, recall and F1, speaker accuracy, end-to-end F1 and
// per-kind recall. --kind filters the quotes scored; --json prints the
// figures as score.py --json does.
//
// # report
//
// report without NAME lists the named reports and the question each
// answers. report NAME runs one on the database, opened read-only:
//
//   - speakers: who is quoted, how often, in how many articles and outlets,
//     how much of it second-hand, first and last date;
//   - quotes-by: one speaker's quotes over time, with cue and relays (the
//     speaker is --speaker NAME, or the words after quotes-by);
//   - relays: each relay with the quotes that depend on it (the article did
//     not get them first-hand) and whether a state controls it, from the
//     gazetteer of package attribution;
//   - secondary-only: the quotes that reached the page through a relay;
//   - anonymous: the quotes of anonymous sources and those with no speaker;
//   - repeated: the quotes found in several articles, word for word or
//     nearly (trimmed, cut or with a word changed: the clusters that ingest
//     computes), with the outlet that printed each first;
//   - drift: the quotes worded differently in different articles, one row
//     per wording, with its speakers and the outlet that printed it first;
//   - outlets: who quotes whom, each outlet's 20 most quoted speakers.
//
// --since keeps the articles published on or after a date (YYYY, YYYY-MM or
// YYYY-MM-DD), --outlet those an outlet printed (its publisher, else its
// wire, else its platform; case-insensitive), --speaker the quotes of one
// speaker, known by any of its names. Only the latest revision of each
// document counts, unless --all-revisions. --format is table (the default)
// or markdown, which leave out the database ids (the columns ending in
// _id), or csv or json, which keep them. --limit caps the rows. An empty
// database is said so on the standard error.
//
// # audit
//
// audit prints what a reader should check before trusting the quotes, in
// sections: the secondary-only quotes, each with its speaker and relays
// ("Khalifa Haftar via TASS"); the relays ranked by the quotes that depend
// on them, with state control and country; the anonymous and unattributed
// quotes, counted, with examples; the same quote attributed to different
// speakers in different articles (but formulas that each speaker said of
// itself in an article about itself, "it is raising its prime rate",
// counted and left out); and the quotes whose wording drifts
// between articles, each wording with its outlet and date, and the outlet
// that carried the quote first. The last two read the clusters that ingest
// computes (quotes.cluster_id). --format is table (the default), csv (one
// block a section, the first column the section's name) or json; --limit
// caps the rows of each section (20 by default; 0: all).
//
// # export
//
// export writes every quote with its speaker, its article and its full
// citation chain, in stored order: --format jsonl (the default) writes one
// JSON object a line (the fields of quotetrail.QuoteRecord: text, kind,
// offsets, speaker and mention, cue, rule, confidence, document, relays,
// and chain, an array of {position, name, kind, relation}); --format csv
// writes one row a quote, the chain as "Khalifa Haftar (said) > TASS
// (quoted) > ...". It takes the filters of report.
//
// # serve
//
// serve runs a local web view of the database, opened read-only, on --addr
// (127.0.0.1:8080 by default; port 0 picks a free one), until interrupted:
// search the quotes, open a speaker's page (quotes over time, relays,
// outlets), open an article with its quotes highlighted and their chains,
// run the reports, and browse the audit of second-hand, anonymous and
// unattributed quotes and of the relays. On a loopback address it answers
// only requests addressed to a loopback name; on any other it warns that
// anyone who can reach it can read the database.
//
// # Exit status
//
// 0 on success and for help, 2 for a usage error, 1 for any other failure,
// including bad inputs.
package main
