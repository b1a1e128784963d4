# pingpong: two asyncio tasks hit a ball back and forth over two
# one-slot queues (asyncio has no unbuffered channel; Queue(maxsize=1) is
# the closest), 100,000 round trips = 200,000 messages. CPython equivalent
# of pingpong.go.
import asyncio

ROUND_TRIPS = 100000


async def pinger(ping, pong):
    ball = total = 0
    for _ in range(ROUND_TRIPS):
        await ping.put(ball)
        ball = await pong.get()
        total += ball
        ball += 1
    await ping.put(None)  # close
    return total


async def ponger(ping, pong):
    while (ball := await ping.get()) is not None:
        await pong.put(ball + 1)


async def main():
    ping = asyncio.Queue(maxsize=1)
    pong = asyncio.Queue(maxsize=1)
    total, _ = await asyncio.gather(pinger(ping, pong), ponger(ping, pong))
    print(f"messages: {2 * ROUND_TRIPS}")
    print(f"checksum: {total}")


if __name__ == "__main__":
    asyncio.run(main())
