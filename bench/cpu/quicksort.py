# quicksort: sort 300,000 pseudo-random ints in place with a recursive
# Hoare-partition quicksort and print a checksum (CPython equivalent of
# quicksort.go; the point is the hand-written sort, not list.sort()).


def quicksort(a, lo, hi):
    if lo >= hi:
        return
    pivot = a[(lo + hi) // 2]
    i, j = lo, hi
    while i <= j:
        while a[i] < pivot:
            i += 1
        while a[j] > pivot:
            j -= 1
        if i <= j:
            a[i], a[j] = a[j], a[i]
            i += 1
            j -= 1
    quicksort(a, lo, j)
    quicksort(a, i, hi)


def main():
    n = 300000
    # Park-Miller "minimal standard" generator.
    seed = 12345
    a = []
    for _ in range(n):
        seed = seed * 48271 % 2147483647
        a.append(seed % 1000000)

    quicksort(a, 0, len(a) - 1)

    is_sorted = all(x <= y for x, y in zip(a, a[1:]))
    checksum = 0
    for x in a:
        checksum = (checksum * 31 + x) % 1000000007
    print(f"n: {n} sorted: {str(is_sorted).lower()}")
    print(f"min: {a[0]} median: {a[n // 2]} max: {a[-1]}")
    print(f"checksum: {checksum}")


if __name__ == "__main__":
    main()
