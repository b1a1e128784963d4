"""Package maps, in Python (generic factories, as in slices.py).

A Go map is a dict whose keys go through the key type's codec when they are
not hashable as Go compares them (structs, interfaces...): `kin` encodes a Go
key for the dict, `kout` decodes it. Iteration starts at a random entry, as
`range` over a map does in minigo, so programs cannot depend on an order.
"""
from __future__ import annotations

from ..runtime import sched
from ..runtime.panic import nil_map_write

GO_DECLS = '''
package maps

import "iter"

func All[Map ~map[K]V, K comparable, V any](m Map) iter.Seq2[K, V]
func Keys[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[K]
func Values[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[V]
func Insert[Map ~map[K]V, K comparable, V any](m Map, seq iter.Seq2[K, V])
func Collect[K comparable, V any](seq iter.Seq2[K, V]) map[K]V
func Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool
func EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool
func Clone[M ~map[K]V, K comparable, V any](m M) M
func Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2)
func DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool)
'''


def _generic(fn):
    fn.generic_factory = True
    return fn


def _codec(K):
    if K.hash_direct:
        return None, None
    return K.kin, K.kout


def _cp(V):
    return V.copy if V.aggregate else None


def _keys(m):
    """The dict's keys, starting at a random one."""
    keys = list(m)
    n = len(keys)
    if n > 1:
        r = sched.rng().randrange(n)
        keys = keys[r:] + keys[:r]
    return keys


def _entries(m, kout, cp):
    """(Go key, Go value) pairs, skipping entries deleted meanwhile."""
    for k in _keys(m):
        if k not in m:
            continue
        v = m[k]
        yield (kout(k) if kout is not None else k), (cp(v) if cp is not None else v)


@_generic
def All(M, K, V):
    kin, kout = _codec(K)
    cp = _cp(V)

    def all_(m):
        def seq(yield_):
            if not m:
                return
            for k, v in _entries(m, kout, cp):
                if not yield_(k, v):
                    return
        return seq
    return all_


@_generic
def Keys(M, K, V):
    kin, kout = _codec(K)

    def keys(m):
        def seq(yield_):
            if not m:
                return
            for k in _keys(m):
                if k not in m:
                    continue
                if not yield_(kout(k) if kout is not None else k):
                    return
        return seq
    return keys


@_generic
def Values(M, K, V):
    cp = _cp(V)

    def values(m):
        def seq(yield_):
            if not m:
                return
            for k, v in _entries(m, None, cp):
                if not yield_(v):
                    return
        return seq
    return values


def _inserter(K, V):
    kin, kout = _codec(K)
    cp = _cp(V)

    def insert(m, seq):
        def yield_(k, v):
            if m is None:
                raise nil_map_write()
            m[kin(k) if kin is not None else k] = cp(v) if cp is not None else v
            return True
        seq(yield_)
    return insert


@_generic
def Insert(M, K, V):
    return _inserter(K, V)


@_generic
def Collect(K, V):
    insert = _inserter(K, V)

    def collect(seq):
        m = {}
        insert(m, seq)
        return m
    return collect


@_generic
def Equal(M1, M2, K, V):
    eq = V.eq

    def equal(m1, m2):
        n1 = len(m1) if m1 else 0
        n2 = len(m2) if m2 else 0
        if n1 != n2:
            return False
        if n1 == 0:
            return True
        for k, v1 in m1.items():
            if k not in m2 or not eq(v1, m2[k]):
                return False
        return True
    return equal


@_generic
def EqualFunc(M1, M2, K, V1, V2):
    kin, kout = _codec(K)
    cp1 = _cp(V1)
    cp2 = _cp(V2)

    def equal(m1, m2, eq):
        n1 = len(m1) if m1 else 0
        n2 = len(m2) if m2 else 0
        if n1 != n2:
            return False
        if n1 == 0:
            return True
        for k in _keys(m1):
            if k not in m1:
                continue
            if k not in m2:
                return False
            v1 = m1[k]
            v2 = m2[k]
            if not eq(cp1(v1) if cp1 is not None else v1, cp2(v2) if cp2 is not None else v2):
                return False
        return True
    return equal


@_generic
def Clone(M, K, V):
    cp = _cp(V)

    def clone(m):
        if m is None:
            return None
        if cp is None:
            return dict(m)
        return {k: cp(v) for k, v in m.items()}
    return clone


@_generic
def Copy(M1, M2, K, V):
    cp = _cp(V)

    def copy(dst, src):
        if not src:
            return
        if dst is None:
            raise nil_map_write()
        if cp is None:
            dst.update(src)
        else:
            for k, v in src.items():
                dst[k] = cp(v)
    return copy


@_generic
def DeleteFunc(M, K, V):
    kin, kout = _codec(K)
    cp = _cp(V)

    def delete_func(m, dele):
        if not m:
            return
        for k in _keys(m):
            if k not in m:
                continue
            v = m[k]
            if dele(kout(k) if kout is not None else k, cp(v) if cp is not None else v):
                del m[k]
    return delete_func
