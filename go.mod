module github.com/quotetrail/quotetrail

go 1.26.8

require (
	github.com/dlclark/regexp2/v2 v2.13.0 // indirect
	github.com/mattn/go-sqlite3 v1.14.53 // indirect
	golang.org/x/text v0.44.0
)
