# FizzBuzz three ways: if-chain, dictionary rules, and a generator.
def classic(n):
    for i in range(1, n + 1):
        if i % 15 == 0:
            yield "FizzBuzz"
        elif i % 3 == 0:
            yield "Fizz"
        elif i % 5 == 0:
            yield "Buzz"
        else:
            yield str(i)
rules = {3: "Fizz", 5: "Buzz", 7: "Bazz"}
def ruled(i):
    return "".join(word for d, word in rules.items() if i % d == 0) or str(i)
print(" ".join(classic(20)))
print(" ".join(ruled(i) for i in range(1, 36)))
print(sum(1 for s in classic(100) if s == "FizzBuzz"))
