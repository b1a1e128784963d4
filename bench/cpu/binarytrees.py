# binarytrees: the Computer Language Benchmarks Game binary-trees program
# (CPython equivalent of binarytrees.go). A node is a (left, right) tuple;
# a leaf is (None, None).


def bottom_up(depth):
    if depth <= 0:
        return (None, None)
    depth -= 1
    return (bottom_up(depth), bottom_up(depth))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def main():
    n = 14
    min_depth = 4
    max_depth = max(min_depth + 2, n)

    stretch_depth = max_depth + 1
    print(f"stretch tree of depth {stretch_depth}\t check: {check(bottom_up(stretch_depth))}")

    long_lived = bottom_up(max_depth)

    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += check(bottom_up(depth))
        print(f"{iterations}\t trees of depth {depth}\t check: {total}")

    print(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")


if __name__ == "__main__":
    main()
