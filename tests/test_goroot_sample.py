"""Every file of a fixed sample of the real Go toolchain's sources parses.
(scripts/parse_goroot.py runs the same check over all of GOROOT/src.)"""
import glob
import os

import pytest

from minigo.errors import ErrorList, Source
from minigo.syntax.parser import parse_source
from minigo.syntax import ast as A

SAMPLE = sorted(glob.glob(os.path.join(os.path.dirname(__file__), 'goroot_sample', '*.go')))


def test_sample_is_there():
    assert len(SAMPLE) >= 30


@pytest.mark.parametrize('path', SAMPLE, ids=[os.path.basename(p) for p in SAMPLE])
def test_parses(path):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    try:
        tree = parse_source(Source(path, text))
    except ErrorList as el:
        pytest.fail('\n'.join(el.lines()))
    assert isinstance(tree, A.File)
    # every top-level func in the file is in the tree
    assert sum(isinstance(d, A.FuncDecl) for d in tree.decls) == text.count('\nfunc ')
