# Breadth-first search on a grid maze with a list used as a queue.
maze = """\
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
#########""".splitlines()
def find(ch):
    for y, row in enumerate(maze):
        if ch in row:
            return row.index(ch), y
start, end = find("S"), find("E")
queue, came = [start], {start: None}
while queue:
    x, y = queue.pop(0)
    if (x, y) == end:
        break
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nxt = (x + dx, y + dy)
        if maze[nxt[1]][nxt[0]] != "#" and nxt not in came:
            came[nxt] = (x, y)
            queue.append(nxt)
path, node = [], end
while node:
    path.append(node)
    node = came[node]
print("path length", len(path) - 1)
grid = [list(r) for r in maze]
for x, y in path[1:-1]:
    grid[y][x] = "*"
print("\n".join("".join(r) for r in grid))
print("visited", len(came))
