# pingpong (threads): two threads hit a ball back and forth over two
# one-slot queue.Queues, 100,000 round trips = 200,000 messages. Threads
# version of pingpong.go.
import queue
import threading

ROUND_TRIPS = 100000


def pinger(ping, pong, result):
    ball = total = 0
    for _ in range(ROUND_TRIPS):
        ping.put(ball)
        ball = pong.get()
        total += ball
        ball += 1
    ping.put(None)  # close
    result.append(total)


def ponger(ping, pong):
    while (ball := ping.get()) is not None:
        pong.put(ball + 1)


def main():
    ping = queue.Queue(maxsize=1)
    pong = queue.Queue(maxsize=1)
    result = []
    threads = [
        threading.Thread(target=pinger, args=(ping, pong, result)),
        threading.Thread(target=ponger, args=(ping, pong)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"messages: {2 * ROUND_TRIPS}")
    print(f"checksum: {result[0]}")


if __name__ == "__main__":
    main()
