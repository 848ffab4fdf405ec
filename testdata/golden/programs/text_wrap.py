# Word wrapping and justification with string methods.
text = ("Python is an interpreted, high-level, general-purpose programming language. "
        "Its design philosophy emphasizes code readability with its notable use of "
        "significant indentation.")
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
for line in wrap(text, 30):
    print("|" + justify(line, 30) + "|")
print()
for line in wrap(text, 40):
    print("|" + line.center(40) + "|")
