# primes: the concurrent prime sieve as a daisy chain of asyncio filter
# tasks, one per prime found, connected by one-slot queues, run until it
# has produced the first 1,000 primes. CPython equivalent of primes.go.
import asyncio
import itertools


async def generate(out):
    """Send 2, 3, 4, ... to out."""
    for i in itertools.count(2):
        await out.put(i)


async def filter_multiples(inq, out, prime):
    """Copy the values from inq to out, dropping those divisible by prime."""
    while True:
        i = await inq.get()
        if i % prime:
            await out.put(i)


async def main():
    n = 1000
    ch = asyncio.Queue(maxsize=1)
    tasks = [asyncio.create_task(generate(ch))]
    total = prime = 0
    for _ in range(n):
        prime = await ch.get()
        total += prime
        ch1 = asyncio.Queue(maxsize=1)
        tasks.append(asyncio.create_task(filter_multiples(ch, ch1, prime)))
        ch = ch1
    print(f"prime {n}: {prime}")
    print(f"sum of the first {n} primes: {total}")
    for t in tasks:  # like the end of a Go program: stop the chain
        t.cancel()


if __name__ == "__main__":
    asyncio.run(main())
