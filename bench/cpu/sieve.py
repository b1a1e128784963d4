# sieve: sieve of Eratosthenes over a list of bools (CPython equivalent of
# sieve.go). The inner loop is an explicit loop, like the Go program; a
# slice assignment (composite[i*i::i] = ...) would move it into C.


def main():
    n = 4000000
    composite = [False] * (n + 1)
    i = 2
    while i * i <= n:
        if not composite[i]:
            for j in range(i * i, n + 1, i):
                composite[j] = True
        i += 1
    count = total = last = 0
    for i in range(2, n + 1):
        if not composite[i]:
            count += 1
            total += i
            last = i
    print(f"primes below {n}: {count}")
    print(f"sum: {total}")
    print(f"largest: {last}")


if __name__ == "__main__":
    main()
