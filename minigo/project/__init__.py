"""Programs of more than one file: modules (go.mod), packages of several
files, local packages imported by module path, as the go command finds and
orders them (`go run .`, `go run a.go b.go`, `go run ./cmd/tool`, `go test`).

gomod reads go.mod; constraints decides which files of a directory build;
load turns command-line arguments into parsed packages and their import
graph (with the go command's error texts); build type-checks them in
dependency order into a Build that runner.run_build runs.
"""
