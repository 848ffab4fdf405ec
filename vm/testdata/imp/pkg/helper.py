VALUE = 7
def f():
    return "helper.f"
if __name__ == "__main__":
    print("never")
