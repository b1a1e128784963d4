#!/usr/bin/env bash
# The REPL as a person uses it: in a real terminal (tmux), type a small
# worker-pool session key by key, then read the screen and check it.
#   scripts/repl_tmux.sh            (needs tmux; exits 0 when the screen is right)
set -euo pipefail
cd "$(dirname "$0")/.."
S=minigo-repl-check
tmux kill-session -t $S 2>/dev/null || true
tmux new-session -d -s $S -x 110 -y 40 "python -m minigo repl --no-history; sleep 5"
trap 'tmux kill-session -t $S 2>/dev/null || true' EXIT
sleep 1.5
type_line() { tmux send-keys -t $S -l "$1"; tmux send-keys -t $S Enter; sleep 0.4; }

type_line 'jobs := make(chan int, 10)'
type_line 'results := make(chan int, 10)'
type_line 'func worker(id int) {'
type_line 'for j := range jobs {'
type_line 'results <- j * j'
type_line '}'
type_line '}'
type_line 'for w := 1; w <= 3; w++ { go worker(w) }'
type_line 'for i := 1; i <= 5; i++ { jobs <- i }'
type_line 'close(jobs)'
type_line 'sum := 0'
type_line 'for i := 0; i < 5; i++ { sum += <-results }'
type_line 'sum'
# a goroutine prints while the prompt waits for input
type_line 'go func() { time.Sleep(300 * time.Millisecond); fmt.Println("background says hi") }()'
sleep 1
tmux send-keys -t $S -l 'fmt.Printl'; tmux send-keys -t $S Tab; sleep 0.5
tmux send-keys -t $S -l '("done")'; tmux send-keys -t $S Enter; sleep 0.5
type_line ':goroutines'
# a goroutine spinning in the background does not take the prompt away
type_line 'go func() { for {} }()'
type_line '6 * 7'
type_line 'for {}'
sleep 0.5; tmux send-keys -t $S C-c; sleep 0.5
type_line ':stop'
screen=$(tmux capture-pane -t $S -p)
echo "$screen"
fail=0
check() { grep -qF -- "$1" <<<"$screen" || { echo "MISSING on screen: $1"; fail=1; }; }
check 'go> func worker(id int) {'
check '...     for j := range jobs {'
check '55'
check 'background says hi'
check 'fmt.Println("done")'
check 'done'
check 'goroutine'
check '42 // int'
check 'interrupted'
check 'stopped goroutines'
tmux send-keys -t $S C-d
exit $fail
