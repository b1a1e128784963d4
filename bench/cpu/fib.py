# fib: naive doubly recursive Fibonacci (CPython equivalent of fib.go).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = 32
    print(f"fib({n}) = {fib(n)}")


if __name__ == "__main__":
    main()
