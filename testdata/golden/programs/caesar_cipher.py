# Caesar and Vigenere ciphers with str.translate, ord/chr and zip.
LOWER = "abcdefghijklmnopqrstuvwxyz"
def caesar(text, shift):
    lo, up = LOWER, LOWER.upper()
    table = str.maketrans(lo + up, lo[shift:] + lo[:shift] + up[shift:] + up[:shift])
    return text.translate(table)
def vigenere(text, key, sign=1):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            k = ord(key[i % len(key)].lower()) - ord("a")
            out.append(chr((ord(ch) - base + sign * k) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)
msg = "Attack at Dawn, Zebra!"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, 23))
v = vigenere(msg, "lemon")
print(v, "|", vigenere(v, "lemon", -1))
counts = sorted(((enc.lower().count(c), c) for c in set(enc.lower()) if c.isalpha()), reverse=True)[:3]
print(counts)
