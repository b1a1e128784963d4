# mutex: 4 asyncio tasks each increment a shared counter 100,000 times
# under an asyncio.Lock. CPython equivalent of mutex.go.
import asyncio


class Counter:
    def __init__(self):
        self.lock = asyncio.Lock()
        self.n = 0

    async def inc(self):
        async with self.lock:
            self.n += 1


async def main():
    workers = 4
    per_worker = 100000
    c = Counter()

    async def run():
        for _ in range(per_worker):
            await c.inc()

    await asyncio.gather(*(run() for _ in range(workers)))
    print(f"goroutines: {workers} increments each: {per_worker}")
    print(f"counter: {c.n}")


if __name__ == "__main__":
    asyncio.run(main())
