# __name__ is "__main__" in the script being run.
def main():
    print("running main, __name__ =", __name__)
    return 0

print(type(__name__).__name__)
if __name__ == "__main__":
    main()
else:
    print("imported")
print(__doc__)
