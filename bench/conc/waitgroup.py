# waitgroup: start 100,000 asyncio tasks, each adding its index to a shared
# counter, and wait for all of them with a TaskGroup. CPython equivalent of
# waitgroup.go (no atomics needed: asyncio tasks switch only at await).
import asyncio


class Counter:
    def __init__(self):
        self.value = 0


async def add(counter, i):
    counter.value += i


async def main():
    n = 100000
    counter = Counter()
    async with asyncio.TaskGroup() as tg:
        for i in range(n):
            tg.create_task(add(counter, i))
    print(f"goroutines: {n}")
    print(f"counter: {counter.value}")


if __name__ == "__main__":
    asyncio.run(main())
