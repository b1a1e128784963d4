# spectralnorm: the Computer Language Benchmarks Game spectral-norm program
# (CPython equivalent of spectralnorm.go). Sums are accumulated left to
# right with plain float additions, as in Go, so the result agrees to the
# last digit. (The builtin sum() is avoided on purpose: from Python 3.12 it
# uses compensated summation for floats and would round differently.)
from math import sqrt


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(u):
    """Return A u."""
    v = []
    for i in range(len(u)):
        a = 0.0
        for j, u_j in enumerate(u):
            a += eval_a(i, j) * u_j
        v.append(a)
    return v


def times_transp(u):
    """Return A' u."""
    v = []
    for i in range(len(u)):
        a = 0.0
        for j, u_j in enumerate(u):
            a += eval_a(j, i) * u_j
        v.append(a)
    return v


def a_times_transp(u):
    """Return A' A u."""
    return times_transp(times(u))


def main():
    n = 200
    u = [1.0] * n
    for _ in range(10):
        v = a_times_transp(u)
        u = a_times_transp(v)
    v_bv = vv = 0.0
    for u_i, v_i in zip(u, v):
        v_bv += u_i * v_i
        vv += v_i * v_i
    print(f"{sqrt(v_bv / vv):0.9f}")


if __name__ == "__main__":
    main()
