# select4: 4 producer tasks each put 50,000 values on their own one-slot
# queue, then a None to close it; one consumer receives all 200,000 by
# waiting on a pending get() for every open queue with asyncio.wait
# (FIRST_COMPLETED), the asyncio counterpart of Go's select. CPython
# equivalent of select4.go.
import asyncio

PRODUCERS = 4
PER_CHANNEL = 50000


async def produce(pid, out):
    for i in range(PER_CHANNEL):
        await out.put(pid * PER_CHANNEL + i)
    await out.put(None)  # close


async def main():
    queues = [asyncio.Queue(maxsize=1) for _ in range(PRODUCERS)]
    producers = [asyncio.create_task(produce(i, q)) for i, q in enumerate(queues)]

    counts = [0] * PRODUCERS
    sums = [0] * PRODUCERS
    # One outstanding get() per open queue, mapped back to the queue index.
    pending = {asyncio.ensure_future(q.get()): i for i, q in enumerate(queues)}
    while pending:
        done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for fut in done:
            i = pending.pop(fut)
            v = fut.result()
            if v is None:
                continue  # queue i is closed
            counts[i] += 1
            sums[i] += v
            pending[asyncio.ensure_future(queues[i].get())] = i
    await asyncio.gather(*producers)

    for i in range(PRODUCERS):
        print(f"channel {i}: {counts[i]} values, sum {sums[i]}")
    print(f"received: {sum(counts)} sum: {sum(sums)}")


if __name__ == "__main__":
    asyncio.run(main())
