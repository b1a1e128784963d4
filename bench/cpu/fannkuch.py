# fannkuch: the Computer Language Benchmarks Game fannkuch-redux program
# (CPython equivalent of fannkuch.go): same permutation order, with the
# prefix reversal and rotation written as list slice assignments.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = checksum = perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[: k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips

        # Next permutation, in the order the benchmark prescribes.
        while True:
            if r == n:
                return checksum, max_flips
            perm1[: r + 1] = perm1[1 : r + 1] + perm1[:1]
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main():
    n = 9
    checksum, max_flips = fannkuch(n)
    print(f"{checksum}\nPfannkuchen({n}) = {max_flips}")


if __name__ == "__main__":
    main()
