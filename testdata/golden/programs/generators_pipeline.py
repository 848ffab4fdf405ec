# A lazy data pipeline made of generator functions.
def read_lines():
    data = ["# header", "alice,30,paris", "bob,x,rome", "", "carol,25,oslo", "dave,41,paris"]
    for line in data:
        print("  read:", repr(line))
        yield line
def parse(lines):
    for line in lines:
        if not line or line.startswith("#"):
            continue
        name, age, city = line.split(",")
        try:
            yield name, int(age), city
        except ValueError:
            print("  skip bad age in", name)
def only(city, rows):
    return (r for r in rows if r[2] == city)
pipeline = only("paris", parse(read_lines()))
print("pipeline built")
print(next(pipeline))
print("rest:", list(pipeline))
ages = [age for _, age, _ in parse(iter(["x,1,a", "y,2,b"]))]
print(ages, sum(ages))
