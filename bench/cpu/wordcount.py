# wordcount: generate a deterministic text of 200,000 words, count the
# normalised words with a Counter and print the ten most frequent (by
# count, then word). CPython equivalent of wordcount.go.
from collections import Counter

SYLLABLES = [
    "ka", "lo", "mi", "ne", "ru", "ta", "shi", "po",
    "ve", "de", "zo", "ga", "ri", "mu", "bo", "en",
]


class Rng:
    """The classic ANSI C rand(): 15-bit values from a 31-bit LCG."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 16) & 0x7FFF

    def word(self):
        n = 1 + self.next() % 3
        # The product of two uniform values favours the first syllables.
        return "".join(
            SYLLABLES[(self.next() % 16) * (self.next() % 16) // 16] for _ in range(n)
        )


def generate(nwords):
    rng = Rng(42)
    parts = []
    for i in range(nwords):
        w = rng.word()
        if i % 10 == 0:
            w = w[:1].upper() + w[1:]
        parts.append(w)
        if i % 10 == 9:
            parts.append(".\n")
        elif i % 10 == 4:
            parts.append(", ")
        else:
            parts.append(" ")
    return "".join(parts)


def main():
    text = generate(200000)
    counts = Counter(w.strip(".,").lower() for w in text.split())
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    print(f"bytes: {len(text)}")
    print(f"words: {counts.total()}")
    print(f"distinct: {len(counts)}")
    for word, count in top:
        print(f"{word:<8} {count}")


if __name__ == "__main__":
    main()
