"""Write examples/notebooks/concurrency.ipynb, the short course of Go
concurrency on the minigo kernel, and (with --execute) run it with nbclient
so that it is stored with its outputs.

    python scripts/build_concurrency_notebook.py --execute

The cells follow the seed notes (/work/shared/seeds): goroutines, WaitGroup,
channels, select, Mutex, a data race and its fix, a deadlock, a pipeline's
timeline. Cells that end in an error on purpose carry the `raises-exception`
tag, so a run of the whole notebook goes on past them.

The kernel runs in --workdir (default /tmp/concurrency-course, made if
missing), not in the checkout: a race report names the cell's file by its
absolute path, as Go's does, and the stored outputs should not hold the path
of whichever checkout built them.
"""
from __future__ import annotations

import argparse
import os

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'examples', 'notebooks', 'concurrency.ipynb')
WORKDIR = '/tmp/concurrency-course'      # the kernel's working directory (see above)


def md(text):
    return new_markdown_cell(text.strip('\n'))


def go(text, cell_id, fails=False):
    c = new_code_cell(text.strip('\n'))
    c.id = cell_id
    if fails:
        c.metadata['tags'] = ['raises-exception']
    return c


CELLS = [
    md('''
# Go concurrency, one cell at a time

This notebook runs on **minigo**, a Go interpreter whose goroutines keep running between cells
(`pip install 'minigo[jupyter]'`, `minigo kernel install --user`, then pick the *Go (minigo)* kernel).
A cell works like an input at minigo's REPL: declarations and variables stay for the next cells,
packages are imported when first used, and a cell ending in an expression shows its value and its type.
`%%trace`, `%%race` and `%%explore` run a cell as a program of its own (`%lsmagic` lists the magics).
'''),
    md('''
## Goroutines

A `go` statement starts a function running concurrently: a *goroutine*. The main goroutine does not wait
for it. In a program, returning from `main` ends every goroutine still running; here the session lives on,
so `hello` gets its turn once the cell's own code is done.
'''),
    go('''
func hello() {
	fmt.Println("Hello World")
}

func goodbye() {
	fmt.Println("GoodBye World")
}

go hello()
goodbye()
''', 'goroutines'),
    md('''
## Waiting with `sync.WaitGroup`

Sleeping until the others are done is guesswork. A `WaitGroup` counts the goroutines still working:
`Add` before starting one, `Done` when it finishes (deferred, so it runs even if the goroutine panics),
`Wait` blocks until the count is back to zero.
'''),
    go('''
func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(time.Duration(id) * 10 * time.Millisecond)
	fmt.Println("worker", id, "done")
}

var wg sync.WaitGroup
for i := 1; i <= 3; i++ {
	wg.Add(1)
	go worker(i, &wg)
}
wg.Wait()
fmt.Println("all workers done")
''', 'waitgroup'),
    md('''
## Channels

*Do not communicate by sharing memory; instead, share memory by communicating.* A channel carries values
from one goroutine to another; on an unbuffered channel the sender waits for a receiver. Four goroutines
send their squares; the loop receives four values, in whatever order the goroutines got to run.
'''),
    go('''
numbers := []int{1, 2, 3, 4}
squares := make(chan int)
for _, n := range numbers {
	go func() {
		squares <- n * n
	}()
}
total := 0
for range numbers {
	total += <-squares
}
total
''', 'channels'),
    md('''
A buffered channel holds values without a receiver, up to its capacity: the cell's result is how many
are waiting in it.
'''),
    go('''
mailbox := make(chan string, 3)
mailbox <- "first"
mailbox <- "second"
len(mailbox)
'''.strip(), 'buffered'),
    md('''
## `select`: whichever is ready first

`select` waits on several channel operations and takes one that can proceed; with `time.After` it
gives up after a while.
'''),
    go('''
fast := make(chan string)
go func() {
	time.Sleep(10 * time.Millisecond)
	fast <- "fast answer"
}()
select {
case v := <-fast:
	fmt.Println(v)
case <-time.After(time.Second):
	fmt.Println("timed out")
}
''', 'select'),
    md('''
## A data race, found

Two goroutines add to `count` with no synchronisation: each reads the count and writes it back, and
nothing orders one goroutine's write before the other's read. `%%race` runs the cell as a program with
the race detector, which reports both accesses with their lines (exit status 66).
'''),
    go('''
%%race
count := 0
var wg sync.WaitGroup
for i := 0; i < 2; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		count++
	}()
}
wg.Wait()
fmt.Println(count)
''', 'race', fails=True),
    md('''
## ... and fixed with a `sync.Mutex`

Only the goroutine holding the lock touches `count`; `Unlock` happens before the next `Lock`, so the
detector has nothing to report.
'''),
    go('''
%%race
count := 0
var mu sync.Mutex
var wg sync.WaitGroup
for i := 0; i < 2; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		count++
		mu.Unlock()
	}()
}
wg.Wait()
fmt.Println(count)
''', 'mutex'),
    md('''
## A deadlock

A send on an unbuffered channel waits for a receiver. With no other goroutine to receive, nothing can
ever happen again: Go stops the program with a fatal error. Here it ends only the cell; the session goes on.
'''),
    go('''
orders := make(chan string)
orders <- "coffee"
fmt.Println("never printed")
''', 'deadlock', fails=True),
    md('''
## One program, many schedules

Which goroutine sends first depends on the scheduler. `%%explore` runs the cell under many scheduling
seeds and lists the distinct outcomes, with a seed that reproduces each.
'''),
    go('''
%%explore --runs 20
result := make(chan string)
go func() { result <- "from the first goroutine" }()
go func() { result <- "from the second goroutine" }()
fmt.Println(<-result)
''', 'explore'),
    md('''
## A pipeline's timeline

Stages connected by channels: `gen` sends numbers, `sq` squares them, the main goroutine prints.
`%%trace` runs the cell and draws its goroutine timeline: a row per goroutine, coloured by what it was
doing (running, runnable, blocked on a receive or a send), and an arrow for each value handed over a
channel. `%virtual_time on` puts it on minigo's virtual clock, so the picture is the same on every run.
'''),
    go('''
%virtual_time on
%%trace
gen := func(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}
sq := func(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}
for v := range sq(gen(1, 2, 3)) {
	fmt.Println(v)
}
''', 'pipeline'),
]


def build():
    nb = new_notebook(cells=CELLS)
    nb.metadata['kernelspec'] = {'name': 'minigo', 'display_name': 'Go (minigo)', 'language': 'go'}
    nb.metadata['language_info'] = {'name': 'go', 'file_extension': '.go', 'mimetype': 'text/x-go'}
    return nb


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--execute', action='store_true', help='run it with nbclient (kernel minigo)')
    ap.add_argument('-o', '--output', default=OUT)
    ap.add_argument('--workdir', default=WORKDIR, help='the kernel\'s working directory while it runs')
    args = ap.parse_args()
    nb = build()
    if args.execute:
        from nbclient import NotebookClient
        os.makedirs(args.workdir, exist_ok=True)
        NotebookClient(nb, kernel_name='minigo', timeout=120,
                       resources={'metadata': {'path': args.workdir}}).execute()
    nbformat.validate(nb)
    nbformat.write(nb, args.output)
    print(f'wrote {args.output}')


if __name__ == '__main__':
    main()
