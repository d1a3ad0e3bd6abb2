// Quotetrail finds the quotations in news articles, attributes each to its
// speaker, and records the chain of relays by which it reached the page
// ("Haftar said, TASS quoted, Reuters wired, the paper printed").
//
// Usage:
//
//	quotetrail extract [--jobs N] [FILE|DIR ...]
//	quotetrail ingest [--db PATH] [--jobs N] [FILE|DIR ...]
//	quotetrail who [--db PATH] [NAME]
//	quotetrail sql [--db PATH] [--format table|csv|json] QUERY
//	quotetrail eval [--kind direct|indirect|mixed|all] [--json] GOLD.jsonl
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
//   - any other file is one plain-text article, whose id is its path;
//   - a directory is read recursively for *.txt and *.jsonl files, in
//     lexical order;
//   - "-", or no argument at all, is the standard input: JSON Lines if it
//     starts with '{', otherwise one plain-text article with the id "-".
//
// A bad input (a file that does not exist, is binary, empty or not UTF-8, a
// line that is not a JSON object with an id and a text) is reported on the
// standard error as "FILE:LINE: message", and the other inputs are still
// processed; the command then exits with status 1.
//
// # extract
//
// extract prints, for each document and in input order, one line of JSON:
// the document's quotes in the interchange format that
// ../shared/eval/score.py reads (byte offsets, kind, speaker, cue, via; see
// the README). --jobs sets how many documents are processed at once (default:
// the number of CPUs).
//
// # ingest
//
// ingest extracts the documents and stores them, their quotes and the quotes'
// citation chains in an SQLite database: --db, or $QUOTETRAIL_DB, or
// ./quotetrail.db, created if needed. A document whose text is already stored
// is skipped, so ingesting the same files again changes nothing. Each
// document is stored whole or not at all; a bad document never touches the
// database. A summary goes to the standard error:
//
//	ingested 3 documents (1 already known), 12 quotes, 0 errors
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
// objects. The views who_said_what and secondary_citations are a good start:
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
// # Exit status
//
// 0 on success and for help, 2 for a usage error, 1 for any other failure,
// including bad inputs.
package main
