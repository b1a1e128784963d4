# workerpool (threads): a pool of 8 worker threads takes 200,000 jobs from
# a bounded queue.Queue and puts the results on another; the main thread
# sums them. Threads version of workerpool.go.
import queue
import threading

NUM_JOBS = 200000
NUM_WORKERS = 8


def work(job):
    """A small, deterministic amount of computation per job."""
    return job * job % 1009


def worker(jobs, results):
    while (job := jobs.get()) is not None:
        results.put(work(job))


def produce(jobs):
    for j in range(NUM_JOBS):
        jobs.put(j)
    for _ in range(NUM_WORKERS):  # close: one sentinel per worker
        jobs.put(None)


def main():
    jobs = queue.Queue(maxsize=100)
    results = queue.Queue(maxsize=100)
    threads = [threading.Thread(target=worker, args=(jobs, results)) for _ in range(NUM_WORKERS)]
    threads.append(threading.Thread(target=produce, args=(jobs,)))
    for t in threads:
        t.start()

    total = 0
    for _ in range(NUM_JOBS):
        total += results.get()
    for t in threads:
        t.join()
    print(f"workers: {NUM_WORKERS} jobs: {NUM_JOBS}")
    print(f"sum: {total}")


if __name__ == "__main__":
    main()
