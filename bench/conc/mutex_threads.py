# mutex (threads): 4 threads each increment a shared counter 100,000 times
# under a threading.Lock. Threads version of mutex.go.
import threading


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.n = 0

    def inc(self):
        with self.lock:
            self.n += 1


def main():
    workers = 4
    per_worker = 100000
    c = Counter()

    def run():
        for _ in range(per_worker):
            c.inc()

    threads = [threading.Thread(target=run) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"goroutines: {workers} increments each: {per_worker}")
    print(f"counter: {c.n}")


if __name__ == "__main__":
    main()
