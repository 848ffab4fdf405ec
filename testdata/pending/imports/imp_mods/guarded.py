# A module with a __main__ guard: the guarded code does not run on import.
def main():
    print("guarded.main ran")
if __name__ == "__main__":
    main()
else:
    print("guarded imported as", __name__)
