module github.com/quotetrail/quotetrail

go 1.26.8

require (
	github.com/mattn/go-sqlite3 v1.14.53
	golang.org/x/net v0.62.0
	golang.org/x/text v0.44.0
)
