# select4 (threads): 4 producer threads each send 50,000 values, then a
# close marker; one consumer receives all 200,000. Python threads have no
# select, so the idiomatic fan-in is one shared queue.Queue of
# (channel, value) pairs, unbounded as usual for a fan-in queue. Threads
# version of select4.go.
import queue
import threading

PRODUCERS = 4
PER_CHANNEL = 50000


def produce(pid, out):
    for i in range(PER_CHANNEL):
        out.put((pid, pid * PER_CHANNEL + i))
    out.put((pid, None))  # close


def main():
    fan_in = queue.Queue()
    threads = [threading.Thread(target=produce, args=(i, fan_in)) for i in range(PRODUCERS)]
    for t in threads:
        t.start()

    counts = [0] * PRODUCERS
    sums = [0] * PRODUCERS
    open_channels = PRODUCERS
    while open_channels:
        i, v = fan_in.get()
        if v is None:
            open_channels -= 1
            continue
        counts[i] += 1
        sums[i] += v
    for t in threads:
        t.join()

    for i in range(PRODUCERS):
        print(f"channel {i}: {counts[i]} values, sum {sums[i]}")
    print(f"received: {sum(counts)} sum: {sum(sums)}")


if __name__ == "__main__":
    main()
