"""`minigo run --sandbox`: files only below a private directory (the working
directory, removed afterwards), refusals as the *PathError a Go program
without permission gets, the environment the run's own, and memory and
time limits. Each test runs the command line in a process of its own (the
memory limit is the process's)."""
from __future__ import annotations

import os
import textwrap

from conftest import run_minigo


def _run(tmp_path, src, *flags):
    prog = tmp_path / 'prog.go'
    prog.write_text(textwrap.dedent(src))
    return run_minigo(['run', '--sandbox', *flags, str(prog)], text=True, timeout=120)


FILES = '''\
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	_, err := os.Open("/etc/passwd")
	fmt.Println(err)
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), errors.Is(err, fs.ErrPermission), os.IsPermission(err))
	_, err = os.ReadFile("../../etc/hostname")
	fmt.Println(err)
	fmt.Println(os.WriteFile(os.Getenv("OUTSIDE"), []byte("x"), 0o644) != nil)
	fmt.Println(os.WriteFile("notes.txt", []byte("mine\\n"), 0o644))
	b, err := os.ReadFile("notes.txt")
	fmt.Printf("%q %v\\n", b, err)
	fmt.Println(os.Symlink("/etc/passwd", "link"))
	_, err = os.ReadFile("link")
	fmt.Println(err)
	fmt.Println(os.Remove("link"))
	fmt.Println(os.Chdir("/"))
	fmt.Println(os.Mkdir("sub", 0o755), os.Chdir("sub"))
	_, err = os.Stat("../notes.txt")
	fmt.Println(err)
	_, err = os.Stat("../../../..")
	fmt.Println(err)
	fmt.Println(os.Rename("../notes.txt", "/tmp/stolen-by-sandbox"))
	wd, _ := os.Getwd()
	home, _ := os.UserHomeDir()
	d, err := os.MkdirTemp("", "x")
	fmt.Println(err, len(d) > len(home), home+"/sub" == wd, os.TempDir() == home)
	fmt.Println(home)
}
'''

FILES_OUT = '''\
open /etc/passwd: permission denied
true true true
open ../../etc/hostname: permission denied
true
<nil>
"mine\\n" <nil>
<nil>
open link: permission denied
<nil>
chdir /: permission denied
<nil> <nil>
<nil>
stat ../../../..: permission denied
rename ../notes.txt /tmp/stolen-by-sandbox: permission denied
<nil> true true true
'''


def test_files_only_in_the_private_directory(tmp_path):
    outside = tmp_path / 'outside.txt'
    prog = tmp_path / 'prog.go'
    prog.write_text(FILES)
    env = dict(os.environ, OUTSIDE=str(outside))
    r = run_minigo(['run', '--sandbox', str(prog)], text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    out, home = r.stdout.rsplit('\n', 2)[0] + '\n', r.stdout.rsplit('\n', 2)[1]
    assert out == FILES_OUT
    assert not outside.exists()
    assert not os.path.exists(home), 'the private directory is removed after the run'
    assert os.path.basename(home).startswith('minigo-sandbox-')


def test_the_environment_stays_the_runs(tmp_path):
    r = _run(tmp_path, '''\
        package main

        import (
        	"fmt"
        	"os"
        )

        func main() {
        	fmt.Println(os.Setenv("HOME", "/"), os.Getenv("HOME"), os.Getenv("PATH") != "")
        }
        ''')
    assert (r.returncode, r.stdout, r.stderr) == (0, '<nil> / true\n', '')


def test_memory_limit_is_gos_out_of_memory(tmp_path):
    r = _run(tmp_path, '''\
        package main

        import "fmt"

        func main() {
        	fmt.Println("allocating")
        	var keep [][]int
        	for {
        		keep = append(keep, make([]int, 1<<20))
        	}
        }
        ''', '--sandbox-memory', '128')
    assert r.returncode == 2
    assert r.stdout == 'allocating\n'
    assert r.stderr.startswith('fatal error: runtime: out of memory\n')


def test_time_limit_kills_the_program(tmp_path):
    r = _run(tmp_path, '''\
        package main

        import "fmt"

        func main() {
        	fmt.Println("start")
        	for {
        	}
        }
        ''', '--sandbox-time', '1')
    assert (r.returncode, r.stdout, r.stderr) == (137, 'start\n', 'signal: killed\n')


def test_without_sandbox_nothing_changes(tmp_path):
    prog = tmp_path / 'prog.go'
    prog.write_text('package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n'
                    '\t_, err := os.Stat("/")\n\tfmt.Println(err)\n}\n')
    r = run_minigo(['run', str(prog)], text=True, timeout=120)
    assert (r.returncode, r.stdout) == (0, '<nil>\n')
