# workerpool: a pool of 8 asyncio worker tasks takes 200,000 jobs from a
# bounded queue and puts the results on another; main sums them. CPython
# equivalent of workerpool.go.
import asyncio

NUM_JOBS = 200000
NUM_WORKERS = 8


def work(job):
    """A small, deterministic amount of computation per job."""
    return job * job % 1009


async def worker(jobs, results):
    while (job := await jobs.get()) is not None:
        await results.put(work(job))


async def produce(jobs):
    for j in range(NUM_JOBS):
        await jobs.put(j)
    for _ in range(NUM_WORKERS):  # close: one sentinel per worker
        await jobs.put(None)


async def main():
    jobs = asyncio.Queue(maxsize=100)
    results = asyncio.Queue(maxsize=100)
    tasks = [asyncio.create_task(worker(jobs, results)) for _ in range(NUM_WORKERS)]
    tasks.append(asyncio.create_task(produce(jobs)))

    total = 0
    for _ in range(NUM_JOBS):
        total += await results.get()
    await asyncio.gather(*tasks)
    print(f"workers: {NUM_WORKERS} jobs: {NUM_JOBS}")
    print(f"sum: {total}")


if __name__ == "__main__":
    asyncio.run(main())
